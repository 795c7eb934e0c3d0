package org.headroom.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.HeadacheType;
import org.headroom.client.ClientDetails;
import org.headroom.intake.DiagnosedBy;
import org.headroom.intake.IntakeLinkService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.IntakeStatus;
import org.headroom.intake.Pressure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

class PublicIntakeViewTest extends ViewTest {

    private static final LocalDate BORN = LocalDate.of(1984, 5, 17);

    @Autowired
    IntakeLinkService links;

    @Autowired
    IntakeService intakes;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithAnonymousUser
    void an_unknown_link_shows_nothing_but_a_polite_refusal() {
        UI.getCurrent().navigate("intake-link/" + "A".repeat(43));
        assertThat(getCurrentView()).isInstanceOf(PublicIntakeView.class);
        String text = ((PublicIntakeView) getCurrentView()).getElement().getTextRecursively();
        assertThat(text).contains("This link cannot be used");
        assertThat(find(com.vaadin.flow.component.datepicker.DatePicker.class).exists())
                .isFalse();
    }

    @Test
    @WithAnonymousUser
    void the_client_proves_who_they_are_fills_in_signs_and_sends() {
        ClientDetails client = fixtures.clientOf(ANNA, "Phone", "Filler");
        String path = fixtures.runAs(ANNA, () -> links.create(client.id())).path();
        UI.getCurrent().navigate(path);
        PublicIntakeView view = (PublicIntakeView) getCurrentView();
        assertThat(view.getElement().getTextRecursively())
                .doesNotContain("Phone")
                .doesNotContain(client.lastName());

        test(view.dateOfBirth).setValue(BORN.plusYears(1));
        test(view.proceed).click();
        assertThat(view.dateOfBirth.isInvalid()).isTrue();
        assertThat(view.dateOfBirth.getErrorMessage()).contains("4 attempts are left");

        test(view.dateOfBirth).setValue(BORN);
        test(view.proceed).click();
        assertThat(view.getElement().getTextRecursively()).contains("Hello Phone");

        // One step at a time, with progress; the first is the health history.
        assertThat(view.stepText.getText()).isEqualTo("Step 1 of 8");
        assertThat(view.stepHeading.getText()).isEqualTo("Your health");
        assertThat(view.form.field("conditions").isVisible()).isTrue();
        assertThat(view.back.isVisible()).isFalse();
        ((TextArea) view.form.field("conditions")).setValue("Asthma");
        test(view.next).click();
        assertThat(view.stepText.getText()).isEqualTo("Step 2 of 8");
        // The client is spoken to, not about.
        assertThat(view.form.redFlags.getLabel()).isEqualTo("Have you had any of these?");
        test(view.next).click();
        test(view.next).click();
        // The headache step refuses to go on without its required answers, and marks them.
        assertThat(view.stepHeading.getText()).isEqualTo("Your headaches");
        test(view.next).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Your headaches");
        assertThat(((IntegerField) view.form.field("usualIntensity")).isInvalid())
                .isTrue();
        // An answer out of range is refused too.
        fillRequired(view.form);
        ((IntegerField) view.form.field("headacheDaysPerMonth")).setValue(45);
        test(view.next).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Your headaches");
        ((IntegerField) view.form.field("headacheDaysPerMonth")).setValue(10);
        test(view.next).click();
        assertThat(view.stepHeading.getText()).isEqualTo("Medicines and other treatments");

        // Save and finish later: the answers so far are kept for the same link.
        test(view.later).click();
        assertThat(view.getElement().getTextRecursively()).contains("Your answers are saved");
        var draft = fixtures.runAs(
                ANNA,
                () -> intakes.get(
                        intakes.status(client.id()).openIntake().orElseThrow().id()));
        assertThat(draft.answers().getConditions()).isEqualTo("Asthma");
        assertThat(draft.answers().getUsualIntensity()).isEqualTo(8);
        assertThat(draft.status()).isEqualTo(IntakeStatus.DRAFT);

        UI.getCurrent().navigate(path);
        view = (PublicIntakeView) getCurrentView();
        test(view.dateOfBirth).setValue(BORN);
        test(view.proceed).click();
        assertThat(((TextArea) view.form.field("conditions")).getValue()).isEqualTo("Asthma");
        while (view.next.isVisible()) {
            test(view.next).click();
        }
        assertThat(view.stepHeading.getText()).isEqualTo("Your agreement");
        assertThat(view.stepText.getText()).isEqualTo("Step 8 of 8");
        test(find(Checkbox.class).id("consent-TREATMENT")).click();
        test(find(Checkbox.class).id("consent-HEALTH_DATA")).click();
        test(find(TextField.class).id("consent-signer")).setValue("Phone Filler");
        test(find(Checkbox.class).id("consent-typed")).click();
        test(view.submit).click();

        assertThat(view.getElement().getTextRecursively()).contains("Thank you");
        var status = fixtures.runAs(ANNA, () -> intakes.status(client.id()));
        assertThat(status.openIntake().orElseThrow().status()).isEqualTo(IntakeStatus.AWAITING_REVIEW);
        assertThat(status.consents().hasRequired()).isTrue();
    }

    @SuppressWarnings("unchecked")
    static void fillRequired(IntakeFormLayout form) {
        ((RadioButtonGroup<DiagnosedBy>) form.field("diagnosedBy")).setValue(DiagnosedBy.NEUROLOGIST);
        ((CheckboxGroup<HeadacheType>) form.field("headacheTypes"))
                .setValue(java.util.Set.of(HeadacheType.MIGRAINE_WITH_AURA));
        ((IntegerField) form.field("headacheDaysPerMonth")).setValue(10);
        ((IntegerField) form.field("usualIntensity")).setValue(8);
        ((RadioButtonGroup<Boolean>) form.field("aura")).setValue(true);
        ((Select<AcuteMedicationClass>) form.field("acuteMedicationClass")).setValue(AcuteMedicationClass.NSAID);
        ((IntegerField) form.field("acuteMedicationDaysPerMonth")).setValue(6);
        ((IntegerField) form.field("sleepQuality")).setValue(5);
        ((IntegerField) form.field("stressLevel")).setValue(5);
        ((TextArea) form.field("goals")).setValue("Sleep better");
        ((RadioButtonGroup<Pressure>) form.field("pressure")).setValue(Pressure.LIGHT);
    }
}
