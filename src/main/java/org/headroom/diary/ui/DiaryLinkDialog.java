package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.headroom.base.QrCodes;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryAccessService;
import org.headroom.mail.MailStatus;

/**
 * A new personal diary link for the client: shown once as a QR code to scan in the room and as an
 * address, and e-mailed on request. Any earlier link stops working.
 */
final class DiaryLinkDialog extends Dialog {

    DiaryLinkDialog(DiaryAccessService access, ClientDetails client, Runnable changed) {
        setHeaderTitle(getTranslation("cds.link.title", client.greetingName()));
        DiaryAccessService.DiaryLink link = access.start(client.id());
        String address = access.addressOf(link);
        byte[] png = QrCodes.png(address);
        Image qr = new Image(
                DownloadHandler.fromInputStream(e ->
                        new DownloadResponse(new ByteArrayInputStream(png), "diary-link.png", "image/png", png.length)),
                getTranslation("cds.link.qr"));
        qr.setId("diary-link-qr");
        qr.setWidth("240px");
        Span shown = new Span(address);
        shown.setId("diary-link-address");
        shown.addClassName("hr-code");
        shown.getStyle().set("word-break", "break-all");
        Button email = new Button(getTranslation("cds.link.email"));
        email.setId("diary-link-email");
        email.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        email.setEnabled(client.email() != null && !client.email().isBlank());
        Actions.onClick(email, () -> {
            MailStatus status = access.email(client.id(), link);
            Notifications.saved(getTranslation("cds.link.emailed." + status.name()));
            close();
        });
        add(new Paragraph(getTranslation("cds.link.intro")), qr, new Paragraph(shown));
        Button done = new Button(getTranslation("cds.link.done"), e -> close());
        done.setId("diary-link-done");
        getFooter().add(done, email);
        addDialogCloseActionListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                changed.run();
            }
        });
    }
}
