package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The kept period figures follow the diary, the baseline and the first treatment, as the report does. */
@IntegrationTest
class PeriodFiguresStoreTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    ConsentService consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_kept_figures_match_the_report_after_every_kind_of_change() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Kept", "Figures");
        long id = client.id();
        assertThat(row(id)).as("no diary, no figures").isNull();
        fixtures.runAs(ANNA, () -> {
            for (int d = 60; d >= 40; d -= 4) {
                DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusDays(d));
                attack.setStartTime(LocalTime.of(21, 0));
                attack.setDurationHours(5.0);
                attack.setIntensity(6);
                diary.save(id, null, attack);
            }
            return null;
        });
        // Default baseline: the first diary day, 60 days ago; attacks at 60, 56, 52, 48, 44 days ago
        // each run past midnight: 10 headache days in the 28 days from 60 days ago (to 33 days ago) ...
        assertMatchesReport(id);
        assertThat(row(id).get("baseline_start")).isEqualTo(java.sql.Date.valueOf(TODAY.minusDays(60)));

        fixtures.runAs(ANNA, () -> {
            consents.record(id, null, IntakeFixtures.typed(treatment(), true, "Kept"));
            var note = notes.start(id);
            var form = note.content();
            form.setDate(TODAY.minusDays(30));
            form.setDurationMinutes(30);
            form.setPainBefore(5);
            form.setPainAfter(3);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
            notes.sign(note.id(), note.version(), form, null);
            return null;
        });
        // ... then the first treatment moves it to 28 days before the session ...
        assertThat(row(id).get("baseline_start")).isEqualTo(java.sql.Date.valueOf(TODAY.minusDays(58)));
        assertMatchesReport(id);

        fixtures.runAs(ANNA, () -> {
            var note = notes.start(id);
            var form = note.content();
            form.setDate(TODAY.minusDays(10));
            form.setDurationMinutes(30);
            form.setPainBefore(4);
            form.setPainAfter(2);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            notes.sign(note.id(), note.version(), form, null);
            return null;
        });
        // ... a later session leaves it there ...
        assertThat(row(id).get("baseline_start")).isEqualTo(java.sql.Date.valueOf(TODAY.minusDays(58)));
        assertMatchesReport(id);

        fixtures.runAs(ANNA, () -> {
            diary.setBaseline(id, TODAY.minusDays(50));
            return null;
        });
        // ... and a baseline the therapist sets wins.
        assertThat(row(id).get("baseline_start")).isEqualTo(java.sql.Date.valueOf(TODAY.minusDays(50)));
        assertMatchesReport(id);
    }

    /** Every period with records, as the report computes them, and nothing else. */
    private void assertMatchesReport(long clientId) {
        List<String> report = fixtures.runAs(ANNA, () -> diary.summary(clientId)).periods().stream()
                .filter(p -> p.recordedDays() > 0)
                .map(p -> p.index() + " " + p.start() + " " + p.end() + " " + p.headacheDays() + " " + p.recordedDays())
                .toList();
        List<String> kept = jdbc.query(
                "select * from diary_period_figures where client_id = ? order by period_index",
                (rs, i) -> rs.getInt("period_index") + " "
                        + rs.getDate("period_start").toLocalDate() + " "
                        + rs.getDate("period_end").toLocalDate() + " " + rs.getInt("headache_days") + " "
                        + rs.getInt("recorded_days"),
                clientId);
        assertThat(kept).isEqualTo(report).isNotEmpty();
    }

    private Map<String, Object> row(long clientId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select period_start as baseline_start from diary_period_figures where client_id = ? and period_index = 0",
                clientId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private org.headroom.intake.ConsentText treatment() {
        return consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow();
    }
}
