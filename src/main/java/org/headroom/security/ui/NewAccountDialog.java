package org.headroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.EnumSet;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.security.InvalidPasswordException;
import org.headroom.security.NewAccount;
import org.headroom.security.Role;
import org.headroom.security.UserAccountService;
import org.headroom.security.UsernameTakenException;

/** Creates an account with an initial password that the practice admin passes on in person. */
final class NewAccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField registration = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    NewAccountDialog(UserAccountService accounts, Runnable onSaved) {
        setHeaderTitle(getTranslation("users.new"));
        setId("new-account-dialog");
        username.setLabel(getTranslation("users.username"));
        username.setId("account-username");
        displayName.setLabel(getTranslation("users.name"));
        displayName.setId("account-display-name");
        registration.setLabel(getTranslation("users.registration"));
        registration.setHelperText(getTranslation("users.registration.help"));
        password.setLabel(getTranslation("users.initial-password"));
        password.setId("account-password");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));

        BeanValidationBinder<NewAccount> binder = new BeanValidationBinder<>(NewAccount.class);
        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(registration).bind("professionalRegistration");
        binder.forField(password).bind("initialPassword");
        binder.forField(roles).bind("roles");
        org.headroom.base.ui.RequiredChoice.mark(roles);
        NewAccount bean = new NewAccount();
        binder.readBean(bean);

        FormLayout form = new FormLayout(username, displayName, registration, password, roles);
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                bean.setRoles(EnumSet.copyOf(bean.getRoles()));
                accounts.create(bean);
                Notifications.saved(getTranslation("users.created", bean.getDisplayName()));
                onSaved.run();
                close();
            } catch (UsernameTakenException ex) {
                username.setInvalid(true);
                username.setErrorMessage(getTranslation("users.username-taken"));
            } catch (InvalidPasswordException ex) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(ex.messageKey(), ex.limit()));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
