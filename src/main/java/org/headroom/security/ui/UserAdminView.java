package org.headroom.security.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.headroom.base.ui.Notifications;
import org.headroom.security.UserAccount;
import org.headroom.security.UserAccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The practice admin's list of accounts: create, disable and re-enable, reset passwords. */
@Route("admin/users")
@PageTitle("Headroom")
@Menu(title = "menu.users", order = 10, icon = "vaadin:users")
@RolesAllowed("PRACTICE_ADMIN")
final class UserAdminView extends VerticalLayout {

    private final UserAccountService accounts;
    final Grid<UserAccount> grid = new Grid<>();
    final Button newAccount = new Button();

    UserAdminView(UserAccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        addClassName("hr-page");
        H2 title = new H2(getTranslation("users.title"));
        newAccount.setText(getTranslation("users.new"));
        newAccount.setIcon(VaadinIcon.PLUS.create());
        newAccount.setId("new-account");
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAccount.addClickListener(e -> new NewAccountDialog(accounts, this::refresh).open());
        HorizontalLayout header = new HorizontalLayout(title, newAccount);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.setId("accounts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("users.name"))
                .setAutoWidth(true);
        grid.addColumn(UserAccount::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"));
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("users.status"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.actions"))
                .setAutoWidth(true);
        grid.setItems(query ->
                accounts.list(PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("displayName"))).stream());
        add(header, grid);
    }

    private Badge statusBadge(UserAccount account) {
        Badge badge = new Badge(getTranslation(account.enabled() ? "users.enabled" : "users.disabled"));
        badge.addThemeVariants(account.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    private HorizontalLayout actions(UserAccount account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"));
        toggle.setId("toggle-" + account.username());
        toggle.addClickListener(e -> {
            try {
                accounts.setEnabled(account.id(), !account.enabled());
                Notifications.saved(getTranslation(
                        account.enabled() ? "users.disabled-done" : "users.enabled-done", account.displayName()));
                refresh();
            } catch (IllegalStateException ex) {
                Notifications.problem(getTranslation(ex.getMessage()));
            }
        });
        Button reset = new Button(getTranslation("users.reset-password"));
        reset.setId("reset-" + account.username());
        reset.addClickListener(e -> new ResetPasswordDialog(accounts, account).open());
        return new HorizontalLayout(toggle, reset);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
