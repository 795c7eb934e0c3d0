package org.headroom.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.ClinicalSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningTest {

    private static final ClinicalSettings DEFAULTS = ClinicalSettings.defaults();

    @Test
    void no_answers_means_no_warnings() {
        Screening screening = Screening.of(new IntakeAnswers(), DEFAULTS);
        assertThat(screening.needsDecision()).isFalse();
        assertThat(screening.hasAnyWarning()).isFalse();
    }

    @Test
    void any_red_flag_needs_a_decision() {
        IntakeAnswers answers = new IntakeAnswers();
        answers.setRedFlags(EnumSet.of(RedFlag.THUNDERCLAP_ONSET));
        assertThat(Screening.of(answers, DEFAULTS).needsDecision()).isTrue();
    }

    @Test
    void a_do_not_treat_contraindication_needs_a_decision_but_a_caution_only_warns() {
        IntakeAnswers caution = new IntakeAnswers();
        caution.setContraindications(
                List.of(new ContraindicationAnswer("OSTEOPOROSIS", "Osteoporosis", Severity.CAUTION)));
        IntakeAnswers stop = new IntakeAnswers();
        stop.setContraindications(
                List.of(new ContraindicationAnswer("FEVER_INFECTION", "Fever or infection", Severity.DO_NOT_TREAT)));

        assertThat(Screening.of(caution, DEFAULTS).needsDecision()).isFalse();
        assertThat(Screening.of(caution, DEFAULTS).hasAnyWarning()).isTrue();
        assertThat(Screening.of(stop, DEFAULTS).needsDecision()).isTrue();
        assertThat(Screening.of(stop, DEFAULTS).doNotTreat())
                .extracting(ContraindicationAnswer::code)
                .containsExactly("FEVER_INFECTION");
    }

    /** docs/clinical-rules.md: headache on 15+ days with triptans etc. on 10+ days or simple analgesics on 15+ days. */
    @ParameterizedTest(name = "{0} headache days, {1} on {2} days -> flagged {3}")
    @CsvSource({
        "15, TRIPTAN, 10, true",
        "15, TRIPTAN, 9, false",
        "14, TRIPTAN, 14, false",
        "20, OPIOID, 10, true",
        "20, COMBINATION_ANALGESIC, 10, true",
        "20, ERGOT, 10, true",
        "15, SIMPLE_ANALGESIC, 15, true",
        "15, SIMPLE_ANALGESIC, 14, false",
        "28, NSAID, 15, true",
        "28, NSAID, 12, false",
        "30, NONE, 30, false"
    })
    void medication_overuse_pattern_follows_the_reference_thresholds(
            int headacheDays, AcuteMedicationClass medication, int medicationDays, boolean flagged) {
        IntakeAnswers answers = overuse(headacheDays, medication, medicationDays, Boolean.TRUE);
        assertThat(Screening.of(answers, DEFAULTS).medicationOveruse().isPresent())
                .isEqualTo(flagged);
    }

    @Test
    void overuse_needs_more_than_three_months_but_an_unanswered_duration_still_flags_unconfirmed() {
        assertThat(Screening.of(overuse(16, AcuteMedicationClass.TRIPTAN, 12, Boolean.FALSE), DEFAULTS)
                        .medicationOveruse())
                .isEmpty();
        MedicationOveruseFlag unconfirmed = Screening.of(overuse(16, AcuteMedicationClass.TRIPTAN, 12, null), DEFAULTS)
                .medicationOveruse()
                .orElseThrow();
        assertThat(unconfirmed.durationConfirmed()).isFalse();
        assertThat(unconfirmed.medicationDaysThreshold()).isEqualTo(10);
        assertThat(unconfirmed.headacheDaysThreshold()).isEqualTo(15);
    }

    @Test
    void thresholds_are_settings() {
        ClinicalSettings stricter = new ClinicalSettings(
                new ClinicalSettings.MedicationOveruse(10, 8, 10, 8),
                new ClinicalSettings.ChronicMigraine(15, 8),
                28,
                3,
                80,
                false,
                new ClinicalSettings.Outcome(50, 2, 30));
        assertThat(Screening.of(overuse(10, AcuteMedicationClass.TRIPTAN, 8, true), stricter)
                        .medicationOveruse())
                .isPresent();
        assertThat(Screening.of(overuse(10, AcuteMedicationClass.TRIPTAN, 8, true), DEFAULTS)
                        .medicationOveruse())
                .isEmpty();
    }

    @Test
    void readiness_follows_flags_decisions_and_consents() {
        IntakeAnswers flagged = new IntakeAnswers();
        flagged.setRedFlags(EnumSet.of(RedFlag.HEAD_OR_NECK_INJURY));
        ConsentState consented =
                new ConsentState(EnumSet.of(ConsentType.TREATMENT, ConsentType.HEALTH_DATA), java.util.Map.of());
        ConsentState none = new ConsentState(EnumSet.noneOf(ConsentType.class), java.util.Map.of());

        assertThat(IntakeService.readiness(java.util.Optional.empty(), consented))
                .isEqualTo(Readiness.NO_INTAKE);
        assertThat(IntakeService.readiness(java.util.Optional.of(intake(flagged, List.of())), consented))
                .isEqualTo(Readiness.DECISION_NEEDED);
        assertThat(IntakeService.readiness(
                        java.util.Optional.of(intake(flagged, List.of(decision(Decision.REFER)))), consented))
                .isEqualTo(Readiness.REFERRED);
        assertThat(IntakeService.readiness(
                        java.util.Optional.of(intake(flagged, List.of(decision(Decision.DEFER)))), consented))
                .isEqualTo(Readiness.DEFERRED);
        assertThat(IntakeService.readiness(
                        java.util.Optional.of(intake(flagged, List.of(decision(Decision.TREAT)))), consented))
                .isEqualTo(Readiness.READY);
        assertThat(IntakeService.readiness(
                        java.util.Optional.of(intake(flagged, List.of(decision(Decision.TREAT)))), none))
                .isEqualTo(Readiness.CONSENT_MISSING);
        assertThat(IntakeService.readiness(java.util.Optional.of(intake(new IntakeAnswers(), List.of())), consented))
                .isEqualTo(Readiness.READY);
    }

    private static IntakeDetails intake(IntakeAnswers answers, List<DecisionRecord> decisions) {
        return new IntakeDetails(
                1,
                0,
                1,
                1,
                IntakeStatus.COMPLETED,
                answers,
                Screening.of(answers, DEFAULTS),
                decisions,
                null,
                null,
                null,
                null,
                null);
    }

    private static DecisionRecord decision(Decision decision) {
        return new DecisionRecord(decision, "reason", java.time.LocalDate.of(2026, 1, 1), java.time.Instant.now(), 1);
    }

    private static IntakeAnswers overuse(int headacheDays, AcuteMedicationClass medication, int days, Boolean longer) {
        IntakeAnswers answers = new IntakeAnswers();
        answers.setHeadacheDaysPerMonth(headacheDays);
        answers.setAcuteMedicationClass(medication);
        answers.setAcuteMedicationDaysPerMonth(days);
        answers.setPatternOverThreeMonths(longer);
        return answers;
    }
}
