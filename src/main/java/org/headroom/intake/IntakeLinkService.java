package org.headroom.intake;

import java.time.Clock;
import java.time.Instant;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.PublicAddress;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.mail.Mail;
import org.headroom.mail.MailStatus;
import org.headroom.mail.Mailer;
import org.headroom.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the single-use link with which a client fills in their intake on their own phone. A new
 * link replaces any unused earlier one for the same intake.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class IntakeLinkService {

    private final IntakeService intakeService;
    private final IntakeLinkRepository links;
    private final IntakeLinkSettings settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ClientService clients;
    private final Mailer mailer;
    private final PublicAddress address;
    private final PracticeSettings practice;
    private final MessageSource messages;
    private final Clock clock;

    IntakeLinkService(
            IntakeService intakeService,
            IntakeLinkRepository links,
            IntakeLinkSettings settings,
            CurrentUser currentUser,
            AuditTrail audit,
            ClientService clients,
            Mailer mailer,
            PublicAddress address,
            PracticeSettings practice,
            MessageSource messages,
            Clock clock) {
        this.intakeService = intakeService;
        this.links = links;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clients = clients;
        this.mailer = mailer;
        this.address = address;
        this.practice = practice;
        this.messages = messages;
        this.clock = clock;
    }

    /** The link's path (to append to the practice's address) and when it expires; the token is shown once. */
    public record CreatedLink(String path, Instant expiresAt, long intakeId) {}

    public CreatedLink create(long clientId) {
        IntakeDetails intake = intakeService.start(clientId);
        if (intake.status() != IntakeStatus.DRAFT) {
            throw new IntakeLockedException(intake.id());
        }
        Instant now = clock.instant();
        links.findByIntakeId(intake.id()).stream()
                .filter(l -> l.state(now) == LinkState.VALID)
                .forEach(l -> l.markUsed(now));
        String token = SecretTokens.newToken();
        Instant expires = now.plus(settings.validity());
        IntakeLink link = links.save(new IntakeLink(
                intake.id(),
                SecretTokens.hash(token),
                expires,
                currentUser.require().id(),
                now));
        audit.change(AuditAction.CREATE, RecordType.INTAKE_LINK, link.getId(), clientId);
        return new CreatedLink(PATH_PREFIX + token, expires, intake.id());
    }

    public static final String PATH_PREFIX = "intake-link/";

    /**
     * E-mails a link just made to the client's own address: the link and when it expires, nothing
     * else (no health data). Only a link of this client's intake that is still unused can be sent.
     *
     * @return whether it went to the e-mail server or waits on the Outbox page
     */
    public MailStatus email(long clientId, CreatedLink link) {
        ClientDetails client = clients.get(clientId);
        IntakeDetails intake = intakeService.get(link.intakeId());
        if (intake.clientId() != clientId) {
            throw new RecordNotFoundException("Intake", link.intakeId());
        }
        String token = link.path().substring(PATH_PREFIX.length());
        IntakeLink stored = links.findByTokenHash(SecretTokens.hash(token))
                .filter(l -> l.getIntakeId() == intake.id() && l.state(clock.instant()) == LinkState.VALID)
                .orElseThrow(() -> new LinkUnavailableException(LinkState.UNKNOWN));
        if (client.email() == null || client.email().isBlank()) {
            throw new IllegalStateException("intake.link.no-email");
        }
        String text = t(
                "mail.intake-link.text",
                client.greetingName(),
                currentUser.require().displayName(),
                address.of(link.path()),
                Formats.dateTime(link.expiresAt(), clock.getZone()),
                practice.name() == null ? "" : practice.name());
        MailStatus status = mailer.send(Mail.text(client.email(), t("mail.intake-link.subject"), text));
        audit.change(
                AuditAction.UPDATE,
                RecordType.INTAKE_LINK,
                stored.getId(),
                clientId,
                "e-mailed to the client: " + status.name().toLowerCase(java.util.Locale.ROOT));
        return status;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Formats.LOCALE);
    }
}
