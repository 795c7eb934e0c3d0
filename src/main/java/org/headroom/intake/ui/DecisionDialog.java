package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.intake.Decision;
import org.headroom.intake.DecisionRefusedException;
import org.headroom.intake.IntakeService;

/** Records the therapist's decision on an intake's flags: refer (with date), defer or treat (with reason). */
final class DecisionDialog extends Dialog {

    final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final DatePicker referralDate = new DatePicker();
    final Button save = new Button();

    DecisionDialog(IntakeService intakes, long intakeId, Runnable onSaved) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("decision.record"));
        setMaxWidth("36rem");
        decision.setId("decision-choice");
        decision.setLabel(getTranslation("decision.choice"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("decision." + d.name()));
        referralDate.setId("decision-referral-date");
        referralDate.setLabel(getTranslation("decision.referralDate"));
        referralDate.setMax(LocalDate.now());
        referralDate.setValue(LocalDate.now());
        reason.setId("decision-reason");
        reason.setLabel(getTranslation("decision.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        decision.addValueChangeListener(e -> referralDate.setVisible(e.getValue() == Decision.REFER));
        referralDate.setVisible(false);
        add(decision, referralDate, reason);

        save.setText(getTranslation("action.save"));
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            try {
                intakes.recordDecision(
                        intakeId,
                        decision.getValue(),
                        reason.getValue(),
                        decision.getValue() == Decision.REFER ? referralDate.getValue() : null);
                Notifications.saved(getTranslation("decision.saved"));
                onSaved.run();
                close();
            } catch (DecisionRefusedException ex) {
                String message = getTranslation(ex.getMessage());
                switch (ex.getMessage()) {
                    case "decision.required" -> invalid(decision, message);
                    case "decision.referral-date-required", "decision.referral-date-future" ->
                        invalid(referralDate, message);
                    default -> invalid(reason, message);
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
