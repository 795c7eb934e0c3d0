package org.headroom.appointment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentView;
import org.headroom.appointment.CalendarFeedService;
import org.headroom.appointment.WorkingHoursService;
import org.headroom.base.Formats;
import org.headroom.base.ui.WindowWidth;
import org.headroom.client.ClientService;
import org.headroom.treatment.SessionNoteService;

/**
 * The therapist's calendar: a day or a week as a time grid (working hours shaded, days off marked,
 * a free half-hour opens booking at that time, an appointment opens what can be done with it), or
 * a list of the week that reads well on a phone (the default on a narrow screen). The view and the
 * day are in the address ({@code ?view=day&date=2026-12-01}), so a page opened directly shows the
 * same. Also the working hours, the private feed, and the public booking page's address.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/appointments.css")
@Route("calendar")
@PageTitle("Headroom")
@Menu(title = "menu.calendar", order = 0.5, icon = "vaadin:calendar-clock")
@RolesAllowed("THERAPIST")
final class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    enum Mode {
        DAY,
        WEEK,
        LIST
    }

    private final AppointmentService book;
    private final ClientService clients;
    private final SessionNoteService notes;
    private final WorkingHoursService hours;
    private final Div body = new Div();
    private final Clock clock;
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button();
    final Button add = new Button();
    final Button dayMode = new Button();
    final Button weekMode = new Button();
    final Button listMode = new Button();
    final H2 title = new H2();
    LocalDate date;
    Mode mode = Mode.WEEK;

    CalendarView(
            AppointmentService book,
            ClientService clients,
            SessionNoteService notes,
            CalendarFeedService feeds,
            WorkingHoursService hours,
            org.headroom.security.CurrentUser currentUser,
            Clock clock) {
        this.notes = notes;
        this.hours = hours;
        this.clock = clock;
        this.book = book;
        this.clients = clients;
        addClassName("hr-page");
        setId("calendar-page");
        setMaxWidth("80rem");
        date = LocalDate.now(clock);
        previous.setAriaLabel(getTranslation("book.week.previous"));
        previous.setId("week-previous");
        previous.addClickListener(e -> go(mode, mode == Mode.DAY ? date.minusDays(1) : date.minusWeeks(1)));
        next.setAriaLabel(getTranslation("book.week.next"));
        next.setId("week-next");
        next.addClickListener(e -> go(mode, mode == Mode.DAY ? date.plusDays(1) : date.plusWeeks(1)));
        today.setText(getTranslation("book.week.this"));
        today.setId("week-this");
        today.addClickListener(e -> go(mode, LocalDate.now(clock)));
        add.setText(getTranslation("book.add"));
        add.setId("book-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> bookAt(mode == Mode.DAY ? date : LocalDate.now(clock), null));
        modeButton(dayMode, "calendar-mode-day", "book.view.day", Mode.DAY);
        modeButton(weekMode, "calendar-mode-week", "book.view.week", Mode.WEEK);
        modeButton(listMode, "calendar-mode-list", "book.view.list", Mode.LIST);
        body.setId("calendar-week");
        body.setWidthFull();
        title.addClassName("hr-week-title");
        Button feed = new Button(getTranslation("feed.button"), e -> new FeedDialog(feeds, clock).open());
        feed.setId("feed-open");
        Button workingHours =
                new Button(getTranslation("hours.button"), e -> new HoursDialog(hours, this::show).open());
        workingHours.setId("hours-open");
        Anchor bookingPage =
                new Anchor("book/" + currentUser.requireTherapistId(), getTranslation("book.booking-page"));
        bookingPage.setId("booking-page-link");
        bookingPage.setTarget("_blank");
        Div bar = new Div(previous, title, next, today, dayMode, weekMode, listMode);
        bar.addClassName("hr-calendar-bar");
        Div tools = new Div(add, workingHours, feed, bookingPage);
        tools.addClassName("hr-calendar-bar");
        add(new H1(getTranslation("book.heading")), tools, bar, body);
    }

    private void modeButton(Button button, String id, String label, Mode target) {
        button.setText(getTranslation(label));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> go(target, date));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        Optional<String> view =
                Optional.ofNullable(query.get("view")).flatMap(l -> l.stream().findFirst());
        Optional<String> day =
                Optional.ofNullable(query.get("date")).flatMap(l -> l.stream().findFirst());
        try {
            date = day.map(LocalDate::parse).orElse(LocalDate.now(clock));
        } catch (java.time.format.DateTimeParseException e) {
            date = LocalDate.now(clock);
        }
        if (view.isPresent()) {
            try {
                mode = Mode.valueOf(view.get().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                mode = Mode.WEEK;
            }
            show();
        } else {
            // A phone gets the list unless the address asks for another view.
            boolean phone = WindowWidth.of(UI.getCurrent()).orElse(Integer.MAX_VALUE) < 700;
            mode = phone ? Mode.LIST : Mode.WEEK;
            show();
        }
    }

    private void go(Mode to, LocalDate day) {
        mode = to;
        date = day;
        show();
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null,
                        new com.vaadin.flow.router.Location(
                                "calendar",
                                QueryParameters.simple(Map.of(
                                        "view",
                                        to.name().toLowerCase(java.util.Locale.ROOT),
                                        "date",
                                        day.toString()))));
    }

    void show() {
        for (Button b : List.of(dayMode, weekMode, listMode)) {
            b.getElement().setAttribute("aria-pressed", "false");
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Button current = mode == Mode.DAY ? dayMode : mode == Mode.WEEK ? weekMode : listMode;
        current.getElement().setAttribute("aria-pressed", "true");
        current.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.removeAll();
        if (mode == Mode.DAY) {
            previous.setAriaLabel(getTranslation("book.day.previous"));
            next.setAriaLabel(getTranslation("book.day.next"));
            today.setText(getTranslation("book.day.this"));
            title.setText(
                    date.getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.LOCALE) + " " + Formats.date(date));
            List<AppointmentView> onDay = book.days(date, 1);
            body.add(new TimeGrid(
                    LocalDate.now(clock),
                    List.of(date),
                    onDay,
                    hours.week(),
                    hours.daysOff(),
                    this::open,
                    this::bookAt));
            return;
        }
        previous.setAriaLabel(getTranslation("book.week.previous"));
        next.setAriaLabel(getTranslation("book.week.next"));
        today.setText(getTranslation("book.week.this"));
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        title.setText(getTranslation("book.week.title", Formats.date(monday), Formats.date(monday.plusDays(6))));
        List<AppointmentView> all = book.days(monday, 7);
        if (mode == Mode.WEEK) {
            body.add(new TimeGrid(
                    LocalDate.now(clock),
                    TimeGrid.week(monday),
                    all,
                    hours.week(),
                    hours.daysOff(),
                    this::open,
                    this::bookAt));
            return;
        }
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            List<AppointmentView> onDay = all.stream()
                    .filter(a -> a.start().toLocalDate().equals(day))
                    .toList();
            Div box = new Div(new H3(
                    day.getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.LOCALE) + " " + Formats.date(day)));
            box.setId("calendar-day-" + day);
            box.addClassName("hr-calendar-day");
            box.add(list(onDay, null));
            body.add(box);
        }
    }

    private AppointmentList list(List<AppointmentView> appointments, Dialog inDialog) {
        return new AppointmentList(
                book,
                appointments,
                true,
                LocalDate.now(clock),
                new PageActions(book, clients, notes, this::show, inDialog == null ? () -> {} : inDialog::close));
    }

    /** An appointment's actions, from the grid. */
    private void open(AppointmentView a) {
        Dialog dialog = new Dialog();
        dialog.setId("appointment-dialog");
        dialog.setHeaderTitle(a.clientName() == null ? getTranslation("book.client.title") : a.clientName());
        dialog.add(list(List.of(a), dialog));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void bookAt(LocalDate day, LocalTime time) {
        new BookDialog(book, clients, null, null, day, time, this::show).open();
    }
}
