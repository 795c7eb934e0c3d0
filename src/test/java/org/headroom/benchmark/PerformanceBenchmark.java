package org.headroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.headroom.Application;
import org.headroom.audit.AuditFilter;
import org.headroom.audit.AuditService;
import org.headroom.client.ClientFilter;
import org.headroom.client.ClientService;
import org.headroom.client.ClientSummary;
import org.headroom.diary.DiaryService;
import org.headroom.reporting.OutcomeService;
import org.headroom.reporting.PracticeOutcomeService;
import org.headroom.reporting.ReportAudience;
import org.headroom.security.SystemAccounts;
import org.headroom.treatment.SessionNoteService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Server-side timings against the synthetic practice (docs/performance.md). Not part of the
 * default test run: {@code ./mvnw test -Pbenchmark}. Starts Headroom on the database that
 * {@code headroom.synthetic.generate} filled (by default the embedded one in
 * ~/.headroom/perf, or SPRING_DATASOURCE_URL), calls the services as a signed-in therapist or
 * admin would, and writes the percentiles to target/benchmark.md.
 */
@Tag("benchmark")
class PerformanceBenchmark {

    private static final int ROUNDS = 200;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Test
    void measure() throws IOException {
        String dataDir = System.getProperty("perf.dataDir", System.getProperty("user.home") + "/.headroom/perf");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--headroom.embedded-db.data-dir=" + dataDir,
                        "--headroom.demo-data.enabled=false",
                        "--spring.jpa.properties.hibernate.generate_statistics=true",
                        "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN",
                        "--vaadin.launch-browser=false")) {
            run(app);
        }
    }

    private void run(ConfigurableApplicationContext app) throws IOException {
        SystemAccounts system = app.getBean(SystemAccounts.class);
        ClientService clients = app.getBean(ClientService.class);
        SessionNoteService notes = app.getBean(SessionNoteService.class);
        DiaryService diary = app.getBean(DiaryService.class);
        OutcomeService outcomes = app.getBean(OutcomeService.class);
        PracticeOutcomeService practice = app.getBean(PracticeOutcomeService.class);
        AuditService audit = app.getBean(AuditService.class);
        Statistics statistics = app.getBean(EntityManagerFactory.class)
                .unwrap(SessionFactory.class)
                .getStatistics();
        LocalDate today = LocalDate.now(ZONE);
        Random random = new Random(7);
        List<String> therapists = new ArrayList<>();
        for (int t = 1; t <= 50; t++) {
            therapists.add(String.format("perf%02d", t));
        }
        StringBuilder report = new StringBuilder(
                "| measure | runs | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        if ("appointments".equals(System.getProperty("benchmark.only"))) {
            // Only the appointment book's measures (-Dbenchmark.only=appointments).
            appointmentBook(app, system, therapists, notes, today, report);
            Files.writeString(Path.of("target", "benchmark-appointments.md"), report.toString());
            System.out.println(report);
            return;
        }
        if ("report".equals(System.getProperty("benchmark.only"))) {
            // Only the outcome report's measures (-Dbenchmark.only=report).
            reportMeasures(app, system, clients, outcomes, therapists.getFirst(), today, report);
            Files.writeString(Path.of("target", "benchmark-report.md"), report.toString());
            System.out.println(report);
            return;
        }
        String[] prefixes = {"a", "b", "ch", "da", "e", "gr", "h", "is", "j", "m", "ol", "p", "r", "s", "th", "wi"};

        report.append(row(
                "client search by name prefix, first page of 50 and count",
                time(
                        ROUNDS,
                        i -> system.runAs(therapists.get(i % therapists.size()), () -> {
                            ClientFilter filter =
                                    new ClientFilter(prefixes[i % prefixes.length], ClientFilter.Status.ACTIVE);
                            clients.search(filter, PageRequest.of(0, 50, Sort.by("lastName", "firstName")));
                            return clients.count(filter);
                        }))));
        report.append(row(
                "client list, a page of 50 further down",
                time(
                        ROUNDS,
                        i -> system.runAs(
                                therapists.get(i % therapists.size()),
                                () -> clients.search(
                                        ClientFilter.active(),
                                        PageRequest.of(2, 50, Sort.by("lastName", "firstName")))))));
        List<Long> someClients = system.runAs(
                therapists.getFirst(),
                () -> clients.search(ClientFilter.active(), PageRequest.of(0, 50, Sort.by("lastName"))).stream()
                        .map(ClientSummary::id)
                        .toList());
        report.append(row(
                "session notes grid, a page of 20 (five years of notes)",
                time(
                        ROUNDS,
                        i -> system.runAs(
                                therapists.getFirst(),
                                () -> notes.list(
                                        someClients.get(i % someClients.size()), PageRequest.of(i % 10, 20))))));
        report.append(row(
                "diary month (calendar page)",
                time(
                        ROUNDS,
                        i -> system.runAs(
                                therapists.getFirst(),
                                () -> diary.entries(
                                        someClients.get(i % someClients.size()), today.minusDays(41), today)))));
        report.append(row(
                "audit trail page of 50 (admin)",
                time(
                        ROUNDS,
                        i -> system.runAs("perfadmin", () -> audit.search(AuditFilter.none(), 50 * (i % 5), 50)))));

        statistics.clear();
        long[] reportTimes = time(
                50,
                i -> system.runAs(
                        therapists.getFirst(),
                        () -> outcomes.report(someClients.get(i % someClients.size()), today.minusYears(5), today)));
        long statements = statistics.getPrepareStatementCount() / 50;
        report.append(
                row("outcome report, five years, computed (" + statements + " SQL statements each)", reportTimes));
        report.append(row(
                "outcome report PDF with charts, five years",
                time(
                        20,
                        i -> system.runAs(
                                therapists.getFirst(),
                                () -> outcomes.pdf(
                                        someClients.get(i % someClients.size()),
                                        today.minusYears(5),
                                        today,
                                        ReportAudience.CLIENT)))));
        report.append(row(
                "practice outcomes, all 10 000 clients, last 84 days (admin)",
                time(10, i -> system.runAs("perfadmin", () -> practice.outcomes(null, today.minusDays(84), today)))));
        report.append(row(
                "practice outcomes, one therapist's clients",
                time(
                        20,
                        i -> system.runAs(
                                therapists.get(i % therapists.size()),
                                () -> practice.outcomes(null, today.minusDays(84), today)))));
        report.append(row(
                "practice per-client CSV, all clients (admin)",
                time(
                        5,
                        i -> system.runAs("perfadmin", () -> {
                            StringWriter out = new StringWriter();
                            practice.writeCsv(null, today.minusDays(84), today, out);
                            return out.toString().length();
                        }))));

        clientDiary(app, system, someClients, today, report);
        appointmentBook(app, system, therapists, notes, today, report);

        Path file = Path.of("target", "benchmark.md");
        Files.writeString(file, report.toString());
        System.out.println(report);
        assertThat(report).contains("client search");
    }

    /**
     * The appointment book on five years of appointments (about 320 000, 4.5 million held slots):
     * a therapist's week, today's page, and the free times of all 50 therapists over the eight
     * weeks of the booking horizon, as the public booking page asks for them.
     */
    private void appointmentBook(
            ConfigurableApplicationContext app,
            SystemAccounts system,
            List<String> therapists,
            SessionNoteService notes,
            LocalDate today,
            StringBuilder report) {
        org.headroom.appointment.AppointmentService book =
                app.getBean(org.headroom.appointment.AppointmentService.class);
        org.headroom.appointment.BookingService booking = app.getBean(org.headroom.appointment.BookingService.class);
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Random random = new Random(11);
        report.append(row(
                "appointment book: a therapist's week view (a week in the last five years)",
                time(
                        ROUNDS,
                        i -> system.runAs(
                                therapists.get(i % therapists.size()),
                                () -> book.days(monday.minusWeeks(random.nextInt(260)), 7)))));
        report.append(row(
                "appointment book: today's page (the day's appointments and notes left unsigned)",
                time(
                        ROUNDS,
                        i -> system.runAs(therapists.get(i % therapists.size()), () -> {
                            book.days(today, 1);
                            return notes.unsignedBefore(today);
                        }))));
        long followUp = booking.offer().types().stream()
                .filter(t -> t.name().equals("Follow-up"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(booking.offer().therapists()).hasSize(50);
        int offered = booking.freeTimes(null, followUp, today, 56).size();
        report.append(row(
                "online booking: free times of all 50 therapists over 8 weeks (" + offered + " times)",
                time(50, i -> booking.freeTimes(null, followUp, today, 56))));
        report.append(row(
                "online booking: free times of one therapist over 8 weeks",
                time(
                        ROUNDS,
                        i -> booking.freeTimes(
                                booking.offer().therapists().get(i % 50).id(), followUp, today, 56))));
        report.append(row(
                "online booking: who and what is offered (the page's first look)", time(ROUNDS, i -> booking.offer())));
    }

    /**
     * The client's own diary: saving a day through the device (the whole path: device, consent,
     * the rules, the five-year period figures refreshed, the audit line), and the diary page's first
     * load in Chromium throttled to a slow 4G profile.
     */
    private void clientDiary(
            ConfigurableApplicationContext app,
            SystemAccounts system,
            List<Long> someClients,
            LocalDate today,
            StringBuilder report) {
        org.headroom.diary.DiaryAccessService access = app.getBean(org.headroom.diary.DiaryAccessService.class);
        org.headroom.diary.ClientDiaryService clientDiary = app.getBean(org.headroom.diary.ClientDiaryService.class);
        ClientService clients = app.getBean(ClientService.class);
        org.springframework.jdbc.core.JdbcTemplate jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        List<Long> withConsent = system.runAs("perf01", () -> someClients.stream()
                .filter(id -> app.getBean(DiaryService.class).mayKeepHealthData(id))
                .limit(20)
                .toList());
        List<String> devices = new ArrayList<>();
        for (long clientId : withConsent) {
            String path = system.runAs("perf01", () -> access.start(clientId).path());
            LocalDate born = system.runAs("perf01", () -> clients.get(clientId).dateOfBirth());
            devices.add(clientDiary.registerDevice(
                    path.substring(org.headroom.diary.DiaryAccessService.LINK_PREFIX.length()), born, "Benchmark"));
        }
        long[] saves = new long[ROUNDS];
        for (int i = -20; i < ROUNDS; i++) {
            int n = Math.floorMod(i, devices.size());
            long clientId = withConsent.get(n);
            LocalDate day = today.minusDays(Math.floorMod(i, 7));
            // Outside the timing: the day is made empty again, so that every round saves a new day.
            jdbc.update("delete from diary_entry where client_id = ? and entry_date = ?", clientId, day);
            org.headroom.diary.DiaryEntryForm free = org.headroom.diary.DiaryEntryForm.attackOn(day);
            free.setKind(org.headroom.diary.EntryKind.HEADACHE_FREE);
            long start = System.nanoTime();
            clientDiary.saveDay(
                    devices.get(n),
                    null,
                    free,
                    java.util.Map.of(),
                    java.util.UUID.randomUUID().toString());
            if (i >= 0) {
                saves[i] = (System.nanoTime() - start) / 1_000;
            }
        }
        Arrays.sort(saves);
        report.append(row("client saves a day on their phone (five years of diary refreshed)", saves));

        // The page load means something only on the production build (minified, compressed bundle):
        // -Dperf.productionUrl names a production jar running on the same database.
        String production = System.getProperty("perf.productionUrl");
        int port = app.getEnvironment().getProperty("local.server.port", Integer.class, 8080);
        String base = production != null ? production : "http://localhost:" + port;
        String build = production != null ? "production build" : "development build";
        for (Network network : Network.values()) {
            long[] loads = new long[10];
            for (int i = 0; i < loads.length; i++) {
                loads[i] = firstLoad(base, devices.get(i % devices.size()), network) * 1_000;
            }
            Arrays.sort(loads);
            report.append(row(
                    "diary page, first load in Chromium, empty cache, " + network.description + ", " + build
                            + " (ms to today's buttons)",
                    loads));
        }
    }

    /** Mobile network profiles for the first load. */
    enum Network {
        /** Lighthouse's mobile throttling ("slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
        SLOW_4G("slow 4G (Lighthouse: 150 ms, 1.6 Mbit/s)", 150, 1_638_400, 750_000),
        /** WebPageTest's "4G": 170 ms round trip, 9 Mbit/s each way. */
        FOUR_G("4G (WebPageTest: 170 ms, 9 Mbit/s)", 170, 9_000_000, 9_000_000);

        final String description;
        final int latency;
        final int down;
        final int up;

        Network(String description, int latency, int down, int up) {
            this.description = description;
            this.latency = latency;
            this.down = down;
            this.up = up;
        }
    }

    /**
     * Milliseconds from asking for /diary to today's card being on screen, in a fresh headless
     * Chromium with an empty cache, throttled to the network's profile.
     */
    private static long firstLoad(String base, String deviceToken, Network network) {
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--window-size=390,844");
        org.openqa.selenium.chrome.ChromeDriver driver = new org.openqa.selenium.chrome.ChromeDriver(
                new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                        .build(),
                options);
        try {
            driver.get(base + "/icons/diary-icon-192.png");
            driver.manage().addCookie(new org.openqa.selenium.Cookie("headroom_diary_device", deviceToken));
            driver.executeCdpCommand("Network.enable", java.util.Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
            driver.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    java.util.Map.of(
                            "offline",
                            false,
                            "latency",
                            network.latency,
                            "downloadThroughput",
                            network.down / 8,
                            "uploadThroughput",
                            network.up / 8));
            long start = System.nanoTime();
            driver.get(base + "/diary");
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                    .until(d -> !d.findElements(org.openqa.selenium.By.id("diary-today"))
                            .isEmpty());
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            driver.quit();
        }
    }

    private interface Call {
        Object run(int round);
    }

    private static long[] time(int rounds, Call call) {
        for (int i = 0; i < Math.min(20, Math.max(1, rounds / 5)); i++) {
            call.run(i); // warm-up
        }
        long[] micros = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.run(i);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static String row(String measure, long[] sorted) {
        return String.format(
                java.util.Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                measure,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** The outcome report over five years: computed, its charts drawn, and printed, 50 runs each. */
    private void reportMeasures(
            ConfigurableApplicationContext app,
            SystemAccounts system,
            ClientService clients,
            OutcomeService outcomes,
            String therapist,
            LocalDate today,
            StringBuilder report) {
        List<Long> someClients = system.runAs(
                therapist,
                () -> clients.search(ClientFilter.active(), PageRequest.of(0, 50, Sort.by("lastName"))).stream()
                        .map(ClientSummary::id)
                        .toList());
        org.headroom.base.clinical.ClinicalSettings settings =
                app.getBean(org.headroom.base.clinical.ClinicalSettings.class);
        org.springframework.context.MessageSource messages =
                app.getBean(org.springframework.context.MessageSource.class);
        org.headroom.reporting.Texts texts = (key, args) -> messages.getMessage(key, args, java.util.Locale.UK);
        report.append(row(
                "outcome report, five years, computed",
                time(
                        100,
                        i -> system.runAs(
                                therapist,
                                () -> outcomes.report(
                                        someClients.get(i % someClients.size()), today.minusYears(5), today)))));
        List<org.headroom.reporting.OutcomeReport> reports = system.runAs(therapist, () -> someClients.stream()
                .limit(10)
                .map(id -> outcomes.report(id, today.minusYears(5), today))
                .toList());
        report.append(row(
                "its charts drawn as PNG (all of a report's charts, as the page's image requests do)",
                time(50, i -> org.headroom.reporting.OutcomeCharts.draw(
                                reports.get(i % reports.size()), settings.outcome(), texts)
                        .stream()
                        .mapToInt(c -> c.png().length)
                        .sum())));
        report.append(row(
                "outcome report PDF with charts, five years",
                time(
                        50,
                        i -> system.runAs(
                                therapist,
                                () -> outcomes.pdf(
                                        someClients.get(i % someClients.size()),
                                        today.minusYears(5),
                                        today,
                                        ReportAudience.CLIENT)))));
    }
}
