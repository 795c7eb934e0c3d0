package org.headroom.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.headroom.base.SignedInName;

/**
 * The frame around every signed-in page: side navigation built from the views' {@code @Menu}
 * entries (so the layout imports no view), the signed-in user's name and sign-out.
 */
@Layout
@PermitAll
final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final org.headroom.base.AccountColours accountColours;

    MainLayout(
            SignedInName signedInName,
            AuthenticationContext authenticationContext,
            org.headroom.base.AccountColours accountColours) {
        this.accountColours = accountColours;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(toggle);

        // Every element here is kept for every open page (docs/performance.md, heap per session):
        // the brand is one element, the menu scrolls by itself (layout.css).
        Header brand = new Header();
        brand.addClassName("hr-brand");
        brand.setText(getTranslation("app.name"));
        addToDrawer(brand, navigation(), userFooter(signedInName, authenticationContext));
        getElement().executeJs(FOCUS_CLEAR_OF_ACTIONS);
    }

    /**
     * Keyboard focus is never left under the sticky bar of a form's actions (WCAG 2.4.11). The page's
     * scroll padding (layout.css) keeps it clear when the browser scrolls a focused field into view,
     * but some browsers (Chromium 150, seen on a signed note) do not scroll at all for a field the
     * bar covers, and on a phone the bar's buttons wrap to a bar taller than the padding. After each
     * move of the focus, the padding is made the bar's height and a little more, and a field that
     * the bar covers, or that lies below the window, is scrolled into view, which honours that
     * padding. Installed once per window.
     */
    private static final String FOCUS_CLEAR_OF_ACTIONS =
            """
            if (!window.__headroomFocusClear) {
              window.__headroomFocusClear = true;
              document.addEventListener('focusin', () => requestAnimationFrame(() => {
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                if (!a || a === document.body) return;
                const hosts = [];
                for (let n = a; n; n = n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host) || null) hosts.push(n);
                const bars = [...document.querySelectorAll('.hr-form-actions')];
                if (bars.length) {
                  const tallest = Math.max(...bars.map(b => b.getBoundingClientRect().height));
                  document.documentElement.style.setProperty('--hr-actions-clearance', Math.max(88, Math.ceil(tallest) + 16) + 'px');
                }
                if (bars.some(b => hosts.includes(b))) return;
                const r = a.getBoundingClientRect();
                const covered = bars.some(b => { const c = b.getBoundingClientRect(); return r.bottom > c.top && r.top < c.bottom; });
                if (covered || r.bottom > innerHeight) a.scrollIntoView({block: 'nearest'});
              }));
            }
            """;

    /** The page itself is the main landmark (the menu is navigation, the header a banner). */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /** Every page opens at its top, not at the scroll position of the page before. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement()
                .executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                        + "if (c) { c.scrollTop = 0; } window.scrollTo(0, 0);");
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("hr-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Footer userFooter(SignedInName signedInName, AuthenticationContext authenticationContext) {
        Footer footer = new Footer();
        footer.addClassName("hr-user");
        signedInName.displayName().ifPresent(displayName -> {
            Div name = new Div(displayName);
            name.addClassName("hr-user-name");
            name.setId("signed-in-user");
            footer.add(name);
        });
        // One button that says the current choice and opens the three choices: the page keeps a
        // single element for it until it is used (the choices are made only when asked for).
        Button colours = new Button();
        colours.setId("account-colours");
        colours.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        colours.setText(coloursLabel(currentColours()));
        colours.addClickListener(e -> chooseColours(colours));
        footer.add(colours);
        Button signOut = new Button(getTranslation("layout.sign-out"));
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(e -> authenticationContext.logout());
        footer.add(signOut);
        return footer;
    }

    /** The choice this page was opened with (kept by the UI initialiser), else the account's. */
    private org.headroom.base.ColourChoice currentColours() {
        return Colours.shown().orElseGet(accountColours::colours);
    }

    private String coloursLabel(org.headroom.base.ColourChoice choice) {
        return getTranslation("colours.button", getTranslation("colours." + choice.name() + ".short"));
    }

    /** The three choices in a small dialog; a choice is kept for the account and shown at once. */
    void chooseColours(Button opener) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("colours.title"));
        var field = Colours.field(currentColours());
        field.setId("account-colours-choice");
        field.setLabel(null);
        field.setAriaLabel(getTranslation("colours.title"));
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                accountColours.choose(e.getValue());
                Colours.apply(e.getValue());
                opener.setText(coloursLabel(e.getValue()));
            }
        });
        dialog.add(field);
        Button close = new Button(getTranslation("colours.close"), e -> dialog.close());
        close.setId("account-colours-close");
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog.removeFromParent();
                opener.focus();
            }
        });
        dialog.open();
    }
}
