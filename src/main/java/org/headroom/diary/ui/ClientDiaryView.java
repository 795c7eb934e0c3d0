package org.headroom.diary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.headroom.base.Formats;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryDay;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryHome;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.EntryKind;
import org.headroom.diary.Instrument;
import org.headroom.diary.SavedDay;

/**
 * The client's diary on their phone: today first ("No headache today" is one tap), then the last
 * days with their state (recorded or not yet), an attack still going, questionnaires due, and the
 * way to medicines, reminders and the theme.
 */
@Route(value = "diary", autoLayout = false)
@AnonymousAllowed
final class ClientDiaryView extends ClientDiaryPage {

    DiaryHome home;

    ClientDiaryView(ClientDiaryService service) {
        super(service);
        setId("client-diary");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        safely(this::render);
    }

    void render() {
        home = service.home(device);
        removeAll();
        H1 hello = new H1(getTranslation("cd.hello", home.greetingName()));
        add(hello, new Paragraph(Formats.date(home.today())), statusLine());
        if (!home.mayKeepHealthData()) {
            Paragraph consent = new Paragraph(getTranslation("cd.no-consent"));
            consent.addClassName("hr-diary-notice");
            consent.setId("diary-no-consent");
            add(consent);
        }
        home.stillGoing().ifPresent(this::stillGoing);
        DiaryDay today = home.days().getFirst();
        add(todayCard(today));
        if (!home.due().isEmpty()) {
            Div due = new Div(new H2(getTranslation("cd.due.title")));
            due.addClassName("hr-diary-card");
            for (Instrument instrument : home.due()) {
                Button answer = new Button(getTranslation("cd.due." + instrument.name()));
                answer.setId("answer-" + instrument.name().toLowerCase(java.util.Locale.ROOT));
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                answer.setWidthFull();
                answer.addClickListener(e -> UI.getCurrent()
                        .navigate("diary/questionnaire/" + instrument.name().toLowerCase(java.util.Locale.ROOT)));
                due.add(answer);
            }
            add(due);
        }
        Div days = new Div(new H2(getTranslation("cd.days.title")));
        days.addClassName("hr-diary-card");
        days.setId("diary-days");
        home.days().stream().skip(1).forEach(d -> days.add(dayRow(d)));
        add(days);
        add(footer());
    }

    private Div todayCard(DiaryDay today) {
        Div card = new Div(new H2(getTranslation("cd.today")));
        card.addClassName("hr-diary-card");
        card.setId("diary-today");
        if (today.recorded()) {
            card.add(state(today));
            if (!today.continued() && home.stillGoing().isEmpty()) {
                Button another = new Button(getTranslation("cd.add-headache"));
                another.setId("today-headache");
                another.setWidthFull();
                another.addClickListener(e -> UI.getCurrent().navigate("diary/day/" + today.date()));
                card.add(another);
            }
            return card;
        }
        Button free = new Button(getTranslation("cd.no-headache-today"));
        free.setId("today-free");
        free.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        free.setWidthFull();
        Actions.onClick(free, () -> headacheFree(today.date()));
        Button headache = new Button(getTranslation("cd.headache-today"));
        headache.setId("today-headache");
        headache.addThemeVariants(ButtonVariant.LUMO_LARGE);
        headache.setWidthFull();
        headache.addClickListener(e -> UI.getCurrent().navigate("diary/day/" + today.date()));
        card.add(free, headache);
        return card;
    }

    private Div dayRow(DiaryDay day) {
        Div row = new Div();
        row.addClassName("hr-diary-day");
        row.setId("day-" + day.date());
        Span label = new Span(Formats.date(day.date()));
        label.addClassName("hr-diary-day-date");
        row.add(label, state(day));
        if (!day.recorded()) {
            Button free = new Button(getTranslation("cd.no-headache"));
            free.setId("free-" + day.date());
            Actions.onClick(free, () -> headacheFree(day.date()));
            Button headache = new Button(getTranslation("cd.headache"));
            headache.setId("headache-" + day.date());
            headache.addClickListener(e -> UI.getCurrent().navigate("diary/day/" + day.date()));
            Div buttons = new Div(free, headache);
            buttons.addClassName("hr-diary-day-buttons");
            row.add(buttons);
        }
        return row;
    }

    private Span state(DiaryDay day) {
        Span state;
        if (!day.recorded()) {
            state = new Span(getTranslation("cd.state.not-yet"));
            state.addClassName("hr-diary-missing");
        } else if (day.headacheFree()) {
            state = new Span(getTranslation("cd.state.free"));
        } else {
            String text = day.entries().stream()
                    .filter(DiaryEntryData::isAttack)
                    .map(e -> getTranslation("cd.state.headache", e.intensity()))
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(getTranslation("cd.state.continued"));
            state = new Span(text);
        }
        state.addClassName("hr-diary-state");
        return state;
    }

    private void stillGoing(DiaryEntryData attack) {
        Div card = new Div(
                new H2(getTranslation("cd.going.title")),
                new Paragraph(getTranslation(
                        "cd.going.since",
                        Formats.date(attack.date()),
                        attack.startTime() == null ? "" : attack.startTime().toString())));
        card.addClassNames("hr-diary-card", "hr-diary-going");
        card.setId("diary-going");
        Button ended = new Button(getTranslation("cd.going.ended"));
        ended.setId("going-ended");
        ended.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ended.setWidthFull();
        ended.addClickListener(
                e -> new EndAttackDialog(service, device, attack, home.medicines(), this::render).open());
        card.add(ended);
        add(card);
    }

    private void headacheFree(LocalDate day) {
        safely(() -> {
            DiaryEntryForm form = DiaryEntryForm.attackOn(day);
            form.setKind(EntryKind.HEADACHE_FREE);
            try {
                SavedDay saved = service.saveDay(
                        device, null, form, Map.of(), UUID.randomUUID().toString());
                tell(getTranslation(saved.alreadySaved() ? "cd.already-saved" : "cd.saved-free", Formats.date(day)));
            } catch (DiaryRefusedException e) {
                tell(getTranslation(e.getMessage()));
            }
            render();
        });
    }

    private Div footer() {
        Button medicines =
                new Button(getTranslation("cd.medicines"), e -> UI.getCurrent().navigate("diary/medicines"));
        medicines.setId("open-medicines");
        Button reminders =
                new Button(getTranslation("cd.settings"), e -> UI.getCurrent().navigate("diary/settings"));
        reminders.setId("open-settings");
        // The appointment book's page for diary clients (its own feature; reached by address).
        Button appointments =
                new Button(getTranslation("cd.book"), e -> UI.getCurrent().navigate("diary/book"));
        appointments.setId("open-booking");
        Button theme = org.headroom.base.ui.Colours.quickSwitch();
        Div footer = new Div(appointments, medicines, reminders, theme);
        footer.addClassName("hr-diary-footer");
        return footer;
    }
}
