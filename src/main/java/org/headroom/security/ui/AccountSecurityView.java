package org.headroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.headroom.base.ui.Notifications;
import org.headroom.security.SignInStage;
import org.headroom.security.TwoFactorException;
import org.headroom.security.TwoFactorService;

/**
 * The signed-in user's own sign-in security: set up two-factor sign-in with an authenticator app
 * (scan the QR code or type the key, confirm with a first code, keep the recovery codes), or switch
 * it off. When the practice requires two-factor sign-in, a new account lands here first.
 */
@Route("account/security")
@PageTitle("Headroom")
@Menu(title = "menu.security", order = 20, icon = "vaadin:key")
@RolesAllowed({"THERAPIST", "PRACTICE_ADMIN", SignInStage.TWO_FACTOR_SETUP})
final class AccountSecurityView extends VerticalLayout implements BeforeEnterObserver {

    private final TwoFactorService twoFactor;
    private final Div body = new Div();
    final TextField code = new TextField();

    AccountSecurityView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        addClassName("hr-page");
        setMaxWidth("48rem");
        code.setId("security-code");
        code.setLabel(getTranslation("twofactor.code"));
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        add(new H1(getTranslation("twofactor.title")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        body.removeAll();
        code.clear();
        code.setInvalid(false);
        TwoFactorService.Status status = twoFactor.status();
        if (status.enabled()) {
            Paragraph on = new Paragraph(getTranslation("twofactor.on", status.recoveryCodesLeft()));
            on.setId("security-status");
            Button off = new Button(getTranslation("twofactor.turn-off"), e -> turnOff());
            off.setId("security-turn-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            body.add(on, new Paragraph(getTranslation("twofactor.turn-off.help")), code, off);
        } else {
            Paragraph offText = new Paragraph(getTranslation("twofactor.off"));
            offText.setId("security-status");
            Button start = new Button(getTranslation("twofactor.set-up"), e -> start());
            start.setId("security-set-up");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(offText, start);
        }
    }

    private void start() {
        TwoFactorService.Enrolment enrolment = twoFactor.start();
        body.removeAll();
        byte[] png = enrolment.qrPng();
        Image qr = new Image(
                DownloadHandler.fromInputStream(e ->
                        new DownloadResponse(new ByteArrayInputStream(png), "two-factor.png", "image/png", png.length)),
                getTranslation("twofactor.qr"));
        qr.setId("security-qr");
        qr.setWidth("240px");
        Span key = new Span(enrolment.secret().replaceAll("(.{4})", "$1 ").trim());
        key.setId("security-key");
        key.addClassName("hr-code");
        Button confirm = new Button(getTranslation("twofactor.confirm"), e -> confirm());
        confirm.setId("security-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(
                new Paragraph(getTranslation("twofactor.scan")),
                qr,
                new Paragraph(getTranslation("twofactor.or-type")),
                key,
                code,
                confirm);
    }

    private void confirm() {
        try {
            List<String> codes = twoFactor.confirm(code.getValue());
            body.removeAll();
            UnorderedList list = new UnorderedList();
            list.setId("security-recovery-codes");
            list.addClassName("hr-code");
            codes.forEach(c -> list.add(new ListItem(c)));
            Button done = new Button(getTranslation("twofactor.done"), e -> getUI().ifPresent(ui -> ui.navigate("")));
            done.setId("security-done");
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(
                    new H3(getTranslation("twofactor.recovery.title")),
                    new Paragraph(getTranslation("twofactor.recovery.help")),
                    list,
                    done);
        } catch (TwoFactorException ex) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation(ex.getMessage()));
        }
    }

    private void turnOff() {
        try {
            twoFactor.disable(code.getValue());
            Notifications.saved(getTranslation("twofactor.turned-off"));
            show();
        } catch (TwoFactorException ex) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation(ex.getMessage()));
        }
    }
}
