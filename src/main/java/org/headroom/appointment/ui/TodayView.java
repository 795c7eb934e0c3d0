package org.headroom.appointment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentView;
import org.headroom.base.Formats;
import org.headroom.client.ClientService;
import org.headroom.diary.DiaryAccessService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.Readiness;
import org.headroom.treatment.SessionNoteService;

/**
 * The therapist's day: today's appointments in order, each with what needs doing first (intake not
 * done, a red-flag decision pending, consent missing, the client's diary not started), the note to
 * write from each, and the notes left unsigned from earlier days.
 */
@Route("today")
@PageTitle("Headroom")
@Menu(title = "menu.today", order = 0, icon = "vaadin:sun-o")
@RolesAllowed("THERAPIST")
final class TodayView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final AppointmentService book;
    private final ClientService clients;
    private final IntakeService intakes;
    private final DiaryAccessService diaries;
    private final SessionNoteService notes;
    private final Clock clock;

    TodayView(
            AppointmentService book,
            ClientService clients,
            IntakeService intakes,
            DiaryAccessService diaries,
            SessionNoteService notes,
            Clock clock) {
        this.book = book;
        this.clients = clients;
        this.intakes = intakes;
        this.diaries = diaries;
        this.notes = notes;
        this.clock = clock;
        addClassName("hr-page");
        setId("today-page");
        setMaxWidth("72rem");
    }

    /** Drawn afresh on every visit: the day changes while the page is away. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        add(new H1(getTranslation("today.title", Formats.date(today))));
        List<AppointmentView> day = book.days(today, 1);
        Div appointments = new Div();
        appointments.setId("today-appointments");
        appointments.add(
                new AppointmentList(book, day, true, today, new PageActions(book, clients, notes, this::render) {
                    @Override
                    public java.util.Optional<String> notice(AppointmentView appointment) {
                        if (!appointment.status().holdsTime()) {
                            return java.util.Optional.empty();
                        }
                        List<String> first = firstThings(appointment.clientId());
                        return first.isEmpty()
                                ? java.util.Optional.empty()
                                : java.util.Optional.of(getTranslation("today.first", String.join("; ", first)));
                    }
                }));
        add(new H2(getTranslation("today.appointments")), appointments);

        List<SessionNoteService.UnsignedNote> unsigned = notes.unsignedBefore(today);
        Div open = new Div();
        open.setId("today-unsigned");
        Map<Long, String> names = unsigned.isEmpty()
                ? new HashMap<>()
                : clients.names(unsigned.stream()
                        .map(SessionNoteService.UnsignedNote::clientId)
                        .toList());
        for (SessionNoteService.UnsignedNote n : unsigned) {
            Anchor link = new Anchor(
                    "clients/" + n.clientId() + "/notes/" + n.noteId(),
                    getTranslation(
                            "today.unsigned.item", Formats.date(n.date()), names.getOrDefault(n.clientId(), "")));
            open.add(new Div(link));
        }
        if (unsigned.isEmpty()) {
            Span none = new Span(getTranslation("today.unsigned.none"));
            none.addClassName("hr-muted");
            open.add(none);
        }
        add(new H2(getTranslation("today.unsigned")), open);
    }

    /** What needs doing before this client is treated or followed. */
    private List<String> firstThings(long clientId) {
        List<String> things = new ArrayList<>();
        Readiness readiness = intakes.status(clientId).readiness();
        switch (readiness) {
            case NO_INTAKE -> things.add(getTranslation("today.first.intake"));
            case DECISION_NEEDED -> things.add(getTranslation("today.first.decision"));
            case CONSENT_MISSING -> things.add(getTranslation("today.first.consent"));
            case REFERRED -> things.add(getTranslation("today.first.referred"));
            case DEFERRED -> things.add(getTranslation("today.first.deferred"));
            case READY -> {
                // nothing before treatment
            }
        }
        if (!diaries.started(clientId)) {
            things.add(getTranslation("today.first.diary"));
        }
        return things;
    }
}
