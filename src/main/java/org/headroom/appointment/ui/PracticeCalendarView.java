package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.headroom.appointment.PracticeCalendarService;
import org.headroom.base.Formats;
import org.headroom.security.TherapistSummary;

/**
 * Every therapist's week for the practice admin: the same grid as the therapist's, read-only, with
 * clients shown by their initials only.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/appointments.css")
@Route("admin/calendar")
@PageTitle("Headroom")
@Menu(title = "menu.practice-calendar", order = 10.5, icon = "vaadin:calendar")
@RolesAllowed("PRACTICE_ADMIN")
final class PracticeCalendarView extends VerticalLayout implements BeforeEnterObserver {

    private final PracticeCalendarService calendar;
    final Select<TherapistSummary> therapist = new Select<>();
    final H2 title = new H2();
    private final Div body = new Div();
    private LocalDate monday;
    private final Clock clock;

    PracticeCalendarView(PracticeCalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        addClassName("hr-page");
        setId("practice-calendar-page");
        setMaxWidth("80rem");
        monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        therapist.setLabel(getTranslation("practice-calendar.therapist"));
        therapist.setId("practice-calendar-therapist");
        therapist.setItemLabelGenerator(TherapistSummary::displayName);
        List<TherapistSummary> all = calendar.therapists();
        therapist.setItems(all);
        if (!all.isEmpty()) {
            therapist.setValue(all.getFirst());
        }
        therapist.addValueChangeListener(e -> show());
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> {
            monday = monday.minusWeeks(1);
            show();
        });
        previous.setAriaLabel(getTranslation("book.week.previous"));
        previous.setId("practice-week-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> {
            monday = monday.plusWeeks(1);
            show();
        });
        next.setAriaLabel(getTranslation("book.week.next"));
        next.setId("practice-week-next");
        title.addClassName("hr-week-title");
        Div bar = new Div(therapist, previous, title, next);
        bar.addClassName("hr-calendar-bar");
        body.setWidthFull();
        add(
                new H1(getTranslation("practice-calendar.heading")),
                new Paragraph(getTranslation("practice-calendar.privacy")),
                bar,
                body);
        if (!all.isEmpty()) {
            therapist.setValue(all.getFirst());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        title.setText(getTranslation("book.week.title", Formats.date(monday), Formats.date(monday.plusDays(6))));
        body.removeAll();
        TherapistSummary t = therapist.getValue();
        if (t == null) {
            return;
        }
        body.add(new TimeGrid(
                LocalDate.now(clock),
                TimeGrid.week(monday),
                calendar.days(t.id(), monday, 7),
                calendar.week(t.id()),
                calendar.daysOff(t.id(), monday),
                null,
                null));
    }
}
