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
import org.headroom.base.clinical.AcuteMedicationClass;
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

    @Autowired
    PeriodFiguresStore store;

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

    @Test
    void the_calculation_reads_the_same_diary_as_the_entities_hold() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Lean", "Lines");
        long id = client.id();
        fixtures.runAs(ANNA, () -> {
            for (int d = 70; d >= 10; d -= 3) {
                DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusDays(d));
                attack.setStartTime(d % 2 == 0 ? LocalTime.of(22, 30) : null);
                attack.setDurationHours(d % 2 == 0 ? 4.5 : 30.0);
                attack.setIntensity(d % 10);
                attack.setMigraine(d % 4 == 0);
                if (d % 5 == 0) {
                    attack.setMedicines(List.of(
                            new MedicineTaken(TODAY.minusDays(d), "Sumatriptan", AcuteMedicationClass.TRIPTAN, 1),
                            new MedicineTaken(TODAY.minusDays(d - 1), "Ibuprofen", AcuteMedicationClass.NSAID, 2)));
                }
                diary.save(id, null, attack);
            }
            DiaryEntryForm free = DiaryEntryForm.attackOn(TODAY.minusDays(5));
            free.setKind(EntryKind.HEADACHE_FREE);
            free.setIntensity(null);
            free.setDurationHours(null);
            diary.save(id, null, free);
            DiaryEntryForm going = DiaryEntryForm.attackOn(TODAY.minusDays(2));
            going.setStartTime(LocalTime.of(8, 0));
            going.setIntensity(7);
            going.setStillGoing(true);
            going.setDurationHours(null);
            diary.save(id, null, going);
            return null;
        });
        List<DiaryEntryData> lean = fixtures.runAs(ANNA, () -> store.calculationLines(id));
        // The same lines through the entities, as the history page reads them.
        List<DiaryEntryData> full = fixtures.runAs(ANNA, () -> diary.entries(id, TODAY.minusYears(1), TODAY));
        assertThat(lean).hasSize(full.size()).hasSizeGreaterThan(20);
        assertThat(lean.stream().map(PeriodFiguresStoreTest::calculated))
                .containsExactlyElementsOf(
                        full.stream().map(PeriodFiguresStoreTest::calculated).toList());
        LocalDate start = TODAY.minusDays(70);
        assertThat(DiaryCalculator.periods(lean, start, TODAY, 28, 20))
                .isEqualTo(DiaryCalculator.periods(full, start, TODAY, 28, 20))
                .isNotEmpty();
    }

    /** What the calculator reads of a line. */
    private static String calculated(DiaryEntryData l) {
        return List.of(
                        l.id(),
                        l.version(),
                        l.kind(),
                        l.date(),
                        String.valueOf(l.startTime()),
                        String.valueOf(l.durationHours()),
                        String.valueOf(l.intensity()),
                        l.migraine(),
                        l.stillGoing(),
                        l.medicines())
                .toString();
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
