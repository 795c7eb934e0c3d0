package org.headroom.intake;

import java.util.Optional;

/**
 * What every clinical screen shows about a client: can they be treated, and which warnings stand.
 *
 * @param currentIntake the latest completed intake, if any
 * @param openIntake a draft or a client's submission awaiting review, if any
 */
public record TreatmentStatus(
        long clientId,
        Readiness readiness,
        Optional<IntakeDetails> currentIntake,
        Optional<IntakeSummary> openIntake,
        ConsentState consents) {

    public Optional<Screening> screening() {
        return currentIntake.map(IntakeDetails::screening);
    }

    public Optional<DecisionRecord> decision() {
        return currentIntake.flatMap(IntakeDetails::currentDecision);
    }
}
