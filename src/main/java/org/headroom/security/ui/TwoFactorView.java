package org.headroom.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.headroom.security.SignInStage;
import org.headroom.security.TwoFactorService;

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
@Route(value = "two-factor", autoLayout = false)
@PageTitle("Headroom")
@RolesAllowed(SignInStage.TWO_FACTOR_PENDING)
final class TwoFactorView extends VerticalLayout {

    final TextField code = new TextField();
    final Button verify = new Button();
    final Span problem = new Span();

    TwoFactorView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("hr-login");
        code.setId("two-factor-code");
        code.setLabel(getTranslation("twofactor.code"));
        code.setHelperText(getTranslation("twofactor.code.help"));
        code.setAutofocus(true);
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        verify.setText(getTranslation("twofactor.verify"));
        verify.setId("two-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> {
            if (twoFactor.verify(code.getValue())) {
                getUI().ifPresent(ui -> ui.navigate(""));
            } else {
                code.clear();
                problem.setText(getTranslation("twofactor.wrong-code"));
                problem.setVisible(true);
            }
        });
        Button signOut = new Button(getTranslation("layout.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("two-factor-sign-out");
        problem.setId("two-factor-problem");
        problem.addClassName("hr-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("twofactor.intro")),
                code,
                problem,
                verify,
                signOut);
    }
}
