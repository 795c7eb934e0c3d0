package org.headroom.security.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
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

/** The practice admin's list of accounts: create, change roles, disable and re-enable, reset passwords. */
@Route("admin/users")
@PageTitle("Headroom")
@Menu(title = "menu.users", order = 10, icon = "vaadin:users")
@RolesAllowed("PRACTICE_ADMIN")
final class UserAdminView extends VerticalLayout {

    private final UserAccountService accounts;
    private final java.time.Clock clock;
    final Grid<UserAccount> grid = new Grid<>();
    final Button newAccount = new Button();
    final Checkbox requireTwoFactor = new Checkbox();

    UserAdminView(UserAccountService accounts, java.time.Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        setSizeFull();
        addClassName("hr-page");
        H1 title = new H1(getTranslation("users.title"));
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
        requireTwoFactor.setId("require-two-factor");
        requireTwoFactor.setLabel(getTranslation("users.require-two-factor"));
        requireTwoFactor.setHelperText(getTranslation("users.require-two-factor.help"));
        requireTwoFactor.setValue(accounts.twoFactorRequired());
        requireTwoFactor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                accounts.requireTwoFactor(e.getValue());
                Notifications.saved(getTranslation("users.settings-saved"));
            }
        });
        add(header, requireTwoFactor, grid);
    }

    private HorizontalLayout statusBadge(UserAccount account) {
        Badge badge = new Badge(getTranslation(account.enabled() ? "users.enabled" : "users.disabled"));
        badge.addThemeVariants(account.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        HorizontalLayout badges = new HorizontalLayout(badge);
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (account.lockedUntil() != null) {
            Badge locked = new Badge(getTranslation(
                    "users.locked", org.headroom.base.Formats.dateTime(account.lockedUntil(), clock.getZone())));
            locked.setId("locked-" + account.username());
            locked.addThemeVariants(BadgeVariant.ERROR);
            badges.add(locked);
        }
        if (account.twoFactor()) {
            badges.add(new Badge(getTranslation("users.two-factor")));
        }
        return badges;
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
        Button roles = new Button(getTranslation("users.roles.change"));
        roles.setId("roles-" + account.username());
        roles.addClickListener(e -> new RolesDialog(accounts, account, this::refresh).open());
        HorizontalLayout actions = new HorizontalLayout(toggle, reset, roles);
        actions.setWrap(true);
        if (account.lockedUntil() != null) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                accounts.unlock(account.id());
                Notifications.saved(getTranslation("users.unlocked-done", account.displayName()));
                refresh();
            });
            unlock.setId("unlock-" + account.username());
            actions.add(unlock);
        }
        if (account.twoFactor()) {
            Button removeTwoFactor = new Button(getTranslation("users.reset-two-factor"), e -> {
                accounts.resetTwoFactor(account.id());
                Notifications.saved(getTranslation("users.two-factor-reset-done", account.displayName()));
                refresh();
            });
            removeTwoFactor.setId("reset-two-factor-" + account.username());
            actions.add(removeTwoFactor);
        }
        return actions;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
