package org.headroom.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.security.SecurityLog;
import org.headroom.security.SystemAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of an intake link, for people without an account. The token is the only key:
 * it must be known (256 random bits), unused, unexpired and unlocked, and the client must give
 * their date of birth; wrong answers count and lock the link. Behind the token the service acts
 * for the therapist who sent the link, through the same ownership checks, and exposes only that
 * intake's questions and consent texts.
 */
@Service
@Transactional(noRollbackFor = WrongAnswerException.class)
@PreAuthorize("permitAll()")
public class PublicIntakeService {

    private final IntakeLinkRepository links;
    private final IntakeRepository intakes;
    private final ContraindicationRepository contraindications;
    private final ConsentWordingRepository wordings;
    private final ConsentRecorder consentRecorder;
    private final AnswerRules rules;
    private final ClientService clients;
    private final SystemAccounts system;
    private final IntakeLinkSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    PublicIntakeService(
            IntakeLinkRepository links,
            IntakeRepository intakes,
            ContraindicationRepository contraindications,
            ConsentWordingRepository wordings,
            ConsentRecorder consentRecorder,
            AnswerRules rules,
            ClientService clients,
            SystemAccounts system,
            IntakeLinkSettings settings,
            AuditTrail audit,
            Clock clock) {
        this.links = links;
        this.intakes = intakes;
        this.contraindications = contraindications;
        this.wordings = wordings;
        this.consentRecorder = consentRecorder;
        this.rules = rules;
        this.clients = clients;
        this.system = system;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the link can be used, saying nothing else. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return find(token).map(link -> state(link)).orElse(LinkState.UNKNOWN);
    }

    /** Opens the form once the client has given the right date of birth. */
    public PublicIntakeForm open(String token, LocalDate dateOfBirth) {
        IntakeLink link = usable(token);
        ClientDetails client = verified(link, dateOfBirth);
        Intake intake = intakes.findById(link.getIntakeId()).orElseThrow();
        audit.byLink(AuditAction.READ, RecordType.INTAKE, intake.getId(), client.id(), VIA_LINK);
        return new PublicIntakeForm(
                client.greetingName(),
                client.isMinor(),
                intake.answers(),
                contraindications.findAllByOrderBySortOrderAscIdAsc().stream()
                        .filter(Contraindication::isActive)
                        .map(Contraindication::toItem)
                        .toList(),
                wordings.findByCurrentTrueOrderByIdAsc().stream()
                        .map(ConsentWording::toText)
                        .toList(),
                intake.getVersion(),
                link.getExpiresAt());
    }

    /**
     * Keeps the answers given so far, for the client to carry on later through the same link while
     * it is valid. Ranges are checked, required answers are not (yet). Refused with {@link
     * org.headroom.base.ConcurrentEditException} when the intake changed since the client opened it.
     *
     * @return the intake's new version
     */
    public long saveDraft(String token, LocalDate dateOfBirth, long expectedVersion, IntakeAnswers answers) {
        IntakeLink link = usable(token);
        ClientDetails client = verified(link, dateOfBirth);
        Intake intake = intakes.findById(link.getIntakeId()).orElseThrow();
        org.headroom.base.ConcurrentEditException.check("intake", intake.getId(), expectedVersion, intake.getVersion());
        rules.checkRanges(answers);
        intake.saveAnswers(rules.normalise(answers), null, clock.instant());
        long version = intakes.saveAndFlush(intake).getVersion();
        audit.changeByLink(AuditAction.UPDATE, RecordType.INTAKE, intake.getId(), client.id(), SAVED_VIA_LINK);
        return version;
    }

    /**
     * Submits the client's answers and consents for the therapist to review. Every required answer
     * and an answer to every consent (granted or declined, signed) are needed; otherwise nothing is
     * saved. The link cannot be used again.
     */
    public void submit(
            String token,
            LocalDate dateOfBirth,
            long expectedVersion,
            IntakeAnswers answers,
            List<ConsentSubmission> consents) {
        IntakeLink link = usable(token);
        ClientDetails client = verified(link, dateOfBirth);
        Intake intake = intakes.findById(link.getIntakeId()).orElseThrow();
        if (intake.getStatus() != IntakeStatus.DRAFT) {
            throw new LinkUnavailableException(LinkState.USED);
        }
        org.headroom.base.ConcurrentEditException.check("intake", intake.getId(), expectedVersion, intake.getVersion());
        rules.checkComplete(answers);
        Set<ConsentType> answered = EnumSet.noneOf(ConsentType.class);
        List<ConsentText> texts = wordings.findByCurrentTrueOrderByIdAsc().stream()
                .map(ConsentWording::toText)
                .toList();
        for (ConsentSubmission consent : consents) {
            texts.stream()
                    .filter(t -> t.id() == consent.getTextId())
                    .findFirst()
                    .ifPresent(t -> answered.add(t.type()));
        }
        if (answered.size() != texts.size()) {
            throw new ConsentRefusedException("consent.answer-all");
        }
        Instant now = clock.instant();
        intake.submitByClient(rules.normalise(answers), now);
        for (ConsentSubmission consent : consents) {
            consentRecorder.record(
                    client.id(), intake.getId(), consent, client.isMinor(), ClientConsent.CLIENT_LINK, null);
        }
        link.markUsed(now);
        audit.changeByLink(AuditAction.UPDATE, RecordType.INTAKE, intake.getId(), client.id(), VIA_LINK);
    }

    /** Audit note for what the client does through an intake link (nobody is signed in). */
    static final String VIA_LINK = "by the client through the intake link";

    /** Audit note for answers the client saved to finish later. */
    static final String SAVED_VIA_LINK = "saved by the client to finish later, through the intake link";

    private java.util.Optional<IntakeLink> find(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return java.util.Optional.empty();
        }
        return links.findByTokenHash(SecretTokens.hash(token));
    }

    private LinkState state(IntakeLink link) {
        LinkState state = link.state(clock.instant());
        if (state == LinkState.VALID
                && intakes.findById(link.getIntakeId()).map(Intake::getStatus).orElse(null) != IntakeStatus.DRAFT) {
            return LinkState.USED;
        }
        return state;
    }

    private IntakeLink usable(String token) {
        IntakeLink link = find(token).orElseThrow(() -> {
            SecurityLog.event("intake link refused: unknown token", null, SecurityLog.currentAddress());
            return new LinkUnavailableException(LinkState.UNKNOWN);
        });
        LinkState state = state(link);
        if (state != LinkState.VALID) {
            SecurityLog.event("intake link refused: " + state, null, SecurityLog.currentAddress());
            throw new LinkUnavailableException(state);
        }
        return link;
    }

    private ClientDetails verified(IntakeLink link, LocalDate dateOfBirth) {
        long clientId = intakes.findById(link.getIntakeId()).orElseThrow().getClientId();
        ClientDetails client = system.runAsUser(link.getCreatedBy(), () -> clients.getForLink(clientId));
        if (dateOfBirth == null || !dateOfBirth.equals(client.dateOfBirth())) {
            int left = link.recordWrongAnswer(settings.maxWrongAnswers(), clock.instant());
            links.saveAndFlush(link);
            audit.byLink(
                    AuditAction.READ,
                    RecordType.INTAKE_LINK,
                    link.getId(),
                    clientId,
                    left > 0 ? "wrong date of birth given" : "wrong date of birth given; link locked");
            SecurityLog.event(
                    left > 0 ? "intake link: wrong date of birth" : "intake link locked after wrong dates of birth",
                    null,
                    SecurityLog.currentAddress());
            throw new WrongAnswerException(left);
        }
        return client;
    }
}
