package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.appointment.WorkingHoursService;
import org.headroom.appointment.WorkingStretch;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone new books online on a phone-sized screen (390 CSS px): the type, the first free time,
 * their details; the confirmation's calendar file (from the message kept with what became of it,
 * and on the production jar from the SMTP server it went to) imports with the booked time; the link
 * in it opens the appointment; the therapist finds it on the day grid of the calendar, writes the
 * session note from it, and sees the client as "new, booked online".
 */
class OnlineBookingJourneyTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;

    @Autowired
    WorkingHoursService hours;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.headroom.intake.ConsentService consents;

    @Override
    String windowSize() {
        return "1280,900";
    }

    @Test
    void someone_new_books_on_a_phone_and_the_therapist_writes_the_note_from_it() throws Exception {
        // Anna works every day, all day, so that the first free time is soon (no minimum notice in tests).
        List<WorkingStretch> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(new WorkingStretch(d, LocalTime.of(0, 0), LocalTime.of(23, 55)));
        }
        fixtures.runAs(Fixtures.ANNA, () -> hours.setWeek(week));
        fixtures.runAs(Fixtures.ANNA, () -> {
            hours.setOnlineBooking(true);
            return null;
        });
        long anna = jdbc.queryForObject("select id from app_user where username = ?", Long.class, Fixtures.ANNA);
        long followUp = jdbc.queryForObject("select id from appointment_type where name = 'Follow-up'", Long.class);
        String last = Fixtures.unique("Booker");
        String email = last.toLowerCase() + "@example.org";

        phone(390);
        driver.get(url("/book/" + anna));
        click("type-" + followUp);
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#booking-times .hr-booking-slots vaadin-button")));
        String chosenId = first.getAttribute("id"); // time-2026-12-01-1015-7
        String[] parts = chosenId.split("-");
        LocalDate day =
                LocalDate.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        LocalTime time =
                LocalTime.of(Integer.parseInt(parts[4].substring(0, 2)), Integer.parseInt(parts[4].substring(2)));
        assertThat(scrollWidth()).as("the free times fit a phone").isLessThanOrEqualTo(innerWidth());
        click(chosenId);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-summary")));
        type("booking-first-name", "Bea");
        type("booking-last-name", last);
        typeDate("booking-dob", "03/02/1979");
        type("booking-email", email);
        type("booking-phone", "07700 900456");
        click("booking-agree");
        assertThat(scrollWidth()).as("the details form fits a phone").isLessThanOrEqualTo(innerWidth());
        click("booking-book");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-done")));
        assertThat(textOf("booking-page")).contains(org.headroom.base.Formats.date(day), time.toString(), "Follow-up");

        // The confirmation: subject, no health data, and a calendar file with the booked time.
        Map<String, Object> mail = jdbc.queryForMap(
                "select subject, body, attachment, status from outgoing_mail where recipient = ? and subject like 'Your appointment%'",
                email);
        assertThat(mail.get("subject"))
                .isEqualTo("Your appointment on " + org.headroom.base.Formats.date(day) + " at " + time);
        String ics = new String((byte[]) mail.get("attachment"), java.nio.charset.StandardCharsets.UTF_8);
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(day, time).atZone(LONDON).toInstant());
        assertThat(mail.get("body").toString()).doesNotContainIgnoringCase("headache");
        if (ProductionServer.wanted()) {
            assertThat(mail.get("status")).isEqualTo("SENT");
            assertThat(java.util.Arrays.stream(JourneySmtp.received()).anyMatch(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals(email);
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    }))
                    .as("delivered to the SMTP server")
                    .isTrue();
        }

        // The link in the confirmation opens the appointment, and says nothing of anyone else.
        String manage = driver.findElement(By.id("booking-manage")).getAttribute("href");
        driver.get(manage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage-what")));
        assertThat(textOf("manage-what")).contains(time.toString(), "Follow-up");
        assertThat(textOf("manage-state")).isEqualTo("Booked");

        // The therapist, on a desktop: the day's grid shows it; the note starts from it.
        desktop();
        driver.manage().deleteAllCookies();
        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        axe("today's page");
        long appointmentId = jdbc.queryForObject(
                "select a.id from appointment a join client c on c.id = a.client_id where c.last_name = ?",
                Long.class,
                last);
        long clientId = jdbc.queryForObject("select id from client where last_name = ?", Long.class, last);
        driver.get(url("/calendar?view=day&date=" + day));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grid-appointment-" + appointmentId)));
        axe("the calendar's day grid");
        driver.get(url("/calendar?view=week&date=" + day));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("time-grid")));
        axe("the calendar's week grid");
        click("hours-open");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hours-dialog")));
        axe("the working-hours dialog");
        driver.get(url("/calendar?view=day&date=" + day));
        click("grid-appointment-" + appointmentId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointment-dialog")));
        axe("an appointment's dialog");
        assertThat(textOf("appointment-dialog")).contains("Bea " + last);
        if (!day.isAfter(LocalDate.now(LONDON))) {
            // At the visit the client consents to treatment in person; then the note can be written.
            fixtures.runAs(Fixtures.ANNA, () -> {
                var text = consents.currentTexts().stream()
                        .filter(t -> t.type() == org.headroom.intake.ConsentType.TREATMENT)
                        .findFirst()
                        .orElseThrow();
                return consents.record(
                        clientId, null, org.headroom.intake.IntakeFixtures.typed(text, true, "Bea " + last));
            });
            click("appointment-note-" + appointmentId);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-page")));
            assertThat(driver.getCurrentUrl()).contains("/clients/" + clientId + "/notes/");
            assertThat(jdbc.queryForObject(
                            "select session_date from session_note where client_id = ?", LocalDate.class, clientId))
                    .isEqualTo(day);
        }
        driver.get(url("/clients/" + clientId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booked-online-badge")));
        axe("the client's page");
        assertThat(textOf("booked-online-badge")).isEqualTo("New, booked online");
    }
}
