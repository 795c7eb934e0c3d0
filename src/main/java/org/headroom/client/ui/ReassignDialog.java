package org.headroom.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientAssignment;
import org.headroom.client.ClientAssignmentService;
import org.headroom.security.TherapistSummary;
import org.headroom.security.UserAccountService;

/** Picks the therapist who looks after a client from now on. */
final class ReassignDialog extends Dialog {

    ReassignDialog(
            ClientAssignmentService assignments,
            UserAccountService accounts,
            ClientAssignment client,
            Runnable onSaved) {
        setId("reassign-dialog");
        setHeaderTitle(getTranslation("assignments.reassign.title", client.firstName() + " " + client.lastName()));
        ComboBox<TherapistSummary> therapist = new ComboBox<>(getTranslation("assignments.therapist"));
        therapist.setId("reassign-therapist");
        therapist.setItems(accounts.activeTherapists());
        therapist.setItemLabelGenerator(TherapistSummary::displayName);
        therapist.setWidthFull();
        add(therapist);
        Button save = Actions.onClick(new Button(getTranslation("assignments.reassign")), () -> {
            if (therapist.getValue() == null) {
                therapist.setInvalid(true);
                therapist.setErrorMessage(getTranslation("assignments.choose"));
                return;
            }
            try {
                assignments.reassign(
                        client.id(), client.version(), therapist.getValue().id());
                Notifications.saved(
                        getTranslation("assignments.done", therapist.getValue().displayName()));
                onSaved.run();
                close();
            } catch (ConcurrentEditException ex) {
                Notifications.problem(getTranslation("concurrent-edit.text"));
                onSaved.run();
                close();
            }
        });
        save.setId("reassign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
