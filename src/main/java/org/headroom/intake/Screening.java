package org.headroom.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.ClinicalSettings;

/**
 * What an intake's answers mean for treatment: red flags (SNOOP4 plus head or neck injury),
 * contraindications by severity, and the medication-overuse pattern (docs/clinical-rules.md). Any
 * red flag, do-not-treat contraindication or medication-overuse pattern needs the therapist's
 * recorded decision before the client is ready to treat.
 */
public record Screening(
        Set<RedFlag> redFlags,
        List<ContraindicationAnswer> doNotTreat,
        List<ContraindicationAnswer> cautions,
        Optional<MedicationOveruseFlag> medicationOveruse) {

    public static Screening of(IntakeAnswers answers, ClinicalSettings settings) {
        Set<RedFlag> flags =
                answers.getRedFlags() == null || answers.getRedFlags().isEmpty()
                        ? EnumSet.noneOf(RedFlag.class)
                        : EnumSet.copyOf(answers.getRedFlags());
        List<ContraindicationAnswer> ticked =
                answers.getContraindications() == null ? List.of() : answers.getContraindications();
        return new Screening(
                Set.copyOf(flags),
                ticked.stream()
                        .filter(c -> c.severity() == Severity.DO_NOT_TREAT)
                        .toList(),
                ticked.stream().filter(c -> c.severity() == Severity.CAUTION).toList(),
                medicationOveruse(answers, settings.medicationOveruse()));
    }

    /**
     * Flags when headache days and acute-medication days both reach their thresholds, unless the
     * client said the pattern has not lasted more than 3 months. When the duration was not
     * answered the flag stands, marked unconfirmed: a referral is cheaper than a missed overuse.
     */
    static Optional<MedicationOveruseFlag> medicationOveruse(
            IntakeAnswers answers, ClinicalSettings.MedicationOveruse rule) {
        Integer headacheDays = answers.getHeadacheDaysPerMonth();
        Integer medicationDays = answers.getAcuteMedicationDaysPerMonth();
        AcuteMedicationClass medicationClass = answers.getAcuteMedicationClass();
        if (headacheDays == null
                || medicationDays == null
                || medicationClass == null
                || medicationClass == AcuteMedicationClass.NONE
                || Boolean.FALSE.equals(answers.getPatternOverThreeMonths())) {
            return Optional.empty();
        }
        int medicationThreshold = rule.medicationDaysFor(medicationClass);
        if (headacheDays >= rule.headacheDays() && medicationDays >= medicationThreshold) {
            return Optional.of(new MedicationOveruseFlag(
                    headacheDays,
                    rule.headacheDays(),
                    medicationClass,
                    medicationDays,
                    medicationThreshold,
                    Boolean.TRUE.equals(answers.getPatternOverThreeMonths())));
        }
        return Optional.empty();
    }

    public boolean needsDecision() {
        return !redFlags.isEmpty() || !doNotTreat.isEmpty() || medicationOveruse.isPresent();
    }

    public boolean hasAnyWarning() {
        return needsDecision() || !cautions.isEmpty();
    }
}
