package org.headroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.security.InvalidPasswordException;
import org.headroom.security.UserAccount;
import org.headroom.security.UserAccountService;

/** Sets a new password for an account (the user forgot theirs). */
final class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAccountService accounts, UserAccount account) {
        setHeaderTitle(getTranslation("users.reset-password.title", account.displayName()));
        setId("reset-password-dialog");
        PasswordField password = new PasswordField(getTranslation("users.new-password"));
        password.setId("new-password");
        password.setWidthFull();
        add(password);
        Button save = Actions.onClick(new Button(getTranslation("action.save")), () -> {
            try {
                accounts.resetPassword(account.id(), password.getValue());
                Notifications.saved(getTranslation("users.password-reset-done", account.displayName()));
                close();
            } catch (InvalidPasswordException ex) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(ex.messageKey(), ex.limit()));
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
