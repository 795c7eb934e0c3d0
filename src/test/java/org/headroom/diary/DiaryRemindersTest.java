package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.PublicAddress;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientOwners;
import org.headroom.mail.Mailer;
import org.headroom.mail.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Diary reminders delivered through a real SMTP server started in the test: due at the client's
 * time, skipped when the day is recorded, a nudge after missed days, one-click unsubscribe, no
 * health data, and sent once when two application servers run the same minute.
 */
@IntegrationTest
class DiaryRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestSmtp.freePort(), "127.0.0.1", "smtp"));

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(LONDON);
    private static final LocalDate BIRTH = LocalDate.of(1984, 5, 17);

    @Autowired
    ClientDiaryService clientDiary;

    @Autowired
    DiaryAccessService access;

    @Autowired
    ClientDiaryRepository diaries;

    @Autowired
    DiaryEntryRepository entries;

    @Autowired
    ClientOwners owners;

    @Autowired
    PublicAddress address;

    @Autowired
    MessageSource messages;

    @Autowired
    ClientDiarySettings settings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestSmtp testSmtp;

    @Autowired
    LockProvider locks;

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    /** One application server's reminder job, at 23:59 today, sending through the test's SMTP server. */
    private DiaryReminders server() {
        Mailer mailer = testSmtp.mailerFor(smtp.getSmtp().getPort());
        Clock late = Clock.fixed(TODAY.atTime(23, 59).atZone(LONDON).toInstant(), LONDON);
        return new DiaryReminders(diaries, entries, owners, mailer, address, messages, settings, transactions, late);
    }

    private String phoneOf(ClientDetails client) {
        String link = fixtures.runAs(ANNA, () -> access.start(client.id()).path())
                .substring(DiaryAccessService.LINK_PREFIX.length());
        return clientDiary.registerDevice(link, BIRTH, "Phone");
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void a_due_reminder_goes_once_a_recorded_day_gets_none_and_a_nudge_follows_missed_days() throws Exception {
        String email = Fixtures.unique("r").toLowerCase() + "@example.org";
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Rita", Fixtures.unique("Remind"));
        fixtures.runAs(ANNA, () -> {
            var form = client.toForm();
            form.setEmail(email);
            return fixtures.clientService().update(client.id(), form);
        });
        String phone = phoneOf(client);
        clientDiary.saveDay(phone, null, free(TODAY.minusDays(5)), Map.of(), "a");
        clientDiary.remindAt(phone, LocalTime.of(20, 0));

        server().sendDue();
        server().sendDue();
        List<MimeMessage> got = to(email);
        assertThat(got).as("once, however often the job runs").hasSize(1);
        MimeMessage nudge = got.getFirst();
        assertThat(nudge.getSubject())
                .as("4 empty days after the last entry")
                .isEqualTo("Your diary has a few empty days");
        String body = GreenMailUtil.getBody(nudge);
        assertThat(body).contains("Hello Rita", "/diary", "/diary/stop-reminders/");
        assertThat(body).as("no health data").doesNotContain("headache-free", "migraine", "intensity");
        String unsubscribe = nudge.getHeader("List-Unsubscribe")[0];
        assertThat(nudge.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // The next day is recorded: no reminder that day.
        jdbcResetReminder(client.id());
        clientDiary.saveDay(phone, null, free(TODAY), Map.of(), "b");
        server().sendDue();
        assertThat(to(email)).hasSize(1);

        // One click (a POST, as mail programs send it) stops the reminders.
        String path = unsubscribe.substring(unsubscribe.indexOf("/mail/unsubscribe/"), unsubscribe.length() - 1);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(diaries.findById(client.id()).orElseThrow().getReminderTime())
                .isNull();
    }

    @Test
    void two_servers_running_the_same_minute_send_each_reminder_once() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String email = Fixtures.unique("twin").toLowerCase() + "@example.org";
            ClientDetails client = fixtures.diaryClientOf(ANNA, "Twin", Fixtures.unique("Remind"));
            fixtures.runAs(ANNA, () -> {
                var form = client.toForm();
                form.setEmail(email);
                return fixtures.clientService().update(client.id(), form);
            });
            clientDiary.remindAt(phoneOf(client), LocalTime.of(8, 0));
            addresses.add(email);
        }
        DiaryReminders one = server();
        DiaryReminders two = server();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> runOne = () -> {
                start.await();
                return one.sendDue();
            };
            Callable<Integer> runTwo = () -> {
                start.await();
                return two.sendDue();
            };
            Future<Integer> a = pool.submit(runOne);
            Future<Integer> b = pool.submit(runTwo);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        for (String email : addresses) {
            assertThat(to(email)).as(email).hasSize(1);
        }

        // The scheduled job itself takes a cluster-wide lock: a second server cannot hold it meanwhile.
        LockConfiguration config = new LockConfiguration(
                java.time.Instant.now(), "diary-reminders-test", Duration.ofMinutes(1), Duration.ZERO);
        SimpleLock held = locks.lock(config).orElseThrow();
        try {
            assertThat(locks.lock(config)).isEmpty();
        } finally {
            held.unlock();
        }
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void jdbcResetReminder(long clientId) {
        // As if the next day came: today's reminder is no longer claimed.
        jdbc.update("update client_diary set reminder_sent_on = ? where client_id = ?", TODAY.minusDays(1), clientId);
    }

    private static DiaryEntryForm free(LocalDate day) {
        DiaryEntryForm form = DiaryEntryForm.attackOn(day);
        form.setKind(EntryKind.HEADACHE_FREE);
        return form;
    }
}
