package org.headroom.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.appointment.AppointmentStatus;
import org.headroom.appointment.BookableTime;
import org.headroom.appointment.BookingRequest;
import org.headroom.appointment.BookingService;
import org.headroom.appointment.WorkingHoursService;
import org.headroom.appointment.WorkingStretch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The public booking page and an appointment's link page, with nobody signed in: a type, a time,
 * details; the honeypot saves nothing; a time taken meanwhile brings back fresh times with a clear
 * message; the link cancels (saying first whether it counts as late).
 */
class BookingViewTest extends ViewTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    WorkingHoursService hours;

    @Autowired
    BookingService booking;

    @Autowired
    JdbcTemplate jdbc;

    private long anna;
    private long followUp;

    @BeforeEach
    void annaWorksAllDay() {
        List<WorkingStretch> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(new WorkingStretch(d, LocalTime.of(0, 0), LocalTime.of(23, 55)));
        }
        fixtures.runAs(Fixtures.ANNA, () -> hours.setWeek(week));
        fixtures.runAs(
                Fixtures.BEN,
                () -> hours.setWeek(
                        List.of(new WorkingStretch(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)))));
        anna = jdbc.queryForObject("select id from app_user where username = ?", Long.class, Fixtures.ANNA);
        followUp = jdbc.queryForObject("select id from appointment_type where name = 'Follow-up'", Long.class);
    }

    private void fill(String last, String website) {
        test(find(TextField.class).id("booking-first-name")).setValue("Cara");
        test(find(TextField.class).id("booking-last-name")).setValue(last);
        test(find(DatePicker.class).id("booking-dob")).setValue(LocalDate.of(1990, 4, 5));
        test(find(EmailField.class).id("booking-email")).setValue(last.toLowerCase() + "@example.org");
        test(find(TextField.class).id("booking-phone")).setValue("07700 900789");
        test(find(Checkbox.class).id("booking-agree")).click();
        if (website != null) {
            find(TextField.class).id("booking-website").setValue(website);
        }
    }

    private Button firstTime() {
        return find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("time-"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithAnonymousUser
    void a_robot_filling_the_honeypot_saves_nothing_and_a_taken_time_brings_fresh_times() {
        UI.getCurrent().navigate("book/" + anna);
        test(find(Button.class).id("type-" + followUp)).click();
        Button first = firstTime();
        String firstId = first.getId().orElseThrow();
        test(first).click();
        long before = jdbc.queryForObject("select count(*) from client", Long.class);
        fill(Fixtures.unique("Robot"), "http://spam.example");
        test(find(Button.class).id("booking-book")).click();
        assertThat(find(Paragraph.class).id("booking-status").getText())
                .isEqualTo("The booking could not be sent. Please call the practice to book.");
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                .isEqualTo(before);

        // Someone else books the same time while this page shows the form.
        UI.getCurrent().navigate("book/" + anna);
        test(find(Button.class).id("type-" + followUp)).click();
        test(find(Button.class).id(firstId)).click();
        BookableTime taken =
                booking.freeTimes(anna, followUp, LocalDate.now(), 7).getFirst();
        booking.bookNew(
                anna,
                followUp,
                taken.start(),
                new BookingRequest(
                        "Quick",
                        Fixtures.unique("Other"),
                        LocalDate.of(1970, 1, 1),
                        "q@example.org",
                        "07700 900111",
                        true,
                        ""),
                "203.0.113.9");
        fill(Fixtures.unique("Slow"), null);
        test(find(Button.class).id("booking-book")).click();
        assertThat(find(Paragraph.class).id("booking-status").getText())
                .isEqualTo("Sorry, that time is no longer free. Here are the free times now.");
        assertThat(find(Button.class).all().stream().map(b -> b.getId().orElse("")))
                .as("the fresh times leave it out")
                .doesNotContain(firstId)
                .anyMatch(id -> id.startsWith("time-"));
    }

    @Test
    @WithAnonymousUser
    void someone_books_and_cancels_through_the_link() {
        UI.getCurrent().navigate("book");
        assertThat(find(Button.class).id("therapist-any").isVisible())
                .as("the practice's page lets them choose anyone")
                .isTrue();
        test(find(Button.class).id("therapist-" + anna)).click();
        test(find(Button.class).id("type-" + followUp)).click();
        test(firstTime()).click();
        String last = Fixtures.unique("Cancel");
        fill(last, null);
        test(find(Button.class).id("booking-book")).click();
        String link = find(Anchor.class).id("booking-manage").getHref();
        assertThat(jdbc.queryForObject("select booked_online from client where last_name = ?", Boolean.class, last))
                .isTrue();

        UI.getCurrent().navigate(link);
        assertThat(find(Paragraph.class).id("manage-state").getText()).isEqualTo("Booked");
        test(find(Button.class).id("manage-cancel")).click();
        String warning = find(Paragraph.class).id("manage-cancel-warning").getText();
        boolean late = warning.contains("late cancellation");
        test(find(Button.class).id("manage-cancel-yes")).click();
        assertThat(find(Paragraph.class).id("manage-state").getText()).isEqualTo(late ? "Cancelled late" : "Cancelled");
        String status = jdbc.queryForObject(
                "select a.status from appointment a join client c on c.id = a.client_id where c.last_name = ?",
                String.class,
                last);
        assertThat(status).isEqualTo((late ? AppointmentStatus.LATE_CANCELLATION : AppointmentStatus.CANCELLED).name());
        assertThat(find(Button.class).all().stream().map(b -> b.getId().orElse("")))
                .as("nothing more to do")
                .doesNotContain("manage-cancel", "manage-move");
    }

    @Test
    @WithAnonymousUser
    void an_unknown_link_and_an_unknown_therapist_show_nothing() {
        UI.getCurrent().navigate("appointment/" + "A".repeat(43));
        assertThat(((ManageAppointmentView) getCurrentView()).getElement().getTextRecursively())
                .contains("This link does not lead to an appointment");
        UI.getCurrent().navigate("book/999999");
        assertThat(((BookingView) getCurrentView()).getElement().getTextRecursively())
                .contains("Online booking is not open");
    }
}
