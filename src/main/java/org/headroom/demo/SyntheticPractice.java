package org.headroom.demo;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a large synthetic practice for performance measurements (docs/performance.md): by
 * default 50 therapists, 10 000 clients, five years of headache diary, weekly signed session notes,
 * quarterly questionnaires, an intake and consents each; millions of rows. Written with JDBC
 * batches in the application's own formats (the same JSON for intakes and notes), because going
 * through the services would take days. Never in production; only into a database without users.
 * Therapists sign in as {@code perf01}..{@code perf50} with password {@value #PASSWORD}.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "headroom.synthetic.generate", havingValue = "true")
@Order(5)
class SyntheticPractice implements ApplicationRunner {

    static final String PASSWORD = "synthetic-practice";
    private static final Logger LOG = LoggerFactory.getLogger(SyntheticPractice.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 2_000;
    private static final double[] RESPONSES = {0.3, 0.5, 0.75, 1.0};
    private static final Technique[] TECHNIQUES = Technique.values();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final SyntheticPracticeSettings settings;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    SyntheticPractice(
            JdbcTemplate jdbc,
            PasswordEncoder encoder,
            SyntheticPracticeSettings settings,
            ConfigurableApplicationContext context,
            Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.settings = settings;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from app_user", Long.class) > 0) {
            LOG.warn("Synthetic practice not loaded: the database already has users");
        } else {
            long started = System.nanoTime();
            generate();
            LOG.info("Synthetic practice loaded in {} s: {}", (System.nanoTime() - started) / 1_000_000_000, counts());
        }
        if (settings.appointments()) {
            new SyntheticAppointments(jdbc, clock, settings.seed(), settings.years()).generate();
        }
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private void generate() {
        Random random = new Random(settings.seed());
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        String hash = encoder.encode(PASSWORD);
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, enabled, created_at) values (?, ?, ?, true, ?)",
                "perfadmin",
                "Practice admin",
                hash,
                nowTs);
        long admin = jdbc.queryForObject("select id from app_user where username = 'perfadmin'", Long.class);
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'PRACTICE_ADMIN')", admin);
        List<Long> therapists = new ArrayList<>();
        for (int t = 1; t <= settings.therapists(); t++) {
            String username = String.format("perf%02d", t);
            jdbc.update(
                    "insert into app_user (username, display_name, professional_registration, password_hash, enabled,"
                            + " created_at) values (?, ?, ?, ?, true, ?)",
                    username,
                    DemoData.FIRST_NAMES[t % DemoData.FIRST_NAMES.length] + " "
                            + DemoData.LAST_NAMES[(t * 7) % DemoData.LAST_NAMES.length] + " (" + username + ")",
                    "CNHC " + (100000 + t),
                    hash,
                    nowTs);
            long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
            jdbc.update("insert into app_user_role (user_id, role) values (?, 'THERAPIST')", id);
            therapists.add(id);
        }
        Map<String, Long> texts = new java.util.HashMap<>();
        jdbc.query("select consent_type, id from consent_text where current = true", rs -> {
            texts.put(rs.getString(1), rs.getLong(2));
        });
        LocalDate start = today.minusYears(settings.years());
        Rows rows = new Rows(jdbc);
        for (int c = 0; c < settings.clients(); c++) {
            long therapist = therapists.get(c % therapists.size());
            long clientId = client(random, c, therapist, start, nowTs);
            history(random, clientId, therapist, start, today, texts, nowTs, rows);
            if ((c + 1) % 500 == 0) {
                rows.flush();
                LOG.info("Synthetic practice: {} of {} clients", c + 1, settings.clients());
            }
        }
        rows.flush();
    }

    private long client(Random random, int index, long therapist, LocalDate start, Timestamp now) {
        String first = DemoData.FIRST_NAMES[random.nextInt(DemoData.FIRST_NAMES.length)];
        String last = DemoData.LAST_NAMES[random.nextInt(DemoData.LAST_NAMES.length)];
        LocalDate born = start.minusYears(18 + random.nextInt(50)).minusDays(random.nextInt(365));
        Timestamp created = Timestamp.from(start.atStartOfDay(clock.getZone()).toInstant());
        jdbc.update(
                "insert into client (therapist_id, first_name, last_name, date_of_birth, email, phone, postcode,"
                        + " gp_name, gp_practice, archived, created_at, created_by, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                therapist,
                first,
                last,
                Date.valueOf(born),
                (first + "." + last + index + "@example.org").toLowerCase(),
                "07700 9" + String.format("%05d", index % 100000),
                "BS" + (1 + random.nextInt(16)) + " " + (1 + random.nextInt(9)) + "AB",
                "Dr " + DemoData.LAST_NAMES[random.nextInt(DemoData.LAST_NAMES.length)],
                "Riverside Surgery",
                random.nextInt(20) == 0,
                created,
                therapist,
                now,
                therapist);
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    private void history(
            Random random,
            long clientId,
            long therapist,
            LocalDate start,
            LocalDate today,
            Map<String, Long> texts,
            Timestamp now,
            Rows rows) {
        Timestamp opened =
                Timestamp.from(start.atTime(9, 0).atZone(clock.getZone()).toInstant());
        rows.intake.add(
                new Object[] {clientId, JSON.writeValueAsString(DemoClinicalHistory.answers(random)), opened, therapist
                });
        texts.forEach((type, textId) -> rows.consent.add(new Object[] {
            clientId, textId, !type.equals("MARKETING") || random.nextBoolean(), "Client " + clientId, opened, therapist
        }));
        rows.baseline.add(new Object[] {clientId, Date.valueOf(start), now, therapist});

        double baselineRate = (5 + random.nextInt(9)) / 28.0;
        double response = RESPONSES[random.nextInt(RESPONSES.length)];
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
        for (long d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            double progress = Math.min(1.0, d / 365.0);
            double rate = baselineRate * (1 - (1 - response) * progress);
            if (random.nextDouble() < rate) {
                int intensity = Math.max(2, (int) Math.round(8 - 3 * (1 - response) * progress - random.nextInt(3)));
                boolean medicated = random.nextInt(3) > 0;
                rows.diary.add(new Object[] {
                    clientId,
                    "ATTACK",
                    Date.valueOf(date),
                    Time.valueOf(LocalTime.of(6 + random.nextInt(14), 0)),
                    2.0 + random.nextInt(10),
                    intensity,
                    random.nextInt(3) > 0,
                    medicated ? "Sumatriptan 50 mg" : null,
                    medicated ? AcuteMedicationClass.TRIPTAN.name() : null,
                    medicated ? 1 : 0,
                    opened,
                    therapist
                });
            } else if (random.nextInt(3) == 0) {
                rows.diary.add(new Object[] {
                    clientId,
                    "HEADACHE_FREE",
                    Date.valueOf(date),
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    0,
                    opened,
                    therapist
                });
            }
        }
        Technique main = TECHNIQUES[random.nextInt(TECHNIQUES.length)];
        Technique second = TECHNIQUES[random.nextInt(TECHNIQUES.length)];
        LocalDate firstSession =
                start.plusDays(28).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        for (LocalDate date = firstSession; date.isBefore(today); date = date.plusWeeks(1)) {
            double progress = Math.min(1.0, java.time.temporal.ChronoUnit.DAYS.between(start, date) / 365.0);
            int before = Math.max(1, (int) Math.round(7 - 3 * (1 - response) * progress) - random.nextInt(2));
            int after = Math.max(0, before - 1 - random.nextInt(3));
            rows.note.add(new Object[] {
                clientId,
                therapist,
                Date.valueOf(date),
                note(date, before, after, main, second),
                before,
                after,
                main == second ? main.name() : main.name() + "," + second.name(),
                Timestamp.valueOf(date.atTime(11, 0))
            });
        }
        for (LocalDate date = start; date.isBefore(today); date = date.plusMonths(3)) {
            double progress = Math.min(1.0, java.time.temporal.ChronoUnit.DAYS.between(start, date) / 365.0);
            int q = Math.max(0, (int) Math.round(5 - 4 * (1 - response) * progress));
            rows.midas.add(new Object[] {clientId, Date.valueOf(date), q, q + 1, q, q + 1, q, now, therapist});
            rows.hit6.add(new Object[] {
                clientId,
                Date.valueOf(date),
                Math.max(36, (int) Math.round(64 - 12 * (1 - response) * progress)),
                now,
                therapist
            });
            rows.rating.add(new Object[] {
                clientId, Date.valueOf(date), "STRESS", Math.max(1, 8 - (int) (4 * progress)), now, therapist
            });
        }
    }

    private static String note(LocalDate date, int before, int after, Technique main, Technique second) {
        SessionNoteForm form = new SessionNoteForm();
        form.setDate(date);
        form.setStartTime(LocalTime.of(10, 0));
        form.setDurationMinutes(60);
        form.setPainBefore(before);
        form.setPainAfter(after);
        List<TechniqueUse> techniques = new ArrayList<>();
        techniques.add(new TechniqueUse(main, 35, PressureLevel.MEDIUM));
        if (second != main) {
            techniques.add(new TechniqueUse(second, 25, PressureLevel.LIGHT));
        }
        form.setTechniques(techniques);
        form.setAreas(EnumSet.of(BodyRegion.OCCIPUT, BodyRegion.NECK_POSTERIOR, BodyRegion.SHOULDER_LEFT));
        form.setPalpation("Tight upper trapezius, tender suboccipitals");
        form.setAssessment("Tension eased; neck rotation improved");
        form.setHomeCare("Neck stretches twice a day");
        return JSON.writeValueAsString(form);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : List.of(
                "app_user",
                "client",
                "intake",
                "consent",
                "diary_entry",
                "session_note",
                "midas_assessment",
                "hit6_assessment",
                "rating")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** Rows waiting to be written, a batch per table. */
    private static final class Rows {

        private final JdbcTemplate jdbc;
        final List<Object[]> intake = new ArrayList<>();
        final List<Object[]> consent = new ArrayList<>();
        final List<Object[]> baseline = new ArrayList<>();
        final List<Object[]> diary = new ArrayList<>();
        final List<Object[]> note = new ArrayList<>();
        final List<Object[]> midas = new ArrayList<>();
        final List<Object[]> hit6 = new ArrayList<>();
        final List<Object[]> rating = new ArrayList<>();

        Rows(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void flush() {
            write(
                    "insert into intake (client_id, sequence_no, status, answers, created_at, created_by, updated_at,"
                            + " updated_by, completed_at, completed_by) values (?, 1, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?)",
                    intake,
                    r -> new Object[] {r[0], r[1], r[2], r[3], r[2], r[3], r[2], r[3]});
            write(
                    "insert into consent (client_id, consent_text_id, granted, signer_name, signer_role, typed_signature,"
                            + " taken_via, taken_by, given_at) values (?, ?, ?, ?, 'CLIENT', true, 'IN_PERSON', ?, ?)",
                    consent,
                    r -> new Object[] {r[0], r[1], r[2], r[3], r[5], r[4]});
            write(
                    "insert into diary_baseline (client_id, baseline_start, set_at, set_by) values (?, ?, ?, ?)",
                    baseline,
                    r -> r);
            java.util.Set<Object> diaryClients = new java.util.LinkedHashSet<>();
            diary.forEach(r -> diaryClients.add(r[0]));
            write(
                    "insert into diary_entry (client_id, kind, entry_date, start_time, duration_hours, intensity, migraine,"
                            + " medication_name, medication_class, medication_doses, created_at, created_by, updated_at, updated_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    diary,
                    r -> new Object[] {
                        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[10], r[11]
                    });
            // Each dose on the day of its attack, as the application records it (diary_medicine_taken).
            for (Object clientId : diaryClients) {
                jdbc.update(
                        "insert into diary_medicine_taken (entry_id, taken_on, name, medication_class, doses)"
                                + " select id, entry_date, coalesce(medication_name, ''), medication_class, medication_doses"
                                + " from diary_entry where client_id = ? and kind = 'ATTACK' and medication_doses > 0"
                                + " and (medication_class is null or medication_class <> 'NONE')",
                        clientId);
            }
            write(
                    "insert into session_note (client_id, therapist_id, status, session_date, start_time, duration_minutes,"
                            + " content, pain_before, pain_after, techniques, created_at, updated_at, signed_at, signed_by)"
                            + " values (?, ?, 'SIGNED', ?, '10:00:00', 60, ?, ?, ?, ?, ?, ?, ?, ?)",
                    note,
                    r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[7], r[7], r[1]});
            write(
                    "insert into midas_assessment (client_id, assessed_on, q1, q2, q3, q4, q5, recorded_at, recorded_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    midas,
                    r -> r);
            write(
                    "insert into hit6_assessment (client_id, assessed_on, total, recorded_at, recorded_by)"
                            + " values (?, ?, ?, ?, ?)",
                    hit6,
                    r -> r);
            write(
                    "insert into rating (client_id, rated_on, kind, value, recorded_at, recorded_by)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    rating,
                    r -> r);
        }

        private void write(String sql, List<Object[]> pending, java.util.function.UnaryOperator<Object[]> shape) {
            for (int from = 0; from < pending.size(); from += BATCH) {
                List<Object[]> batch = pending.subList(from, Math.min(pending.size(), from + BATCH)).stream()
                        .map(shape)
                        .toList();
                jdbc.batchUpdate(sql, batch);
            }
            pending.clear();
        }
    }
}
