package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import org.headroom.base.Formats;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentRecord;
import org.headroom.intake.ConsentService;

/** The client's consents, newest first, with recording and withdrawal. */
final class ConsentPanel extends VerticalLayout {

    private final ConsentService consents;
    private final ClientDetails client;
    private final Long intakeId;
    private final Clock clock;
    private final Runnable onChange;

    ConsentPanel(ConsentService consents, ClientDetails client, Long intakeId, Clock clock, Runnable onChange) {
        this.consents = consents;
        this.client = client;
        this.intakeId = intakeId;
        this.clock = clock;
        this.onChange = onChange;
        setPadding(false);
        setId("consent-panel");
        refresh();
    }

    void refresh() {
        removeAll();
        H3 title = new H3(getTranslation("consent.title"));
        title.addClassName("hr-form-section");
        Button record = new Button(getTranslation("consent.record"), VaadinIcon.PENCIL.create());
        record.setId("record-consents");
        record.addClickListener(
                e -> new ConsentDialog(consents, client.id(), intakeId, client.fullName(), client.isMinor(), () -> {
                            refresh();
                            onChange.run();
                        })
                        .open());
        add(title, record);
        var list = consents.consents(client.id());
        if (list.isEmpty()) {
            add(new Span(getTranslation("consent.none")));
        }
        list.forEach(c -> add(line(c)));
    }

    private Div line(ConsentRecord c) {
        Div line = new Div();
        line.addClassName("hr-consent-line");
        String when = Formats.dateTime(c.givenAt(), clock.getZone());
        Span text = new Span(
                (c.stands() ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create(),
                new Span(getTranslation("consent." + c.type().name()) + " — "
                        + getTranslation(c.granted() ? "consent.given" : "consent.declined", when, c.signerName())
                        + (c.takenBy() == null ? " (" + getTranslation("consent.via-link") + ")" : "")
                        + (c.withdrawnAt() != null
                                ? " — "
                                        + getTranslation(
                                                "consent.withdrawn", Formats.dateTime(c.withdrawnAt(), clock.getZone()))
                                : "")));
        line.add(text);
        if (c.stands()) {
            Button withdraw = new Button(getTranslation("consent.withdraw"));
            withdraw.setId("withdraw-" + c.type().name());
            withdraw.addClickListener(e -> confirmWithdraw(c));
            line.add(withdraw);
        }
        return line;
    }

    private void confirmWithdraw(ConsentRecord c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("withdraw-dialog");
        dialog.setHeader(getTranslation(
                "consent.withdraw.title",
                getTranslation("consent." + c.type().name()).toLowerCase()));
        TextField note = new TextField(getTranslation("consent.withdraw.note"));
        note.setId("withdraw-note");
        note.setWidthFull();
        dialog.add(note);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("consent.withdraw"));
        dialog.addConfirmListener(e -> {
            consents.withdraw(c.id(), note.getValue());
            Notifications.saved(getTranslation("consent.withdraw.done"));
            refresh();
            onChange.run();
        });
        dialog.open();
    }
}
