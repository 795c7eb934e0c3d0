package org.headroom.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.security.CurrentUser;
import org.headroom.security.UserDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake forms of the signed-in therapist's clients. An intake is versioned: a draft keeps partial
 * work, completing validates every required answer and freezes it, and a re-assessment starts a
 * new version prefilled from the last. Red flags, do-not-treat contraindications and the
 * medication-overuse pattern block treatment until the therapist records a decision
 * (docs/clinical-rules.md, "Red flags at intake").
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class IntakeService {

    static final String RECORD = "Intake";

    private final IntakeRepository intakes;
    private final IntakeDecisionRepository decisions;
    private final AnswerRules rules;
    private final ConsentService consents;
    private final ClientService clients;
    private final UserDirectory directory;
    private final IntakePdf pdf;
    private final CurrentUser currentUser;
    private final ClinicalSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeService(
            IntakeRepository intakes,
            IntakeDecisionRepository decisions,
            AnswerRules rules,
            ConsentService consents,
            ClientService clients,
            UserDirectory directory,
            IntakePdf pdf,
            CurrentUser currentUser,
            ClinicalSettings settings,
            AuditTrail audit,
            Clock clock) {
        this.intakes = intakes;
        this.decisions = decisions;
        this.rules = rules;
        this.consents = consents;
        this.clients = clients;
        this.directory = directory;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every intake version of the client, newest first. */
    @Transactional(readOnly = true)
    public List<IntakeSummary> history(long clientId) {
        clients.checkAccess(clientId);
        audit.read(RecordType.INTAKE, null, clientId);
        return intakes.findByClientIdOrderBySequenceNoDesc(clientId).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public IntakeDetails get(long intakeId) {
        Intake intake = owned(intakeId);
        audit.read(RecordType.INTAKE, intakeId, intake.getClientId());
        return details(intake);
    }

    /**
     * Where the client stands for treatment: the current (latest completed) intake, its screening
     * and decision, any open intake, and the consents.
     */
    @Transactional(readOnly = true)
    public TreatmentStatus status(long clientId) {
        clients.checkAccess(clientId);
        audit.read(RecordType.INTAKE, null, clientId);
        Optional<IntakeDetails> current = intakes.findFirstByClientIdAndStatusOrderBySequenceNoDesc(
                        clientId, IntakeStatus.COMPLETED)
                .map(this::details);
        Optional<IntakeSummary> open = intakes.findFirstByClientIdAndStatusNotOrderBySequenceNoDesc(
                        clientId, IntakeStatus.COMPLETED)
                .map(this::summary);
        ConsentState consentState = consents.state(clientId);
        return new TreatmentStatus(clientId, readiness(current, consentState), current, open, consentState);
    }

    static Readiness readiness(Optional<IntakeDetails> current, ConsentState consents) {
        if (current.isEmpty()) {
            return Readiness.NO_INTAKE;
        }
        IntakeDetails intake = current.get();
        if (intake.screening().needsDecision()) {
            Optional<DecisionRecord> decision = intake.currentDecision();
            if (decision.isEmpty()) {
                return Readiness.DECISION_NEEDED;
            }
            switch (decision.get().decision()) {
                case REFER -> {
                    return Readiness.REFERRED;
                }
                case DEFER -> {
                    return Readiness.DEFERRED;
                }
                case TREAT -> {
                    // A recorded decision to treat, with its reason, opens the gate.
                }
            }
        }
        return consents.hasRequired() ? Readiness.READY : Readiness.CONSENT_MISSING;
    }

    /**
     * Starts a new intake, prefilled from the last completed one (a re-assessment). If a draft or a
     * client's submission is open already, that one is returned instead: one open intake at a time.
     */
    public IntakeDetails start(long clientId) {
        clients.checkAccess(clientId);
        Intake intake = openOrStart(clientId, currentUser.require().id());
        audit.change(AuditAction.CREATE, RecordType.INTAKE, intake.getId(), clientId);
        return details(intake);
    }

    private Intake openOrStart(long clientId, long userId) {
        Optional<Intake> open =
                intakes.findFirstByClientIdAndStatusNotOrderBySequenceNoDesc(clientId, IntakeStatus.COMPLETED);
        if (open.isPresent()) {
            return open.get();
        }
        IntakeAnswers prefill = intakes.findFirstByClientIdAndStatusOrderBySequenceNoDesc(
                        clientId, IntakeStatus.COMPLETED)
                .map(Intake::answers)
                .orElseGet(IntakeAnswers::new);
        return intakes.saveAndFlush(
                new Intake(clientId, intakes.maxSequence(clientId) + 1, prefill, userId, clock.instant()));
    }

    /** Saves partial work. Ranges are checked; required answers are not, until completion. */
    public IntakeDetails saveDraft(long intakeId, long expectedVersion, IntakeAnswers answers) {
        Intake intake = owned(intakeId);
        ConcurrentEditException.check(RECORD, intakeId, expectedVersion, intake.getVersion());
        rules.checkRanges(answers);
        intake.saveAnswers(rules.normalise(answers), currentUser.require().id(), clock.instant());
        audit.change(AuditAction.UPDATE, RecordType.INTAKE, intakeId, intake.getClientId());
        return details(intakes.saveAndFlush(intake));
    }

    /**
     * Completes the intake: every required answer must be there ({@link IncompleteIntakeException}
     * names the missing ones and nothing is saved). The answers are then kept as they are.
     */
    public IntakeDetails complete(long intakeId, long expectedVersion, IntakeAnswers answers) {
        Intake intake = owned(intakeId);
        // Completed already (a second click, another tab): say that, rather than "someone changed it".
        intake.requireEditable();
        ConcurrentEditException.check(RECORD, intakeId, expectedVersion, intake.getVersion());
        rules.checkComplete(answers);
        intake.complete(rules.normalise(answers), currentUser.require().id(), clock.instant());
        audit.change(AuditAction.SIGN, RecordType.INTAKE, intakeId, intake.getClientId(), "completed");
        return details(intakes.saveAndFlush(intake));
    }

    /**
     * Records the therapist's decision on the intake's flags: a referral needs its date, deferring
     * or treating needs a reason. Decisions are appended, never overwritten.
     */
    public IntakeDetails recordDecision(long intakeId, Decision decision, String reason, LocalDate referralDate) {
        Intake intake = owned(intakeId);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.trim();
        if (decision == null) {
            throw new DecisionRefusedException("decision.required");
        }
        if (decision == Decision.REFER && referralDate == null) {
            throw new DecisionRefusedException("decision.referral-date-required");
        }
        if (referralDate != null && referralDate.isAfter(LocalDate.now(clock))) {
            throw new DecisionRefusedException("decision.referral-date-future");
        }
        if (decision != Decision.REFER && cleanReason == null) {
            throw new DecisionRefusedException("decision.reason-required");
        }
        if (cleanReason != null && cleanReason.length() > 2000) {
            throw new DecisionRefusedException("decision.reason-too-long");
        }
        decisions.saveAndFlush(new IntakeDecisionRecord(
                intakeId,
                decision,
                cleanReason,
                referralDate,
                currentUser.require().id(),
                clock.instant()));
        audit.change(AuditAction.UPDATE, RecordType.INTAKE, intakeId, intake.getClientId(), "decision " + decision);
        return details(intake);
    }

    /**
     * The intake as a printable PDF: client, flags and decisions, answers, consents with their exact
     * text and signature images, and who completed it when.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long intakeId) {
        IntakeDetails intake = details(owned(intakeId));
        ClientDetails client = clients.get(intake.clientId());
        audit.output(AuditAction.PRINT, RecordType.INTAKE, intakeId, intake.clientId(), "PDF");
        List<IntakePdf.Consent> consentList = consents.consents(client.id()).stream()
                .map(c -> new IntakePdf.Consent(c, c.drawnSignature() ? consents.signature(c.id()) : null))
                .toList();
        Set<Long> people = new HashSet<>();
        people.add(intake.completedBy());
        intake.decisions().forEach(d -> people.add(d.decidedBy()));
        consentList.forEach(c -> people.add(c.record().takenBy()));
        people.remove(null);
        return pdf.render(
                intake,
                client,
                directory.therapist(client.therapistId()),
                consentList,
                directory.names(people),
                clock.getZone());
    }

    private IntakeDetails details(Intake intake) {
        IntakeAnswers answers = intake.answers();
        List<DecisionRecord> decided = decisions.findByIntakeIdOrderByDecidedAtDescIdDesc(intake.getId()).stream()
                .map(IntakeDecisionRecord::toRecord)
                .toList();
        return new IntakeDetails(
                intake.getId(),
                intake.getVersion(),
                intake.getClientId(),
                intake.getSequenceNo(),
                intake.getStatus(),
                answers,
                Screening.of(answers, settings),
                decided,
                intake.getCreatedAt(),
                intake.getUpdatedAt(),
                intake.getSubmittedByClientAt(),
                intake.getCompletedAt(),
                intake.getCompletedBy());
    }

    private IntakeSummary summary(Intake intake) {
        return new IntakeSummary(
                intake.getId(),
                intake.getSequenceNo(),
                intake.getStatus(),
                intake.getUpdatedAt(),
                intake.getCompletedAt(),
                Screening.of(intake.answers(), settings).needsDecision());
    }

    private Intake owned(long intakeId) {
        Intake intake = intakes.findById(intakeId).orElseThrow(() -> new RecordNotFoundException(RECORD, intakeId));
        clients.checkAccess(intake.getClientId());
        return intake;
    }
}
