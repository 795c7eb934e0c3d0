package org.headroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.EnumSet;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.security.Role;
import org.headroom.security.UserAccount;
import org.headroom.security.UserAccountService;

/** Changes what an account may do: therapist, practice admin, or both. */
final class RolesDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    RolesDialog(UserAccountService accounts, UserAccount account, Runnable saved) {
        setHeaderTitle(getTranslation("users.roles.title", account.displayName()));
        setId("roles-dialog");
        roles.setId("roles");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(account.roles());
        add(roles);
        save.setText(getTranslation("action.save"));
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            try {
                accounts.changeRoles(
                        account.id(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                Notifications.saved(getTranslation("users.roles-done", account.displayName()));
                close();
                saved.run();
            } catch (IllegalStateException ex) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
