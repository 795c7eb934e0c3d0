package org.headroom.diary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import org.headroom.base.Formats;
import org.headroom.client.ClientDetails;
import org.headroom.client.ui.ClientPageSection;
import org.headroom.diary.DiaryAccessService;
import org.headroom.diary.DiaryAccessService.DiaryAccess;
import org.headroom.diary.DiaryDeviceInfo;
import org.headroom.diary.DiaryService;
import org.headroom.diary.ScheduleInfo;

/**
 * The client page's part on the client's own diary: on or off, the latest entry and who wrote it,
 * days recorded in the last 28, reminders, the devices (each revocable), scheduled questionnaires,
 * and the way to start it (a personal link shown as a QR code or e-mailed).
 */
@org.springframework.stereotype.Component
class ClientDiarySection implements ClientPageSection {

    private final DiaryAccessService access;
    private final DiaryService diary;
    private final Clock clock;

    ClientDiarySection(DiaryAccessService access, DiaryService diary, Clock clock) {
        this.access = access;
        this.diary = diary;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Component create(ClientDetails client) {
        Card card = new Card();
        card.setId("client-diary-card");
        card.addClassName("hr-intake-card");
        card.setTitle(card.getTranslation("cds.title"));
        fill(card, client);
        return card;
    }

    private void fill(Card card, ClientDetails client) {
        card.removeAll();
        DiaryAccess a = access.access(client.id());
        Div facts = new Div();
        facts.addClassName("hr-consent-summary");
        facts.setId("client-diary-facts");
        facts.add(new Span(card.getTranslation(a.enabled() ? (a.linkActive() ? "cds.on.link" : "cds.on") : "cds.off")));
        facts.add(new Span(
                a.lastEntry() == null
                        ? card.getTranslation("cds.last.none")
                        : card.getTranslation(
                                a.lastEntryByClient() ? "cds.last.client" : "cds.last.therapist",
                                Formats.date(a.lastEntry()))));
        facts.add(new Span(card.getTranslation("cds.recorded", a.recordedLast28())));
        if (a.enabled()) {
            facts.add(new Span(
                    a.reminderTime() == null
                            ? card.getTranslation("cds.reminders.off")
                            : card.getTranslation(
                                    "cds.reminders.on", a.reminderTime().toString())));
        }
        for (ScheduleInfo s : a.schedules()) {
            facts.add(new Span(card.getTranslation(
                    "cds.schedule",
                    card.getTranslation("cds.instrument." + s.instrument().name()),
                    s.everyDays(),
                    Formats.date(s.nextDue()))));
        }
        card.add(facts);

        if (!a.devices().isEmpty()) {
            Div devices = new Div(new H4(card.getTranslation("cds.devices")));
            devices.setId("client-diary-devices");
            for (DiaryDeviceInfo d : a.devices()) {
                Span label = new Span(card.getTranslation(
                        d.active() ? "cds.device" : "cds.device.revoked",
                        d.label(),
                        Formats.dateTime(d.createdAt(), clock.getZone()),
                        Formats.dateTime(d.active() ? d.lastUsedAt() : d.revokedAt(), clock.getZone())));
                HorizontalLayout row = new HorizontalLayout(label);
                row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
                if (d.active()) {
                    Button revoke = new Button(card.getTranslation("cds.device.revoke"));
                    revoke.setId("revoke-device-" + d.id());
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.addClickListener(e -> {
                        access.revokeDevice(client.id(), d.id());
                        fill(card, client);
                    });
                    row.add(revoke);
                }
                devices.add(row);
            }
            card.add(devices);
        }

        Button start = new Button(card.getTranslation(a.enabled() ? "cds.new-link" : "cds.start"));
        start.setId("client-diary-start");
        start.addThemeVariants(a.enabled() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        boolean consent = diary.mayKeepHealthData(client.id());
        start.setEnabled(consent);
        if (!consent) {
            start.setTooltipText(card.getTranslation("cds.no-consent"));
        }
        start.addClickListener(e -> new DiaryLinkDialog(access, client, () -> fill(card, client)).open());
        HorizontalLayout buttons = new HorizontalLayout(start);
        buttons.setWrap(true);
        if (a.enabled()) {
            Button schedule = new Button(card.getTranslation("cds.schedule.button"));
            schedule.setId("client-diary-schedule");
            schedule.addClickListener(e -> new ScheduleDialog(access, client.id(), a, () -> fill(card, client)).open());
            buttons.add(schedule);
            if (a.linkActive()) {
                Button revoke = new Button(card.getTranslation("cds.revoke-link"));
                revoke.setId("client-diary-revoke-link");
                revoke.addClickListener(e -> {
                    access.revokeLink(client.id());
                    fill(card, client);
                });
                buttons.add(revoke);
            }
            Button off = new Button(card.getTranslation("cds.turn-off"));
            off.setId("client-diary-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            off.addClickListener(e -> {
                access.turnOff(client.id());
                fill(card, client);
            });
            buttons.add(off);
        }
        card.add(buttons);
    }
}
