package org.headroom.intake;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientService;
import org.headroom.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents for the signed-in therapist's clients: separate consents (treatment, health data, GP
 * contact, marketing), each with the exact text version shown, time, signer and who took it.
 * Withdrawal is recorded with time and stops what the consent covered; withdrawing treatment
 * consent stops new session notes.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class ConsentService {

    private final ClientConsentRepository consents;
    private final ConsentWordingRepository wordings;
    private final ConsentRecorder recorder;
    private final IntakeRepository intakes;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentService(
            ClientConsentRepository consents,
            ConsentWordingRepository wordings,
            ConsentRecorder recorder,
            IntakeRepository intakes,
            ClientService clients,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.consents = consents;
        this.wordings = wordings;
        this.recorder = recorder;
        this.intakes = intakes;
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConsentText> currentTexts() {
        return wordings.findByCurrentTrueOrderByIdAsc().stream()
                .map(ConsentWording::toText)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ConsentRecord> consents(long clientId) {
        clients.checkAccess(clientId);
        audit.read(RecordType.CONSENT, null, clientId);
        return consents.records(clientId);
    }

    /** The consents that stand now: for each type the latest answer, if granted and not withdrawn. */
    @Transactional(readOnly = true)
    public ConsentState state(long clientId) {
        return stateOf(consents(clientId));
    }

    static ConsentState stateOf(List<ConsentRecord> newestFirst) {
        Map<ConsentType, ConsentRecord> latest = new EnumMap<>(ConsentType.class);
        for (ConsentRecord record : newestFirst) {
            latest.putIfAbsent(record.type(), record);
        }
        Set<ConsentType> current = EnumSet.noneOf(ConsentType.class);
        latest.forEach((type, record) -> {
            if (record.stands()) {
                current.add(type);
            }
        });
        return new ConsentState(current, latest);
    }

    /** Whether a new session note may be written: treatment consent is given and not withdrawn. */
    @Transactional(readOnly = true)
    public boolean hasTreatmentConsent(long clientId) {
        return state(clientId).has(ConsentType.TREATMENT);
    }

    /**
     * Records a consent taken in person by the signed-in therapist. The intake it belongs to, if
     * any, must be this client's: another client's intake is "not found".
     */
    public ConsentRecord record(long clientId, Long intakeId, ConsentSubmission submission) {
        boolean minor = clients.get(clientId).isMinor();
        if (intakeId != null
                && intakes.findById(intakeId)
                        .filter(i -> i.getClientId() == clientId)
                        .isEmpty()) {
            throw new RecordNotFoundException("Intake", intakeId);
        }
        ConsentRecord recorded = recorder.record(
                        clientId,
                        intakeId,
                        submission,
                        minor,
                        ClientConsent.IN_PERSON,
                        currentUser.require().id())
                .toRecord();
        audit.change(
                AuditAction.CREATE,
                RecordType.CONSENT,
                recorded.id(),
                clientId,
                recorded.type().name());
        return recorded;
    }

    public ConsentRecord withdraw(long consentId, String note) {
        ClientConsent consent = owned(consentId);
        consent.withdraw(
                currentUser.require().id(), note == null || note.isBlank() ? null : note.trim(), clock.instant());
        audit.change(
                AuditAction.WITHDRAW,
                RecordType.CONSENT,
                consentId,
                consent.getClientId(),
                consent.toRecord().type().name());
        return consent.toRecord();
    }

    /** The drawn signature image, or null when the consent was signed by typing the name. */
    @Transactional(readOnly = true)
    public byte[] signature(long consentId) {
        return owned(consentId).getSignaturePng();
    }

    private ClientConsent owned(long consentId) {
        ClientConsent consent =
                consents.findById(consentId).orElseThrow(() -> new RecordNotFoundException("Consent", consentId));
        clients.checkAccess(consent.getClientId());
        return consent;
    }
}
