package org.headroom.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.headroom.base.Formats;
import org.headroom.base.ui.Downloads;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.client.ui.ClientPageSection;
import org.headroom.privacy.ErasureOutcome;
import org.headroom.privacy.ErasureService;
import org.headroom.privacy.SubjectAccessService;

/**
 * The client's data-protection rights on their page: everything held as one download (subject
 * access), and a request to erase, refused with its reason while the records must be kept.
 */
@org.springframework.stereotype.Component
class PrivacySection implements ClientPageSection {

    private final SubjectAccessService subjectAccess;
    private final ErasureService erasure;

    PrivacySection(SubjectAccessService subjectAccess, ErasureService erasure) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(ClientDetails client) {
        Card card = new Card();
        card.setId("privacy-card");
        card.addClassName("hr-intake-card");
        card.setTitle(card.getTranslation("privacy.title"));
        long clientId = client.id();
        Anchor download = Downloads.link(
                new Anchor("", card.getTranslation("privacy.export")),
                () -> subjectAccess.export(clientId),
                "records-" + clientId + ".zip",
                "application/zip");
        download.setId("privacy-export");
        download.addClassName("hr-button-link");
        Button erase = new Button(card.getTranslation("privacy.erase"), e -> confirmErase(card, client));
        erase.setId("privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        card.add(
                new Paragraph(card.getTranslation("privacy.retention", Formats.date(erasure.retainedUntil(clientId)))));
        HorizontalLayout actions = new HorizontalLayout(download, erase);
        actions.setWrap(true);
        card.add(actions);
        return card;
    }

    private void confirmErase(Card card, ClientDetails client) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("erase-dialog");
        dialog.setHeader(card.getTranslation("privacy.erase.title", client.fullName()));
        dialog.setText(card.getTranslation("privacy.erase.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(card.getTranslation("action.cancel"));
        dialog.setConfirmText(card.getTranslation("privacy.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            ErasureOutcome outcome = erasure.request(client.id());
            if (outcome.erased()) {
                Notifications.saved(card.getTranslation("privacy.erased"));
                card.getUI().ifPresent(ui -> ui.navigate("clients"));
            } else {
                Notifications.problem(card.getTranslation("privacy.refused", Formats.date(outcome.retentionUntil())));
            }
        });
        dialog.open();
    }
}
