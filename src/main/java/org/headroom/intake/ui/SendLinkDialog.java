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
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.intake.IntakeLinkService;
import org.headroom.mail.MailStatus;

/** Shows a new intake link once, to send to the client by e-mail, copy, or put into an e-mail of one's own. */
final class SendLinkDialog extends Dialog {

    final TextField url = new TextField();

    final Button send = new Button();

    SendLinkDialog(IntakeLinkService links, IntakeLinkService.CreatedLink link, ClientDetails client, Clock clock) {
        setId("send-link-dialog");
        setHeaderTitle(getTranslation("intake.link.title", client.fullName()));
        setMaxWidth("40rem");
        url.setId("intake-link-url");
        url.setLabel(getTranslation("intake.link.label"));
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
        boolean hasAddress = client.email() != null && !client.email().isBlank();
        send.setText(getTranslation(hasAddress ? "intake.link.send" : "intake.link.no-email"));
        send.setId("intake-link-send");
        send.setEnabled(hasAddress);
        Actions.onClick(send, () -> {
            MailStatus status = links.email(client.id(), link);
            switch (status) {
                case SENT -> Notifications.saved(getTranslation("intake.link.sent", client.email()));
                case HELD -> Notifications.info(getTranslation("intake.link.held"));
                case FAILED -> Notifications.problem(getTranslation("intake.link.failed"));
            }
            if (status != MailStatus.FAILED) {
                send.setVisible(false);
            }
        });
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), email, copy, send);
    }
}
