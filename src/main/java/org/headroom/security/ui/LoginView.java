package org.headroom.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.headroom.base.DemoPractice;

/** Sign-in. Spring Security handles the form post; a failed attempt shows one generic message. */
@Route(value = "login", autoLayout = false)
@PageTitle("Headroom")
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    final Paragraph expired = new Paragraph();
    final LoginI18n i18n = LoginI18n.createDefault();

    private final DemoPractice demo;
    final Div demoBox = new Div();

    LoginView(DemoPractice demo) {
        this.demo = demo;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("hr-login");
        // The page is its own main landmark (no menu around it).
        getElement().setAttribute("role", "main");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("hr-login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("hr-login-tagline");

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        form.setId("login-form");

        expired.setId("session-ended");
        expired.addClassName("hr-login-notice");
        expired.setVisible(false);

        demoBox.setId("demo-status");
        demoBox.addClassName("hr-login-demo");
        demoBox.getStyle()
                .set("margin-top", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("font-size", "var(--lumo-font-size-s)");
        showDemo();

        Div card = new Div(title, tagline, expired, form, demoBox);
        card.addClassName("hr-login-card");
        add(card);
        addAttachListener(e -> {
            if (demo.state() == DemoPractice.State.LOADING) {
                // Look again every two seconds until the demo practice is ready; one listener per
                // attach, removed with it, so that a page shown again does not add another.
                e.getUI().setPollInterval(2000);
                com.vaadin.flow.shared.Registration polling = e.getUI().addPollListener(poll -> {
                    if (demo.state() != DemoPractice.State.LOADING) {
                        poll.getSource().setPollInterval(-1);
                        showDemo();
                    }
                });
                addDetachListener(d -> {
                    polling.remove();
                    d.unregisterListener();
                });
            }
        });
    }

    /** In demo mode: the demo sign-ins, and while the practice loads, that it is loading. */
    void showDemo() {
        demoBox.removeAll();
        DemoPractice.State state = demo.state();
        demoBox.setVisible(state != DemoPractice.State.NONE);
        form.setEnabled(state != DemoPractice.State.LOADING);
        if (state == DemoPractice.State.NONE) {
            return;
        }
        Paragraph status = new Paragraph(
                getTranslation(state == DemoPractice.State.LOADING ? "login.demo.loading" : "login.demo.ready"));
        status.setId("demo-state");
        status.getElement().setAttribute("role", "status");
        demoBox.add(status);
        UnorderedList logins = new UnorderedList();
        demo.logins()
                .forEach(l -> logins.add(
                        new ListItem(getTranslation("login.demo.login", l.username(), l.password(), l.who()))));
        demoBox.add(logins);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showDemo();
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setError(true);
        }
        if (parameters.containsKey("expired")) {
            expired.setText(getTranslation("login.session-ended"));
            expired.setVisible(true);
        }
    }
}
