package org.headroom.intake;

import java.time.Clock;
import java.time.Instant;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.security.CurrentUser;
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
    private final Clock clock;

    IntakeLinkService(
            IntakeService intakeService,
            IntakeLinkRepository links,
            IntakeLinkSettings settings,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.intakeService = intakeService;
        this.links = links;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
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
        String token = Tokens.newToken();
        Instant expires = now.plus(settings.validity());
        IntakeLink link = links.save(new IntakeLink(
                intake.id(), Tokens.hash(token), expires, currentUser.require().id(), now));
        audit.change(AuditAction.CREATE, RecordType.INTAKE_LINK, link.getId(), clientId);
        return new CreatedLink(PATH_PREFIX + token, expires, intake.id());
    }

    public static final String PATH_PREFIX = "intake-link/";
}
