package org.headroom.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.headroom.base.cluster.ConflictRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail through the SMTP server in {@code SPRING_MAIL_HOST} (and {@code _PORT},
 * {@code _USERNAME}, {@code _PASSWORD}); with none configured, keeps each message on the Outbox
 * page so that a newcomer sees what would have been sent. Every message is kept either way, with
 * what became of it. Callers are features that have checked who may send what.
 */
@Component
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final OutgoingMailRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Clock clock;

    Mailer(
            OutgoingMailRepository outbox,
            ObjectProvider<JavaMailSender> sender,
            @Value("${headroom.mail.from:Headroom <no-reply@localhost>}") String from,
            Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    /** Whether messages go to an SMTP server (otherwise they wait on the Outbox page). */
    public boolean hasServer() {
        return smtp() != null;
    }

    /** The configured SMTP sender; an empty host (e.g. an unset variable in Compose) counts as none. */
    private JavaMailSender smtp() {
        JavaMailSender configured = sender.getIfAvailable();
        if (configured instanceof JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank())) {
            return null;
        }
        return configured;
    }

    @Transactional
    public MailStatus send(Mail mail) {
        JavaMailSender smtp = smtp();
        MailStatus status;
        String error = null;
        if (smtp == null) {
            status = MailStatus.HELD;
        } else {
            try {
                // Once handed to the server it cannot be taken back: a conflict must not send it twice.
                ConflictRetry.effectOutsideDatabase();
                smtp.send(message(smtp, mail));
                status = MailStatus.SENT;
            } catch (MailException | MessagingException e) {
                LOG.warn("E-mail to {} not sent: {}", mail.to(), e.getMessage());
                status = MailStatus.FAILED;
                error = e.getMessage();
            }
        }
        outbox.save(new OutgoingMail(mail, status, clock.instant(), error));
        return status;
    }

    private MimeMessage message(JavaMailSender smtp, Mail mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mail.attachment() != null) {
            helper.addAttachment(
                    mail.attachment().name(),
                    new ByteArrayResource(mail.attachment().content()),
                    mail.attachment().contentType());
        }
        return message;
    }
}
