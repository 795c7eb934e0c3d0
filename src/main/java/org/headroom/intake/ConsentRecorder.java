package org.headroom.intake;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import org.headroom.base.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a consent after the checks every route must pass: the text is a current one, a minor's
 * consent is signed by a parent or guardian, and there is a signature (a drawn PNG, or the
 * signer's typed name with an explicit tick). Callers check access first.
 */
@Component
class ConsentRecorder {

    private final ClientConsentRepository consents;
    private final ConsentWordingRepository wordings;
    private final Validator validator;
    private final Clock clock;

    ConsentRecorder(
            ClientConsentRepository consents, ConsentWordingRepository wordings, Validator validator, Clock clock) {
        this.consents = consents;
        this.wordings = wordings;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    ClientConsent record(
            long clientId, Long intakeId, ConsentSubmission submission, boolean minor, String takenVia, Long takenBy) {
        var violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ConsentWording wording = wordings.findById(submission.getTextId())
                .filter(ConsentWording::isCurrent)
                .orElseThrow(() -> new RecordNotFoundException("Consent text", submission.getTextId()));
        if (minor && submission.getSignerRole() != SignerRole.PARENT_GUARDIAN) {
            throw new ConsentRefusedException("consent.minor-needs-guardian");
        }
        if (submission.getSignaturePng() != null) {
            Signatures.check(submission.getSignaturePng());
        } else if (!submission.isTypedConfirmed()) {
            throw new ConsentRefusedException("consent.signature-required");
        }
        return consents.save(
                new ClientConsent(clientId, intakeId, wording, submission, takenVia, takenBy, clock.instant()));
    }
}
