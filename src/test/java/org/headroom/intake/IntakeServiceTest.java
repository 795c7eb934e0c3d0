package org.headroom.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IntakeServiceTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    ContraindicationService contraindications;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_draft_keeps_partial_work_and_completing_needs_every_required_answer() {
        ClientDetails client = fixtures.clientOf(ANNA, "Draft", "Keeper");
        IntakeDetails draft = as(ANNA, () -> intakes.start(client.id()));
        IntakeAnswers partial = new IntakeAnswers();
        partial.setConditions("Asthma");

        IntakeDetails saved = as(ANNA, () -> intakes.saveDraft(draft.id(), draft.version(), partial));
        assertThat(saved.status()).isEqualTo(IntakeStatus.DRAFT);
        assertThat(saved.answers().getConditions()).isEqualTo("Asthma");

        assertThatThrownBy(() -> as(ANNA, () -> intakes.complete(saved.id(), saved.version(), partial)))
                .isInstanceOfSatisfying(IncompleteIntakeException.class, e -> assertThat(e.fields())
                        .contains("diagnosedBy", "headacheDaysPerMonth", "usualIntensity", "goals", "pressure"));
        assertThat(as(ANNA, () -> intakes.get(saved.id())).status()).isEqualTo(IntakeStatus.DRAFT);
    }

    @Test
    void out_of_range_answers_are_refused_even_in_a_draft() {
        ClientDetails client = fixtures.clientOf(ANNA, "Range", "Checker");
        IntakeDetails draft = as(ANNA, () -> intakes.start(client.id()));
        IntakeAnswers answers = IntakeFixtures.complete();
        answers.setUsualIntensity(11);
        answers.setHeadacheDaysPerMonth(40);

        assertThatThrownBy(() -> as(ANNA, () -> intakes.saveDraft(draft.id(), draft.version(), answers)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(as(ANNA, () -> intakes.get(draft.id())).answers().getUsualIntensity())
                .isNull();
    }

    @Test
    void a_completed_intake_is_frozen_and_a_reassessment_starts_a_prefilled_new_version() {
        ClientDetails client = fixtures.clientOf(ANNA, "Re", "Assessed");
        IntakeDetails first = completeIntake(client.id(), IntakeFixtures.complete());
        assertThat(first.completedAt()).isNotNull();

        IntakeAnswers change = first.answers();
        change.setGoals("Changed afterwards");
        assertThatThrownBy(() -> as(ANNA, () -> intakes.saveDraft(first.id(), first.version(), change)))
                .isInstanceOf(IntakeLockedException.class);

        IntakeDetails second = as(ANNA, () -> intakes.start(client.id()));
        assertThat(second.sequenceNo()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(IntakeStatus.DRAFT);
        assertThat(second.answers().getGoals()).isEqualTo("Fewer migraine days; less neck tension");
        assertThat(as(ANNA, () -> intakes.start(client.id())).id()).isEqualTo(second.id());
        assertThat(as(ANNA, () -> intakes.history(client.id())))
                .extracting(IntakeSummary::sequenceNo)
                .containsExactly(2, 1);
        assertThat(as(ANNA, () -> intakes.get(first.id())).answers().getGoals())
                .isEqualTo("Fewer migraine days; less neck tension");
    }

    @Test
    void red_flag_blocks_treatment_until_a_decision_is_recorded() {
        ClientDetails client = fixtures.clientOf(ANNA, "Red", "Flag");
        IntakeAnswers answers = IntakeFixtures.complete();
        answers.setRedFlags(EnumSet.of(RedFlag.THUNDERCLAP_ONSET, RedFlag.NEW_AFTER_FIFTY));
        IntakeDetails intake = completeIntake(client.id(), answers);
        giveRequiredConsents(client.id());

        assertThat(readiness(client.id())).isEqualTo(Readiness.DECISION_NEEDED);

        assertThatThrownBy(() -> as(ANNA, () -> intakes.recordDecision(intake.id(), Decision.REFER, "", null)))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("decision.referral-date-required");
        assertThatThrownBy(() -> as(ANNA, () -> intakes.recordDecision(intake.id(), Decision.TREAT, " ", null)))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("decision.reason-required");
        assertThat(readiness(client.id())).isEqualTo(Readiness.DECISION_NEEDED);

        as(
                ANNA,
                () -> intakes.recordDecision(
                        intake.id(), Decision.REFER, null, LocalDate.now().minusDays(1)));
        assertThat(readiness(client.id())).isEqualTo(Readiness.REFERRED);

        as(ANNA, () -> intakes.recordDecision(intake.id(), Decision.TREAT, "GP cleared treatment by letter", null));
        assertThat(readiness(client.id())).isEqualTo(Readiness.READY);
        assertThat(as(ANNA, () -> intakes.get(intake.id())).decisions())
                .extracting(DecisionRecord::decision)
                .containsExactly(Decision.TREAT, Decision.REFER);
    }

    @Test
    void a_do_not_treat_contraindication_gates_like_a_red_flag_and_severity_comes_from_the_practice_list() {
        ClientDetails client = fixtures.clientOf(ANNA, "Fever", "Case");
        IntakeAnswers answers = IntakeFixtures.complete();
        // The browser claims a mild severity; the practice list says do not treat.
        answers.setContraindications(List.of(
                new ContraindicationAnswer("FEVER_INFECTION", "fever", Severity.CAUTION),
                new ContraindicationAnswer("NOT_ON_THE_LIST", "made up", Severity.CAUTION)));
        IntakeDetails intake = completeIntake(client.id(), answers);
        giveRequiredConsents(client.id());

        assertThat(intake.answers().getContraindications())
                .containsExactly(
                        new ContraindicationAnswer("FEVER_INFECTION", "Fever or infection", Severity.DO_NOT_TREAT));
        assertThat(readiness(client.id())).isEqualTo(Readiness.DECISION_NEEDED);
        as(ANNA, () -> intakes.recordDecision(intake.id(), Decision.DEFER, "Rebook when well", null));
        assertThat(readiness(client.id())).isEqualTo(Readiness.DEFERRED);
    }

    @Test
    void consents_are_separate_and_withdrawing_treatment_consent_stops_treatment() {
        ClientDetails client = fixtures.clientOf(ANNA, "Con", "Sent");
        completeIntake(client.id(), IntakeFixtures.complete());
        assertThat(readiness(client.id())).isEqualTo(Readiness.CONSENT_MISSING);

        List<ConsentText> texts = as(ANNA, () -> consents.currentTexts());
        ConsentText treatment = text(texts, ConsentType.TREATMENT);
        ConsentText data = text(texts, ConsentType.HEALTH_DATA);
        ConsentText marketing = text(texts, ConsentType.MARKETING);
        ConsentRecord given =
                as(ANNA, () -> consents.record(client.id(), null, IntakeFixtures.typed(treatment, true, "Con Sent")));
        as(ANNA, () -> consents.record(client.id(), null, IntakeFixtures.typed(data, true, "Con Sent")));
        as(ANNA, () -> consents.record(client.id(), null, IntakeFixtures.typed(marketing, false, "Con Sent")));
        ConsentSubmission drawn = new ConsentSubmission(data.id(), true, "Con Sent", SignerRole.CLIENT);
        drawn.setSignaturePng(IntakeFixtures.signaturePng());
        ConsentRecord drawnRecord = as(ANNA, () -> consents.record(client.id(), null, drawn));
        // The list says which consents carry a drawn signature, without loading the images.
        assertThat(as(ANNA, () -> consents.consents(client.id())))
                .extracting(ConsentRecord::id, ConsentRecord::drawnSignature, ConsentRecord::typedSignature)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(drawnRecord.id(), true, false),
                        org.assertj.core.groups.Tuple.tuple(given.id(), false, true));
        assertThat(as(ANNA, () -> consents.signature(drawnRecord.id()))).isEqualTo(IntakeFixtures.signaturePng());

        assertThat(readiness(client.id())).isEqualTo(Readiness.READY);
        assertThat(given.text()).isEqualTo(treatment.body());
        assertThat(given.textVersion()).isEqualTo(1);
        assertThat(given.takenBy()).isNotNull();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        ConsentState state = as(ANNA, () -> {
            statistics.clear();
            return consents.state(client.id());
        });
        // The access check, then the consents with their wordings in one statement.
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(state.has(ConsentType.MARKETING)).isFalse();
        assertThat(state.latest().get(ConsentType.MARKETING).granted()).isFalse();

        as(ANNA, () -> consents.withdraw(given.id(), "Client asked to stop"));
        assertThat(as(ANNA, () -> consents.hasTreatmentConsent(client.id()))).isFalse();
        assertThat(readiness(client.id())).isEqualTo(Readiness.CONSENT_MISSING);
        ConsentRecord withdrawn = as(ANNA, () -> consents.consents(client.id())).stream()
                .filter(c -> c.id() == given.id())
                .findFirst()
                .orElseThrow();
        assertThat(withdrawn.withdrawnAt()).isNotNull();
        assertThat(withdrawn.withdrawalNote()).isEqualTo("Client asked to stop");
    }

    @Test
    void a_minor_needs_a_parent_or_guardian_and_every_consent_needs_a_signature() {
        ClientDetails minor = fixtures.runAs(ANNA, () -> {
            var form = Fixtures.validForm("Young", Fixtures.unique("Person"));
            form.setDateOfBirth(LocalDate.now().minusYears(15));
            return fixtures.clientService().create(form);
        });
        ConsentText treatment = text(as(ANNA, () -> consents.currentTexts()), ConsentType.TREATMENT);

        ConsentSubmission bySelf = IntakeFixtures.typed(treatment, true, "Young Person");
        assertThatThrownBy(() -> as(ANNA, () -> consents.record(minor.id(), null, bySelf)))
                .isInstanceOf(ConsentRefusedException.class)
                .hasMessage("consent.minor-needs-guardian");

        ConsentSubmission unsigned =
                new ConsentSubmission(treatment.id(), true, "Parent Person", SignerRole.PARENT_GUARDIAN);
        assertThatThrownBy(() -> as(ANNA, () -> consents.record(minor.id(), null, unsigned)))
                .isInstanceOf(ConsentRefusedException.class)
                .hasMessage("consent.signature-required");

        ConsentSubmission badImage =
                new ConsentSubmission(treatment.id(), true, "Parent Person", SignerRole.PARENT_GUARDIAN);
        badImage.setSignaturePng("not a png".getBytes());
        assertThatThrownBy(() -> as(ANNA, () -> consents.record(minor.id(), null, badImage)))
                .isInstanceOf(Signatures.InvalidSignatureException.class);
        assertThat(as(ANNA, () -> consents.consents(minor.id()))).isEmpty();

        unsigned.setTypedConfirmed(true);
        assertThat(as(ANNA, () -> consents.record(minor.id(), null, unsigned)).signerRole())
                .isEqualTo(SignerRole.PARENT_GUARDIAN);
    }

    @Test
    void another_therapist_can_neither_read_nor_change_intakes_or_consents() {
        ClientDetails client = fixtures.clientOf(ANNA, "Owned", "Intake");
        IntakeDetails intake = completeIntake(client.id(), IntakeFixtures.complete());
        ConsentRecord consent = giveRequiredConsents(client.id());

        assertThatThrownBy(() -> as(BEN, () -> intakes.get(intake.id()))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(BEN, () -> intakes.status(client.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(BEN, () -> intakes.start(client.id()))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(BEN, () -> intakes.recordDecision(intake.id(), Decision.TREAT, "x", null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(BEN, () -> consents.consents(client.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(BEN, () -> consents.withdraw(consent.id(), "x")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(BEN, () -> consents.signature(consent.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(ANNA, () -> consents.hasTreatmentConsent(client.id()))).isTrue();
    }

    @Test
    void the_practice_admin_sets_contraindication_severities() {
        ContraindicationItem pregnancy = as(ADMIN, () -> contraindications.all()).stream()
                .filter(c -> c.code().equals("PREGNANCY"))
                .findFirst()
                .orElseThrow();
        try {
            as(
                    ADMIN,
                    () -> contraindications.update(
                            pregnancy.id(), pregnancy.version(), pregnancy.label(), Severity.DO_NOT_TREAT, true));
            ClientDetails client = fixtures.clientOf(ANNA, "Expecting", "Client");
            IntakeAnswers answers = IntakeFixtures.complete();
            answers.setContraindications(List.of(pregnancy.toAnswer()));
            IntakeDetails intake = completeIntake(client.id(), answers);
            assertThat(intake.screening().doNotTreat())
                    .extracting(ContraindicationAnswer::code)
                    .containsExactly("PREGNANCY");
        } finally {
            ContraindicationItem now = as(ADMIN, () -> contraindications.all()).stream()
                    .filter(c -> c.code().equals("PREGNANCY"))
                    .findFirst()
                    .orElseThrow();
            as(ADMIN, () -> contraindications.update(now.id(), now.version(), now.label(), Severity.CAUTION, true));
        }
        assertThatThrownBy(() -> as(ANNA, () -> contraindications.add("Something", Severity.CAUTION)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private IntakeDetails completeIntake(long clientId, IntakeAnswers answers) {
        IntakeDetails draft = as(ANNA, () -> intakes.start(clientId));
        return as(ANNA, () -> intakes.complete(draft.id(), draft.version(), answers));
    }

    private ConsentRecord giveRequiredConsents(long clientId) {
        List<ConsentText> texts = as(ANNA, () -> consents.currentTexts());
        ConsentRecord treatment = as(
                ANNA,
                () -> consents.record(
                        clientId, null, IntakeFixtures.typed(text(texts, ConsentType.TREATMENT), true, "Signer")));
        as(
                ANNA,
                () -> consents.record(
                        clientId, null, IntakeFixtures.typed(text(texts, ConsentType.HEALTH_DATA), true, "Signer")));
        return treatment;
    }

    private Readiness readiness(long clientId) {
        return as(ANNA, () -> intakes.status(clientId)).readiness();
    }

    private static ConsentText text(List<ConsentText> texts, ConsentType type) {
        return texts.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    private <T> T as(String user, java.util.function.Supplier<T> task) {
        return fixtures.runAs(user, task);
    }
}
