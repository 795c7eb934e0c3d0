package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.intake.ConsentRefusedException;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentText;
import org.headroom.intake.Signatures;

/** Takes the consents in person: each consent's exact text, the answer, and one signature for all. */
final class ConsentDialog extends Dialog {

    final ConsentForm form;
    final Button save = new Button();

    ConsentDialog(
            ConsentService consents, long clientId, Long intakeId, String clientName, boolean minor, Runnable onSaved) {
        setId("consent-dialog");
        setHeaderTitle(getTranslation("consent.record"));
        setWidth("min(48rem, 100vw)");
        List<ConsentText> texts = consents.currentTexts();
        form = new ConsentForm(texts, minor, clientName);
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("consent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            List<ConsentSubmission> submissions;
            try {
                submissions = form.submissions();
            } catch (Signatures.InvalidSignatureException | ConsentRefusedException ex) {
                form.showProblem(getTranslation(
                        ex instanceof ConsentRefusedException ? ex.getMessage() : "consent.signature-required"));
                return;
            }
            if (submissions == null) {
                return;
            }
            try {
                for (ConsentSubmission submission : submissions) {
                    consents.record(clientId, intakeId, submission);
                }
                Notifications.saved(getTranslation("consent.saved"));
                onSaved.run();
                close();
            } catch (ConsentRefusedException ex) {
                form.showProblem(getTranslation(ex.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
