package org.headroom.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The private calendar feed: a calendar program reads the therapist's appointments with times,
 * type and initials only; another therapist's appointments are not in it; a new address or
 * stopping the feed ends the old address.
 */
@IntegrationTest
class CalendarFeedTest {

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    AppointmentService book;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticeCalendarService practiceCalendar;

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String address) throws Exception {
        return LocalHttp.get(port, address.substring(address.indexOf("/calendar-feed/")));
    }

    @Test
    void the_feed_shows_times_and_initials_only_and_a_new_address_ends_the_old_one() throws Exception {
        ClientDetails mine = fixtures.clientOf(ANNA, "Kira", "Lowe" + Fixtures.unique(""));
        ClientDetails bens = fixtures.clientOf(BEN, "Other", Fixtures.unique("Client"));
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
        AppointmentView booked = fixtures.runAs(
                ANNA, () -> book.book(mine.id(), book.types().getFirst().id(), day, LocalTime.of(9, 30)));
        fixtures.runAs(BEN, () -> book.book(bens.id(), book.types().getFirst().id(), day, LocalTime.of(9, 30)));

        String address = fixtures.runAs(ANNA, () -> feeds.renew());
        assertThat(address).contains("/calendar-feed/").endsWith(".ics");
        HttpResponse<String> response = get(address);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(response.body()).first();
        assertThat(calendar.getEvents())
                .as("Anna's appointments only (other tests book for her too)")
                .allSatisfy(event -> assertThat(event.getSummary().getValue()).doesNotContain("Other"));
        assertThat(calendar.getEvents())
                .filteredOn(event -> event.getUid().getValue().equals("appointment-" + booked.id() + "@headroom"))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getSummary().getValue()).isEqualTo("First visit – K. L.");
                    assertThat(event.getDateStart().getValue().toInstant())
                            .isEqualTo(day.atTime(9, 30)
                                    .atZone(ZoneId.of("Europe/London"))
                                    .toInstant());
                    assertThat(event.getDateTimeStamp()).isNotNull();
                });
        assertThat(response.body()).doesNotContain("Kira", "Lowe", "Other");

        String newer = fixtures.runAs(ANNA, () -> feeds.renew());
        assertThat(get(address).statusCode()).as("the old address").isEqualTo(404);
        assertThat(get(newer).statusCode()).isEqualTo(200);
        fixtures.runAs(ANNA, () -> {
            feeds.stop();
            return null;
        });
        assertThat(get(newer).statusCode()).as("stopped").isEqualTo(404);
        assertThat(get("/calendar-feed/" + "x".repeat(43) + ".ics").statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_practice_admin_sees_a_therapists_week_with_initials_only() {
        ClientDetails client = fixtures.clientOf(ANNA, "Mira", "Nash" + Fixtures.unique(""));
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(4);
        AppointmentView booked = fixtures.runAs(
                ANNA, () -> book.book(client.id(), book.types().getFirst().id(), day, LocalTime.of(11, 0)));
        List<AppointmentView> week =
                fixtures.runAs(Fixtures.ADMIN, () -> practiceCalendar.days(booked.therapistId(), day, 1));
        assertThat(week).filteredOn(a -> a.id() == booked.id()).singleElement().satisfies(a -> assertThat(
                        a.clientName())
                .isEqualTo("M. N."));
        assertThat(week).allSatisfy(a -> assertThat(a.clientName()).matches("(\\p{Lu}\\. ?)*\\p{Lu}?\\.?|\\?"));
    }
}
