package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DiaryServiceTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    @Test
    void attacks_are_recorded_and_bad_input_gets_a_clear_refusal_with_nothing_saved() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Diary", "Keeper");
        long id = client.id();
        as(() -> diary.save(id, null, attack(TODAY.minusDays(3), "09:00", 5.0, 6)));

        assertThatThrownBy(() -> as(() -> diary.save(id, null, attack(TODAY.plusDays(1), "09:00", 2.0, 5))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("future");
        DiaryEntryForm noIntensity = attack(TODAY.minusDays(5), "09:00", 2.0, 5);
        noIntensity.setIntensity(null);
        assertRefused(() -> diary.save(id, null, noIntensity), "diary.intensity.required");
        assertRefused(
                () -> diary.save(id, null, attack(TODAY.minusDays(10), "08:00", 80.0, 7)), "diary.duration.confirm");
        assertRefused(() -> diary.save(id, null, attack(TODAY.minusDays(3), "13:00", 1.0, 4)), "diary.overlap");
        DiaryEntryForm free = DiaryEntryForm.attackOn(TODAY.minusDays(3));
        free.setKind(EntryKind.HEADACHE_FREE);
        assertRefused(() -> diary.save(id, null, free), "diary.free-day-has-attack");
        DiaryEntryForm badScale = attack(TODAY.minusDays(6), "09:00", 2.0, 11);
        assertThatThrownBy(() -> as(() -> diary.save(id, null, badScale)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(as(() -> diary.entries(id, TODAY.minusDays(30), TODAY))).hasSize(1);

        DiaryEntryForm confirmed = attack(TODAY.minusDays(10), "08:00", 80.0, 7);
        confirmed.setLongDurationConfirmed(true);
        as(() -> diary.save(id, null, confirmed));
        DiaryEntryForm later = attack(TODAY.minusDays(3), "15:00", 1.0, 4);
        as(() -> diary.save(id, null, later));
        assertThat(as(() -> diary.entries(id, TODAY.minusDays(30), TODAY))).hasSize(3);
    }

    @Test
    void the_summary_counts_from_the_baseline_the_therapist_sets() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Figures", "Person");
        long id = client.id();
        LocalDate start = TODAY.minusDays(60);
        as(() -> {
            diary.setBaseline(id, start);
            DiaryEntryForm first = attack(start.plusDays(2), "20:00", 6.0, 8);
            first.setMigraine(true);
            first.setMedicationClass(AcuteMedicationClass.TRIPTAN);
            first.setMedicationDoses(1);
            diary.save(id, null, first);
            diary.save(id, null, attack(start.plusDays(10), "10:00", 3.0, 5));
            diary.save(id, null, attack(start.plusDays(30), "10:00", 2.0, 3));
            return null;
        });

        DiarySummary summary = as(() -> diary.summary(id));
        assertThat(summary.baselineSet()).isTrue();
        assertThat(summary.baselineStart()).isEqualTo(start);
        PeriodFigures baseline = summary.baseline().orElseThrow();
        // Day 2 (20:00 + 6 h runs into day 3) and day 10: three headache days, two of them migraine days.
        assertThat(baseline.headacheDays()).isEqualTo(3);
        assertThat(baseline.migraineDays()).isEqualTo(2);
        assertThat(baseline.attacks()).isEqualTo(2);
        assertThat(baseline.meanPeakIntensity()).isEqualTo(6.5);
        assertThat(baseline.meanDurationHours()).isEqualTo(4.5);
        assertThat(baseline.acuteMedicationDays()).isEqualTo(1);
        // 60 days in: periods 0 and 1 are complete, period 2 is running and empty.
        assertThat(summary.latest().orElseThrow().index()).isEqualTo(1);
        assertThat(summary.periods().get(1).headacheDays()).isEqualTo(1);
    }

    @Test
    void instruments_are_scored_and_validated_as_the_reference_says() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Instru", "Ments");
        long id = client.id();
        MidasResult result = as(() -> diary.recordMidas(id, TODAY, new MidasAnswers(3, 4, 5, 2, 8, 30, 7)));
        assertThat(result.score()).isEqualTo(22);
        assertThat(result.grade()).isEqualTo(MidasGrade.IV);
        assertRefused(
                () -> diary.recordMidas(id, TODAY, new MidasAnswers(80, 11, 0, 0, 0, null, null)), "midas.invalid");

        Hit6Result fromItems = as(() -> diary.recordHit6(id, TODAY, List.of(13, 11, 10, 8, 6, 10), null));
        assertThat(fromItems.total()).isEqualTo(58);
        assertThat(fromItems.band()).isEqualTo(Hit6Band.SUBSTANTIAL);
        Hit6Result fromTotal = as(() -> diary.recordHit6(id, TODAY.minusDays(1), null, 62));
        assertThat(fromTotal.band()).isEqualTo(Hit6Band.SEVERE);
        assertThat(fromTotal.items()).isNull();
        assertRefused(() -> diary.recordHit6(id, TODAY, List.of(13, 11, 10, 8, 7, 10), null), "hit6.item-value");
        assertRefused(() -> diary.recordHit6(id, TODAY, null, 37), "hit6.total");

        as(() -> diary.recordRatings(id, TODAY, Map.of(RatingKind.STRESS, 7, RatingKind.NECK_SHOULDER_TENSION, 5)));
        assertRefused(() -> diary.recordRatings(id, TODAY, Map.of(RatingKind.SLEEP_QUALITY, 12)), "intake.scale");

        DiarySummary summary = as(() -> diary.summary(id));
        assertThat(summary.midas()).extracting(MidasResult::score).containsExactly(22);
        assertThat(summary.hit6()).extracting(Hit6Result::total).containsExactly(62, 58);
        assertThat(summary.ratings())
                .extracting(RatingValue::kind)
                .containsExactlyInAnyOrder(RatingKind.STRESS, RatingKind.NECK_SHOULDER_TENSION);
    }

    @Test
    void a_paper_month_is_transcribed_in_one_go_leaving_days_already_recorded() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Paper", "Diary");
        long id = client.id();
        LocalDate first = TODAY.minusDays(20);
        as(() -> diary.save(id, null, attack(first, "09:00", 2.0, 4)));
        DiaryEntryForm free = DiaryEntryForm.attackOn(first.plusDays(1));
        free.setKind(EntryKind.HEADACHE_FREE);
        DiaryEntryForm again = DiaryEntryForm.attackOn(first);
        again.setIntensity(6);
        DiaryEntryForm third = DiaryEntryForm.attackOn(first.plusDays(2));
        third.setIntensity(7);
        third.setMigraine(true);

        List<LocalDate> skipped = as(() -> diary.transcribe(id, List.of(again, free, third)));

        assertThat(skipped).containsExactly(first);
        assertThat(as(() -> diary.entries(id, first, first.plusDays(2))))
                .extracting(DiaryEntryData::kind)
                .containsExactly(EntryKind.ATTACK, EntryKind.HEADACHE_FREE, EntryKind.ATTACK);
    }

    @Test
    void another_therapist_can_neither_read_nor_write_the_diary() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Private", "Diary");
        long id = client.id();
        DiaryEntryData entry = as(() -> diary.save(id, null, attack(TODAY.minusDays(2), "09:00", 2.0, 4)));
        fixtures.runAs(BEN, () -> {
            assertThatThrownBy(() -> diary.summary(id)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> diary.entries(id, TODAY.minusDays(9), TODAY))
                    .isInstanceOf(RecordNotFoundException.class);
            DiaryEntryForm edit = DiaryEntryForm.from(entry);
            assertThatThrownBy(() -> diary.save(id, entry.id(), edit)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> diary.recordMidas(id, TODAY, new MidasAnswers(1, 1, 1, 1, 1, null, null)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> diary.setBaseline(id, TODAY)).isInstanceOf(RecordNotFoundException.class);
            return null;
        });
    }

    @Test
    void nothing_is_kept_without_consent_to_keep_health_data_and_nothing_after_it_is_withdrawn() {
        ClientDetails client = fixtures.clientOf(ANNA, "No", "Consent");
        long id = client.id();
        List<Runnable> writes = List.of(
                () -> diary.save(id, null, attack(TODAY.minusDays(1), "09:00", 2.0, 4)),
                () -> diary.transcribe(id, List.of(attack(TODAY.minusDays(3), "10:00", 1.0, 3))),
                () -> diary.recordMidas(id, TODAY, new MidasAnswers(1, 1, 1, 1, 1, 4, 5)),
                () -> diary.recordHit6(id, TODAY, null, 50),
                () -> diary.recordRatings(id, TODAY, Map.of(RatingKind.STRESS, 5)));
        for (Runnable write : writes) {
            assertThatThrownBy(() -> as(() -> {
                        write.run();
                        return null;
                    }))
                    .isInstanceOf(HealthDataConsentMissingException.class)
                    .hasMessage("diary.consent-missing");
        }
        assertThat(as(() -> diary.mayKeepHealthData(id))).isFalse();
        assertThat(as(() -> diary.entries(id, TODAY.minusDays(9), TODAY))).isEmpty();
        assertThat(as(() -> diary.summary(id).midas())).isEmpty();

        fixtures.consentToHealthData(ANNA, id);
        as(() -> diary.save(id, null, attack(TODAY.minusDays(1), "09:00", 2.0, 4)));
        long consentId = as(() -> consents.consents(id)).stream()
                .filter(c -> c.type() == ConsentType.HEALTH_DATA)
                .findFirst()
                .orElseThrow()
                .id();
        as(() -> consents.withdraw(consentId, "client asked"));
        assertThatThrownBy(() -> as(() -> diary.save(id, null, attack(TODAY.minusDays(2), "09:00", 2.0, 4))))
                .isInstanceOf(HealthDataConsentMissingException.class);
        assertThat(as(() -> diary.entries(id, TODAY.minusDays(9), TODAY))).hasSize(1);
    }

    @Autowired
    ConsentService consents;

    static DiaryEntryForm attack(LocalDate date, String start, Double hours, int intensity) {
        DiaryEntryForm form = DiaryEntryForm.attackOn(date);
        form.setStartTime(LocalTime.parse(start));
        form.setDurationHours(hours);
        form.setIntensity(intensity);
        return form;
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> {
                    action.run();
                    return null;
                }))
                .isInstanceOf(DiaryRefusedException.class)
                .hasMessage(key);
    }

    private <T> T as(java.util.function.Supplier<T> task) {
        return fixtures.runAs(ANNA, task);
    }
}
