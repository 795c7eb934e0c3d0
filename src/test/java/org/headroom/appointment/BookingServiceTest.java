package org.headroom.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryAccessService;
import org.headroom.mail.Mailer;
import org.headroom.mail.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Online booking through a real SMTP server (GreenMail): someone new books a free time, becomes a
 * client "new, booked online", and is sent the intake link and a confirmation whose calendar file
 * parses back (METHOD, UID, SEQUENCE, DTSTART in the practice's zone); a taken time is refused with
 * fresh times; the honeypot, the throttle and bad input save nothing; the link in the message moves
 * and cancels (late inside the notice policy) with change and cancellation files; a diary client
 * books as themselves; the reminder the day before goes once however many servers run it.
 */
@IntegrationTest
class BookingServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestSmtp.freePort(), "127.0.0.1", "smtp"));

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate BIRTH = LocalDate.of(1979, 2, 3);

    @Autowired
    BookingKit kits;

    @Autowired
    TestSmtp testSmtp;

    @Autowired
    Fixtures fixtures;

    @Autowired
    WorkingHoursService hours;

    @Autowired
    DiaryAccessService diaryAccess;

    @Autowired
    org.headroom.diary.ClientDiaryService clientDiary;

    @Autowired
    JdbcTemplate jdbc;

    private Mailer mailer;
    private long annaId;
    private long followUp;
    /** A Monday far ahead, different in every run, so that earlier runs' bookings never collide. */
    private LocalDate monday;

    @BeforeEach
    void week() {
        mailer = testSmtp.mailerFor(smtp.getSmtp().getPort());
        // (MariaDB's timestamps end in 2038.)
        monday = LocalDate.of(2029, 1, 1)
                .with(DayOfWeek.MONDAY)
                .plusWeeks(ThreadLocalRandom.current().nextInt(0, 400));
        List<WorkingStretch> week = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            week.add(new WorkingStretch(d, LocalTime.of(9, 0), LocalTime.of(12, 30)));
            week.add(new WorkingStretch(d, LocalTime.of(13, 30), LocalTime.of(17, 0)));
        }
        fixtures.runAs(ANNA, () -> hours.setWeek(week));
        fixtures.runAs(ANNA, () -> {
            hours.setOnlineBooking(true);
            return null;
        });
        annaId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, ANNA);
        followUp = jdbc.queryForObject("select id from appointment_type where name = 'Follow-up'", Long.class);
    }

    private BookingKit.Kit at(LocalDateTime now) {
        return kits.on(Clock.fixed(now.atZone(LONDON).toInstant(), LONDON), mailer);
    }

    private static BookingRequest person(String last) {
        return new BookingRequest("Nora", last, BIRTH, last.toLowerCase() + "@example.org", "07700 900456", true, "");
    }

    private static String address() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250) + ":" + System.nanoTime();
    }

    @Test
    void someone_new_books_a_free_time_and_gets_the_intake_link_and_a_calendar_file_that_imports() throws Exception {
        BookingKit.Kit kit = at(monday.atTime(8, 0));
        LocalDate tuesday = monday.plusDays(1);
        List<BookableTime> free = kit.inTx(() -> kit.booking().freeTimes(annaId, followUp, monday, 7));
        assertThat(free)
                .as("within hours, not in the lunch break, an hour and its buffer fit before the end")
                .extracting(BookableTime::start)
                .contains(tuesday.atTime(9, 0), tuesday.atTime(11, 30), tuesday.atTime(13, 30), tuesday.atTime(16, 0))
                .doesNotContain(
                        tuesday.atTime(11, 45),
                        tuesday.atTime(12, 30),
                        tuesday.atTime(16, 15),
                        monday.atTime(9, 0),
                        monday.plusDays(3).atTime(10, 0));
        assertThat(free)
                .extracting(BookableTime::start)
                .as("the minimum notice: nothing before Monday 20:00")
                .allMatch(t -> !t.isBefore(monday.atTime(20, 0)));

        String last = Fixtures.unique("Online");
        ClientAppointment booked =
                kit.inTx(() -> kit.booking().bookNew(annaId, followUp, tuesday.atTime(10, 0), person(last), address()));
        assertThat(booked.start()).isEqualTo(tuesday.atTime(10, 0));
        assertThat(booked.changeable()).isTrue();
        assertThat(booked.managePath()).startsWith("appointment/");

        var client =
                jdbc.queryForMap("select id, booked_online, contact_agreed_at from client where last_name = ?", last);
        assertThat(client.get("booked_online")).isEqualTo(true);
        assertThat(client.get("contact_agreed_at")).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select source from appointment where client_id = ?", String.class, client.get("id")))
                .isEqualTo("ONLINE");

        MimeMessage[] received = smtp.getReceivedMessages();
        List<MimeMessage> forNora = new ArrayList<>();
        for (MimeMessage m : received) {
            if (m.getAllRecipients()[0].toString().equals(last.toLowerCase() + "@example.org")) {
                forNora.add(m);
            }
        }
        assertThat(forNora)
                .extracting(MimeMessage::getSubject)
                .containsExactly("Your appointment on " + org.headroom.base.Formats.date(tuesday) + " at 10:00");
        assertThat(jdbc.queryForList(
                        "select subject from outgoing_mail where recipient = ?",
                        String.class,
                        last.toLowerCase() + "@example.org"))
                .as("the intake link, sent by the application's own mailer (no SMTP server in the tests: held)")
                .contains("Your health questions before your visit");
        MimeMessage confirmation = forNora.stream()
                .filter(m -> subject(m).startsWith("Your appointment"))
                .findFirst()
                .orElseThrow();
        String ics = calendarFile(confirmation);
        assertThat(ics)
                .contains(
                        "METHOD:REQUEST",
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/London",
                        "DTSTART;TZID=Europe/London:" + tuesday.toString().replace("-", "") + "T100000",
                        "SEQUENCE:0");
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(tuesday.atTime(10, 0).atZone(LONDON).toInstant());
        assertThat(event.getDateEnd().getValue().toInstant())
                .isEqualTo(tuesday.atTime(11, 0).atZone(LONDON).toInstant());
        assertThat(event.getUid().getValue()).startsWith("appointment-").endsWith("@headroom");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getSequence().getValue()).isZero();
        String text = GreenMailUtil.getBody(confirmation) + ics;
        assertThat(text)
                .as("no health data")
                .doesNotContainIgnoringCase("migraine")
                .doesNotContainIgnoringCase("headache");
        assertThat(text).contains("appointment/");

        // The time is gone from the page for everyone, and booking it again says so with fresh times.
        List<BookableTime> after = kit.inTx(() -> kit.booking().freeTimes(annaId, followUp, tuesday, 1));
        assertThat(after)
                .extracting(BookableTime::start)
                .as("9:00 would need its buffer until 10:15; 11:00 is the booked one's buffer")
                .doesNotContain(tuesday.atTime(10, 0), tuesday.atTime(9, 0), tuesday.atTime(11, 0))
                .contains(tuesday.atTime(11, 15), tuesday.atTime(13, 30));
        long clientsBefore = jdbc.queryForObject("select count(*) from client", Long.class);
        String other = Fixtures.unique("Late");
        assertThatThrownBy(() -> kit.inTx(() ->
                        kit.booking().bookNew(annaId, followUp, tuesday.atTime(10, 30), person(other), address())))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.taken");
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                .isEqualTo(clientsBefore);
    }

    @Test
    void two_people_racing_for_one_time_one_gets_it_the_other_is_told_it_is_taken() throws Exception {
        BookingKit.Kit kit = at(monday.atTime(8, 0));
        LocalDateTime time = monday.plusDays(2).atTime(14, 0);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String last = Fixtures.unique("Race");
            Callable<String> attempt = () -> {
                together.await();
                try {
                    kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, person(last), address()));
                    return "booked";
                } catch (BookingRefusedException e) {
                    return e.getMessage();
                }
            };
            results.add(pool.submit(attempt));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "booking.taken");
        assertThat(jdbc.queryForObject(
                        "select count(*) from appointment where therapist_id = ? and starts_at = ? and status = 'BOOKED'",
                        Long.class,
                        annaId,
                        java.sql.Timestamp.from(time.atZone(LONDON).toInstant())))
                .isEqualTo(1L);
    }

    @Test
    void the_honeypot_bad_input_and_the_throttle_save_nothing() {
        BookingKit.Kit kit = at(monday.atTime(8, 0));
        LocalDateTime time = monday.plusDays(1).atTime(15, 0);
        long clientsBefore = jdbc.queryForObject("select count(*) from client", Long.class);
        BookingRequest robot =
                new BookingRequest("Bot", "Bot", BIRTH, "bot@example.org", "07700 900000", true, "http://spam");
        assertThatThrownBy(() -> kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, robot, address())))
                .hasMessage("booking.refused");
        BookingRequest noEmail = new BookingRequest("Ann", "Other", BIRTH, "not an address", "07700 900000", true, "");
        assertThatThrownBy(() -> kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, noEmail, address())))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("email"));
        BookingRequest noAgreement =
                new BookingRequest("Ann", "Other", BIRTH, "a@example.org", "07700 900000", false, "");
        assertThatThrownBy(() -> kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, noAgreement, address())))
                .hasMessage("booking.person.agree");
        BookingRequest future = new BookingRequest(
                "Ann", "Other", LocalDate.now().plusDays(3), "a@example.org", "07700 900000", true, "");
        assertThatThrownBy(() -> kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, future, address())))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("dateOfBirth"));
        assertThatThrownBy(() -> kit.inTx(() -> kit.booking()
                        .bookNew(annaId, followUp, monday.plusDays(1).atTime(12, 45), person("Lunch"), address())))
                .as("in the lunch break")
                .hasMessage("booking.taken");
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                .isEqualTo(clientsBefore);

        String one = address();
        for (int i = 0; i < BookingKit.SETTINGS.attemptsPerHour(); i++) {
            assertThatThrownBy(() -> kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, noEmail, one)))
                    .hasMessage("booking.person.email");
        }
        assertThatThrownBy(() -> kit.inTx(() -> kit.booking().bookNew(annaId, followUp, time, person("Seventh"), one)))
                .as("the seventh booking from one address within the hour")
                .hasMessage("booking.throttled");
        assertThat(kit.inTx(() -> kit.booking()
                                .bookNew(annaId, followUp, time, person(Fixtures.unique("Other")), address()))
                        .start())
                .as("another address is not throttled")
                .isEqualTo(time);
    }

    @Test
    void the_link_moves_and_cancels_with_a_changed_and_a_cancelling_calendar_file_and_late_is_late() throws Exception {
        BookingKit.Kit monday8 = at(monday.atTime(8, 0));
        String last = Fixtures.unique("Linked");
        ClientAppointment booked = monday8.inTx(() ->
                monday8.booking().bookNew(annaId, followUp, monday.plusDays(2).atTime(9, 0), person(last), address()));
        String token = booked.managePath().substring("appointment/".length());
        assertThat(monday8.inTx(() -> monday8.booking().find(token))).get().satisfies(a -> {
            assertThat(a.changeable()).isTrue();
            assertThat(a.lateIfCancelledNow()).isFalse();
        });
        assertThat(monday8.inTx(() -> monday8.booking().find("x".repeat(43)))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'APPOINTMENT' and action = 'READ'"
                                + " and username = 'client link' and detail = 'opened through the appointment''s link'"
                                + " and client_id = (select id from client where last_name = ?)",
                        Long.class,
                        last))
                .as("opening the link is audited as the link's")
                .isEqualTo(1);

        List<BookableTime> toMove = monday8.inTx(() -> monday8.booking().freeTimesToMove(token, monday.plusDays(2), 1));
        assertThat(toMove)
                .extracting(BookableTime::start)
                .as("its own time does not stand in its way")
                .contains(monday.plusDays(2).atTime(9, 15));
        ClientAppointment moved = monday8.inTx(
                () -> monday8.booking().reschedule(token, monday.plusDays(2).atTime(9, 15)));
        assertThat(moved.start()).isEqualTo(monday.plusDays(2).atTime(9, 15));
        String change = calendarFile(latest(last, "has moved"));
        assertThat(change).contains("METHOD:REQUEST", "SEQUENCE:1");

        // Two hours before: too late to move online, and a cancellation is late.
        BookingKit.Kit late = at(monday.plusDays(2).atTime(7, 15));
        assertThatThrownBy(() -> late.inTx(() ->
                        late.booking().reschedule(token, monday.plusDays(2).atTime(15, 0))))
                .hasMessage("booking.change.too-late");
        ClientAppointment cancelled = late.inTx(() -> late.booking().cancel(token));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.LATE_CANCELLATION);
        MimeMessage cancellation = latest(last, "is cancelled");
        assertThat(GreenMailUtil.getBody(cancellation)).contains("late cancellation");
        ICalendar cancel = Biweekly.parse(calendarFile(cancellation)).first();
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getEvents().getFirst().getSequence().getValue()).isEqualTo(2);
        assertThat(cancel.getEvents().getFirst().getUid().getValue())
                .isEqualTo(Biweekly.parse(change)
                        .first()
                        .getEvents()
                        .getFirst()
                        .getUid()
                        .getValue());
        assertThatThrownBy(() -> late.inTx(() -> late.booking().cancel(token))).hasMessage("booking.cancel.too-late");
        assertThat(monday8.inTx(() -> monday8.booking().freeTimes(annaId, followUp, monday.plusDays(2), 1)))
                .as("the time is free again")
                .extracting(BookableTime::start)
                .contains(monday.plusDays(2).atTime(9, 15));
    }

    @Test
    void a_diary_client_books_as_themselves_and_the_reminder_goes_once_with_two_servers() throws Exception {
        ClientDetails ada = fixtures.diaryClientOf(ANNA, "Ada", "Diary");
        String path = fixtures.runAs(ANNA, () -> diaryAccess.start(ada.id()).path());
        String phone = clientDiary.registerDevice(
                path.substring(path.lastIndexOf('/') + 1), LocalDate.of(1984, 5, 17), "Phone");
        BookingKit.Kit kit = at(monday.atTime(8, 0));
        long clientsBefore = jdbc.queryForObject("select count(*) from client", Long.class);
        ClientAppointment booked = kit.inTx(() ->
                kit.booking().bookFromDiary(phone, followUp, monday.plusDays(1).atTime(16, 0), address()));
        assertThat(booked.therapistId()).isEqualTo(annaId);
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                .isEqualTo(clientsBefore);
        assertThat(jdbc.queryForObject(
                        "select client_id from appointment where therapist_id = ? and starts_at = ?",
                        Long.class,
                        annaId,
                        java.sql.Timestamp.from(
                                monday.plusDays(1).atTime(16, 0).atZone(LONDON).toInstant())))
                .isEqualTo(ada.id());
        assertThat(kit.inTx(() -> kit.booking().diaryAppointments(phone)))
                .extracting(ClientAppointment::start)
                .contains(monday.plusDays(1).atTime(16, 0));

        // Monday 17:05: the reminder for Tuesday is due; two servers run the job at the same moment.
        BookingKit.Kit first = at(monday.atTime(17, 5));
        BookingKit.Kit second = at(monday.atTime(17, 5));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> a = pool.submit(() -> {
            together.await();
            return first.reminders().sendDue();
        });
        Future<Integer> b = pool.submit(() -> {
            together.await();
            return second.reminders().sendDue();
        });
        int sent = a.get() + b.get();
        pool.shutdown();
        long toAda = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("See you tomorrow at 16:00"))
                .count();
        assertThat(toAda).isEqualTo(1);
        assertThat(sent).isGreaterThanOrEqualTo(1);
        assertThat(first.reminders().sendDue()).as("nothing more to send").isZero();
        assertThat(at(monday.atTime(16, 0)).reminders().sendDue())
                .as("not before the reminder time")
                .isZero();
    }

    private MimeMessage latest(String last, String subjectPart) {
        MimeMessage found = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().equals(last.toLowerCase() + "@example.org")
                        && subject(m).contains(subjectPart)) {
                    found = m;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(found).as("a message about '%s'", subjectPart).isNotNull();
        return found;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String calendarFile(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar file");
    }
}
