package org.headroom.demo;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Five years of appointments (and the next eight weeks) for the synthetic practice's therapists:
 * a working week of Monday to Friday with a lunch break, six follow-ups a day at most (four in five
 * taken, fewer ahead), most attended, a few missed or cancelled, each holding its five-minute slots
 * as the appointment book does. Written with JDBC batches, as the rest of the synthetic practice;
 * added to an existing synthetic practice when it has none yet.
 */
final class SyntheticAppointments {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticAppointments.class);
    private static final int BATCH = 5_000;
    private static final LocalTime[] STARTS = {
        LocalTime.of(9, 0), LocalTime.of(10, 15), LocalTime.of(11, 30),
        LocalTime.of(13, 30), LocalTime.of(14, 45), LocalTime.of(16, 0)
    };

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long seed;
    private final int years;

    SyntheticAppointments(JdbcTemplate jdbc, Clock clock, long seed, int years) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seed = seed;
        this.years = years;
    }

    void generate() {
        List<Long> therapists = jdbc.queryForList(
                "select u.id from app_user u join app_user_role r on r.user_id = u.id"
                        + " where r.role = 'THERAPIST' and u.username like 'perf%' order by u.id",
                Long.class);
        if (therapists.isEmpty()) {
            LOG.warn("No synthetic therapists: no appointments generated");
            return;
        }
        Long existing = jdbc.queryForObject(
                "select count(*) from appointment where therapist_id = ?", Long.class, therapists.getFirst());
        if (existing != null && existing > 0) {
            LOG.info("The synthetic practice has appointments already");
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(seed + 17);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        long type = jdbc.queryForObject("select id from appointment_type where name = 'Follow-up'", Long.class);
        long nextId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from appointment", Long.class);
        List<Object[]> appointments = new ArrayList<>();
        List<Object[]> slots = new ArrayList<>();
        long count = 0;
        long slotCount = 0;
        for (long therapist : therapists) {
            for (DayOfWeek day : List.of(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                jdbc.update(
                        "insert into working_hours (therapist_id, weekday, starts, ends) values (?, ?, ?, ?), (?, ?, ?, ?)",
                        therapist,
                        day.getValue(),
                        Time.valueOf(LocalTime.of(9, 0)),
                        Time.valueOf(LocalTime.of(12, 45)),
                        therapist,
                        day.getValue(),
                        Time.valueOf(LocalTime.of(13, 30)),
                        Time.valueOf(LocalTime.of(17, 15)));
            }
            List<Long> clients = jdbc.queryForList(
                    "select id from client where therapist_id = ? and archived = false", Long.class, therapist);
            if (clients.isEmpty()) {
                continue;
            }
            for (LocalDate d = today.minusYears(years); !d.isAfter(today.plusWeeks(8)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                boolean ahead = d.isAfter(today);
                for (LocalTime time : STARTS) {
                    if (random.nextDouble() > (ahead ? 0.5 : 0.8)) {
                        continue;
                    }
                    Instant start = d.atTime(time).atZone(zone).toInstant();
                    Instant end = start.plusSeconds(60 * 60);
                    Instant blocked = end.plusSeconds(15 * 60);
                    String status;
                    if (!start.isBefore(now)) {
                        status = "BOOKED";
                    } else {
                        double r = random.nextDouble();
                        status = r < 0.9
                                ? "ATTENDED"
                                : r < 0.94 ? "NO_SHOW" : r < 0.97 ? "CANCELLED" : "LATE_CANCELLATION";
                    }
                    long id = nextId++;
                    Timestamp created = Timestamp.from(start.minusSeconds(86400L * (1 + random.nextInt(30))));
                    appointments.add(new Object[] {
                        id,
                        therapist,
                        clients.get(random.nextInt(clients.size())),
                        type,
                        Timestamp.from(start),
                        Timestamp.from(end),
                        Timestamp.from(blocked),
                        status,
                        created,
                        therapist,
                        created
                    });
                    count++;
                    if (!status.startsWith("CANCELLED") && !status.equals("LATE_CANCELLATION")) {
                        for (Instant s = start; s.isBefore(blocked); s = s.plusSeconds(300)) {
                            slots.add(new Object[] {therapist, Timestamp.from(s), id});
                            slotCount++;
                        }
                    }
                    if (appointments.size() >= BATCH) {
                        flush(appointments, slots);
                    }
                }
            }
        }
        flush(appointments, slots);
        LOG.info(
                "Synthetic appointments: {} appointments, {} slots, in {} s",
                count,
                slotCount,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private void flush(List<Object[]> appointments, List<Object[]> slots) {
        if (!appointments.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into appointment (id, therapist_id, client_id, type_id, starts_at, ends_at, blocked_until,"
                            + " status, created_at, created_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    appointments);
            appointments.clear();
        }
        if (!slots.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into appointment_slot (therapist_id, slot_start, appointment_id) values (?, ?, ?)", slots);
            slots.clear();
        }
    }
}
