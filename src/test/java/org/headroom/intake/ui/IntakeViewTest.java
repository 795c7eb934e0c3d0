package org.headroom.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.HeadacheType;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.Decision;
import org.headroom.intake.DiagnosedBy;
import org.headroom.intake.IntakeService;
import org.headroom.intake.IntakeStatus;
import org.headroom.intake.Pressure;
import org.headroom.intake.Readiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class IntakeViewTest extends ViewTest {

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void completing_needs_the_required_answers_and_then_freezes_the_form() {
        ClientDetails client = fixtures.clientOf(ANNA, "Form", "Filler");
        IntakeView view = startFromClientPage(client);

        test(view.complete).click();
        assertThat(((IntegerField) view.form.field("headacheDaysPerMonth")).isInvalid())
                .isTrue();
        assertThat(((IntegerField) view.form.field("headacheDaysPerMonth")).getErrorMessage())
                .isEqualTo("Needed to complete the intake.");
        assertThat(intakes.status(client.id()).openIntake().orElseThrow().status())
                .isEqualTo(IntakeStatus.DRAFT);

        fillRequired(view);
        test(view.complete).click();

        IntakeView reloaded = (IntakeView) getCurrentView();
        assertThat(intakes.status(client.id()).currentIntake()).isPresent();
        assertThat(((TextArea) reloaded.form.field("goals")).isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("intake-complete").exists()).isFalse();
    }

    @Test
    @WithUserDetails(ANNA)
    void saving_a_draft_and_then_completing_completes_once_without_an_error() {
        ClientDetails client = fixtures.clientOf(ANNA, "Draft", "Then Complete");
        IntakeView view = startFromClientPage(client);
        fillRequired(view);
        test(view.save).click();
        test(view.save).click();
        test(view.complete).click();

        assertThat(intakes.status(client.id()).currentIntake()).isPresent();
        assertThat(notificationTexts())
                .contains("Intake completed.")
                .noneMatch(t -> t.contains("went wrong") || t.contains("already"));
        assertThat(view.complete.isDisableOnClick()).as("no double tap").isTrue();
    }

    @Test
    @WithUserDetails(ANNA)
    void completing_an_intake_completed_meanwhile_in_another_tab_is_met_calmly() {
        ClientDetails client = fixtures.clientOf(ANNA, "Other", "Tab Intake");
        IntakeView view = startFromClientPage(client);
        fillRequired(view);
        test(view.save).click();
        var open = intakes.status(client.id()).openIntake().orElseThrow();
        var stored = intakes.get(open.id());
        intakes.complete(stored.id(), stored.version(), stored.answers());

        test(view.complete).click();
        assertThat(notificationTexts()).contains("This intake was completed already; nothing more was changed.");
        assertThat(find(Button.class).withId("intake-complete").exists()).isFalse();
    }

    @Test
    @WithUserDetails(ANNA)
    void a_ticked_red_flag_shows_at_once_and_blocks_treatment_until_a_decision_with_a_reason() {
        ClientDetails client = fixtures.clientOf(ANNA, "Flag", "Raised");
        IntakeView view = startFromClientPage(client);
        fillRequired(view);

        test(view.form.redFlags).selectItem("Recent head or neck injury, or whiplash");
        assertThat(view.screening.getElement().getTextRecursively())
                .contains("Red flags", "Recent head or neck injury");

        test(view.complete).click();
        assertThat(intakes.status(client.id()).readiness()).isEqualTo(Readiness.DECISION_NEEDED);

        test(find(Button.class).id("record-decision")).click();
        DecisionDialog dialog = find(DecisionDialog.class).single();
        test(dialog.decision).selectItem("Treat, with a stated reason");
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(intakes.status(client.id()).decision()).isEmpty();

        test(dialog.reason).setValue("Injury was two years ago; GP confirmed no concern");
        test(dialog.save).click();
        assertThat(intakes.status(client.id()).decision().orElseThrow().decision())
                .isEqualTo(Decision.TREAT);
        assertThat(intakes.status(client.id()).readiness()).isEqualTo(Readiness.CONSENT_MISSING);
    }

    @Test
    @WithUserDetails(ANNA)
    void consents_are_taken_with_a_typed_signature_when_drawing_is_impossible() {
        ClientDetails client = fixtures.clientOf(ANNA, "Typed", "Signer");
        startFromClientPage(client);

        test(find(Button.class).id("record-consents")).click();
        ConsentDialog dialog = find(ConsentDialog.class).single();
        test(find(Checkbox.class).id("consent-TREATMENT")).click();
        test(find(Checkbox.class).id("consent-HEALTH_DATA")).click();
        test(dialog.save).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("consent-problem")
                        .getText())
                .isEqualTo("Draw a signature, or type the name and tick the box.");
        assertThat(consents.consents(client.id())).isEmpty();

        test(find(Checkbox.class).id("consent-typed")).click();
        test(dialog.save).click();

        var state = consents.state(client.id());
        assertThat(state.current()).containsExactlyInAnyOrder(ConsentType.TREATMENT, ConsentType.HEALTH_DATA);
        assertThat(state.latest().get(ConsentType.MARKETING).granted()).isFalse();
        assertThat(state.latest().get(ConsentType.TREATMENT).signerName()).isEqualTo(client.fullName());
        assertThat(state.latest().get(ConsentType.TREATMENT).typedSignature()).isTrue();
    }

    @Test
    @WithUserDetails(BEN)
    void another_therapists_intake_is_not_found() {
        ClientDetails client = fixtures.clientOf(ANNA, "Not", "Bens");
        long intakeId = fixtures.runAs(ANNA, () -> intakes.start(client.id())).id();
        navigateTo(IntakeNavigation.intake(client.id(), intakeId));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private IntakeView startFromClientPage(ClientDetails client) {
        navigateTo("clients/" + client.id());
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("readiness")
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("No completed intake");
        test(find(Button.class).id("start-intake")).click();
        return (IntakeView) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private void fillRequired(IntakeView view) {
        test((RadioButtonGroup<DiagnosedBy>) view.form.field("diagnosedBy")).selectItem("GP");
        test((CheckboxGroup<HeadacheType>) view.form.field("headacheTypes")).selectItem("Migraine without aura");
        test((IntegerField) view.form.field("headacheDaysPerMonth")).setValue(8);
        test((IntegerField) view.form.field("usualIntensity")).setValue(7);
        test((RadioButtonGroup<Boolean>) view.form.field("aura")).selectItem("No");
        test((Select<AcuteMedicationClass>) view.form.field("acuteMedicationClass"))
                .selectItem("Triptan (e.g. sumatriptan)");
        test((IntegerField) view.form.field("acuteMedicationDaysPerMonth")).setValue(5);
        test((IntegerField) view.form.field("sleepQuality")).setValue(4);
        test((IntegerField) view.form.field("stressLevel")).setValue(6);
        test((TextArea) view.form.field("goals")).setValue("Fewer bad days");
        test((RadioButtonGroup<Pressure>) view.form.field("pressure")).selectItem("Medium");
        test((TextField) view.form.field("areasToAvoid")).setValue("Left shoulder");
    }
}
