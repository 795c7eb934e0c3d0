package org.headroom.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice admin's view of the messages Headroom sent or holds. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PRACTICE_ADMIN')")
public class OutboxService {

    private final OutgoingMailRepository outbox;
    private final Mailer mailer;

    OutboxService(OutgoingMailRepository outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    public List<OutboxMessage> list(Pageable pageable) {
        return outbox.newestFirst(pageable).stream()
                .map(OutgoingMail::toMessage)
                .toList();
    }

    public long count() {
        return outbox.count();
    }

    /** Whether an SMTP server is configured. */
    public boolean hasServer() {
        return mailer.hasServer();
    }
}
