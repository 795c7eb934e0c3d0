package org.headroom.treatment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.treatment.NoteRefusedException;
import org.headroom.treatment.SessionNoteService;

/** Adds a correction to a signed note, with its reason. */
final class AmendDialog extends Dialog {

    final TextField reason = new TextField();
    final TextArea body = new TextArea();
    final Button save = new Button();

    AmendDialog(SessionNoteService notes, long noteId, Runnable onSaved) {
        setId("amend-dialog");
        setHeaderTitle(getTranslation("note.amend.title"));
        setWidth("min(36rem, 100vw)");
        reason.setId("amend-reason");
        reason.setLabel(getTranslation("note.amend.reason-label"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        body.setId("amend-body");
        body.setLabel(getTranslation("note.amend.body-label"));
        body.setWidthFull();
        body.setMaxLength(4000);
        add(reason, body);
        save.setText(getTranslation("action.save"));
        save.setId("amend-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            try {
                notes.amend(noteId, reason.getValue(), body.getValue());
                Notifications.saved(getTranslation("note.amended"));
                onSaved.run();
                close();
            } catch (NoteRefusedException ex) {
                var field = "reason".equals(ex.field()) ? reason : body;
                field.setErrorMessage(getTranslation(ex.getMessage()));
                field.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
