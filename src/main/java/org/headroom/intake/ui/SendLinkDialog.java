package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.headroom.base.Formats;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.intake.IntakeLinkService;

/** Shows a new intake link once, to copy or put into an email to the client. */
final class SendLinkDialog extends Dialog {

    final TextField url = new TextField();

    SendLinkDialog(IntakeLinkService.CreatedLink link, ClientDetails client, Clock clock) {
        setId("send-link-dialog");
        setHeaderTitle(getTranslation("intake.link.title", client.fullName()));
        setMaxWidth("40rem");
        url.setId("intake-link-url");
        url.setReadOnly(true);
        url.setWidthFull();
        getElement().executeJs("return document.baseURI").then(String.class, base -> url.setValue(base + link.path()));
        add(
                new Paragraph(getTranslation("intake.link.text", Formats.dateTime(link.expiresAt(), clock.getZone()))),
                url);

        Button copy = new Button(getTranslation("intake.link.copy"), e -> {
            url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url.getValue());
            Notifications.saved(getTranslation("intake.link.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor email = new Anchor("", getTranslation("intake.link.email"));
        url.addValueChangeListener(e -> email.setHref("mailto:" + (client.email() == null ? "" : client.email())
                + "?subject="
                + URLEncoder.encode(getTranslation("public.title"), StandardCharsets.UTF_8)
                        .replace("+", "%20")
                + "&body=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), email, copy);
    }
}
