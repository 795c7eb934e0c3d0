package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentView;
import org.headroom.base.Formats;
import org.headroom.client.ClientService;

/**
 * The therapist's week: each day's appointments in order, a week back or forward, and booking.
 * One column that reads as a list on a phone.
 */
@Route("calendar")
@PageTitle("Headroom")
@Menu(title = "menu.calendar", order = 0.5, icon = "vaadin:calendar-clock")
@RolesAllowed("THERAPIST")
final class CalendarView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final AppointmentService book;
    private final ClientService clients;
    private final Div week = new Div();
    private final Clock clock;
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button();
    final Button add = new Button();
    final H2 title = new H2();
    LocalDate monday;

    private final org.headroom.treatment.SessionNoteService notes;
    private final org.headroom.appointment.CalendarFeedService feeds;

    CalendarView(
            AppointmentService book,
            ClientService clients,
            org.headroom.treatment.SessionNoteService notes,
            org.headroom.appointment.CalendarFeedService feeds,
            Clock clock) {
        this.feeds = feeds;
        this.notes = notes;
        this.clock = clock;
        this.book = book;
        this.clients = clients;
        addClassName("hr-page");
        setId("calendar-page");
        setMaxWidth("72rem");
        LocalDate now = LocalDate.now(clock);
        monday = now.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        previous.setAriaLabel(getTranslation("book.week.previous"));
        previous.setId("week-previous");
        previous.addClickListener(e -> show(monday.minusWeeks(1)));
        next.setAriaLabel(getTranslation("book.week.next"));
        next.setId("week-next");
        next.addClickListener(e -> show(monday.plusWeeks(1)));
        today.setText(getTranslation("book.week.this"));
        today.setId("week-this");
        today.addClickListener(e -> show(now.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        add.setText(getTranslation("book.add"));
        add.setId("book-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new BookDialog(book, clients, null, null, now, () -> show(monday)).open());
        week.setId("calendar-week");
        title.addClassName("hr-week-title");
        week.setWidthFull();
        Button feed = new Button(getTranslation("feed.button"), e -> new FeedDialog(feeds, clock).open());
        feed.setId("feed-open");
        HorizontalLayout bar = new HorizontalLayout(previous, title, next, today, add, feed);
        bar.setAlignItems(Alignment.CENTER);
        bar.setWrap(true);
        add(new H1(getTranslation("book.heading")), bar, week);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        show(monday);
    }

    private void show(LocalDate weekStart) {
        monday = weekStart;
        title.setText(getTranslation("book.week.title", Formats.date(weekStart), Formats.date(weekStart.plusDays(6))));
        week.removeAll();
        List<AppointmentView> all = book.days(weekStart, 7);
        for (int d = 0; d < 7; d++) {
            LocalDate day = weekStart.plusDays(d);
            List<AppointmentView> onDay = all.stream()
                    .filter(a -> a.start().toLocalDate().equals(day))
                    .toList();
            Div box = new Div(new com.vaadin.flow.component.html.H3(
                    day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Formats.LOCALE) + " "
                            + Formats.date(day)));
            box.setId("calendar-day-" + day);
            box.addClassName("hr-calendar-day");
            box.add(new AppointmentList(book, onDay, true, LocalDate.now(clock), new AppointmentList.Actions() {
                @Override
                public void move(AppointmentView appointment) {
                    new BookDialog(book, clients, appointment, appointment.clientId(), day, () -> show(monday)).open();
                }

                @Override
                public void changed() {
                    show(monday);
                }

                @Override
                public java.util.Optional<Runnable> writeNote(AppointmentView appointment) {
                    return NoteFromAppointment.starter(notes, appointment);
                }
            }));
            week.add(box);
        }
    }
}
