package org.headroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.stream.IntStream;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.security.UserAccount;
import org.headroom.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

class UserAdminViewTest extends ViewTest {

    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails(ADMIN)
    void admin_creates_a_therapist_account_from_the_team_page() {
        String username = Fixtures.unique("joiner.");
        UserAdminView view = navigate(UserAdminView.class);
        test(view.newAccount).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Jo Iner");
        test(dialog.password).setValue("short");
        test(dialog.save).click();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(account(username)).isNull();

        test(dialog.password).setValue("a sensible long password");
        test(dialog.save).click();

        UserAccount created = account(username);
        assertThat(created).isNotNull();
        assertThat(created.isTherapist()).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        var grid = test(view.grid);
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 1)))
                .contains(username);
    }

    @Test
    @WithUserDetails(ADMIN)
    void admin_disables_and_re_enables_an_account() {
        String username = Fixtures.unique("temp.");
        UserAdminView view = navigate(UserAdminView.class);
        test(view.newAccount).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Tem Porary");
        test(dialog.password).setValue("a sensible long password");
        test(dialog.save).click();

        test(actionButton(view, username, 0)).click();
        assertThat(account(username).enabled()).isFalse();
        test(actionButton(view, username, 0)).click();
        assertThat(account(username).enabled()).isTrue();

        test(actionButton(view, username, 1)).click();
        PasswordField newPassword = find(PasswordField.class).id("new-password");
        test(newPassword).setValue("tiny");
        test(find(Button.class).id("reset-save")).click();
        assertThat(newPassword.isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails(ADMIN)
    void admin_changes_an_accounts_roles_and_cannot_leave_none() {
        String username = Fixtures.unique("roles.");
        UserAdminView view = navigate(UserAdminView.class);
        test(view.newAccount).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Ro Les");
        test(dialog.password).setValue("a sensible long password");
        test(dialog.save).click();

        test(actionButton(view, username, 2)).click();
        RolesDialog roles = find(RolesDialog.class).single();
        roles.roles.setValue(java.util.Set.of());
        test(roles.save).click();
        assertThat(roles.roles.isInvalid()).isTrue();
        assertThat(roles.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(account(username).roles()).containsExactly(org.headroom.security.Role.THERAPIST);

        roles.roles.setValue(
                java.util.Set.of(org.headroom.security.Role.THERAPIST, org.headroom.security.Role.PRACTICE_ADMIN));
        test(roles.save).click();
        assertThat(roles.isOpened()).isFalse();
        assertThat(account(username).roles())
                .containsExactlyInAnyOrder(
                        org.headroom.security.Role.THERAPIST, org.headroom.security.Role.PRACTICE_ADMIN);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_therapist_cannot_open_the_team_page() {
        Object view = navigateTo("admin/users");
        assertThat(view).isNotInstanceOf(UserAdminView.class);
        assertThat(view.getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    /** The n-th button in the actions column of the account's row (0: disable/enable, 1: reset password). */
    private Button actionButton(UserAdminView view, String username, int n) {
        var grid = test(view.grid);
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getCellText(i, 1).equals(username))
                .findFirst()
                .orElseThrow();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) grid.getCellComponent(row, 4);
        return (Button) actions.getComponentAt(n);
    }

    private UserAccount account(String username) {
        return accounts.list(PageRequest.of(0, 500)).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElse(null);
    }
}
