package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client's own diary through its personal link and remembered devices: what a link and a device
 * reach, the date-of-birth check, the rules a client's day must meet, and the therapist's side.
 */
@IntegrationTest
class ClientDiaryServiceTest {

    private static final LocalDate BIRTH = LocalDate.of(1984, 5, 17);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ClientDiaryService clientDiary;

    @Autowired
    DiaryAccessService access;

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private record Started(ClientDetails client, String link) {}

    private Started started(String therapist, String name) {
        ClientDetails client = fixtures.diaryClientOf(therapist, name, Fixtures.unique("Diary"));
        String path = fixtures.runAs(therapist, () -> access.start(client.id()).path());
        return new Started(client, path.substring(DiaryAccessService.LINK_PREFIX.length()));
    }

    @Test
    void a_link_and_the_date_of_birth_register_a_device_that_reaches_only_its_own_diary() {
        Started anna = started(ANNA, "Ada");
        Started ben = started(BEN, "Bea");

        assertThat(clientDiary.linkUsable(anna.link())).isTrue();
        assertThatThrownBy(() -> clientDiary.registerDevice(anna.link(), BIRTH.plusDays(1), "Phone"))
                .isInstanceOf(WrongBirthDateException.class)
                .satisfies(e ->
                        assertThat(((WrongBirthDateException) e).attemptsLeft()).isEqualTo(4));
        String adaPhone = clientDiary.registerDevice(anna.link(), BIRTH, "Chrome on Android");
        String beaPhone = clientDiary.registerDevice(ben.link(), BIRTH, "Safari on iPhone");

        assertThat(clientDiary.sameDiary(anna.link(), adaPhone))
                .as("her own link again opens her diary")
                .isTrue();
        assertThat(clientDiary.sameDiary(ben.link(), adaPhone))
                .as("another person's link on her phone asks for that person's date of birth")
                .isFalse();
        assertThat(clientDiary.home(adaPhone).greetingName()).isEqualTo("Ada");
        assertThat(clientDiary.home(beaPhone).greetingName()).isEqualTo("Bea");
        assertThat(clientDiary.home(adaPhone).days()).hasSize(8).first().satisfies(d -> {
            assertThat(d.date()).isEqualTo(TODAY);
            assertThat(d.recorded()).isFalse();
        });

        SavedDay saved = clientDiary.saveDay(adaPhone, null, free(TODAY), Map.of(), "sub-1");
        assertThat(saved.entry().origin().byClient()).isTrue();
        assertThat(saved.entry().origin().late()).isFalse();
        assertThat(clientDiary.home(adaPhone).days().getFirst().headacheFree()).isTrue();
        assertThat(clientDiary.home(beaPhone).days().getFirst().recorded())
                .as("Bea's diary is untouched")
                .isFalse();

        // Ada's line cannot be changed through Bea's device, nor read by Bea's therapist.
        DiaryEntryForm change = DiaryEntryForm.from(saved.entry());
        assertThatThrownBy(() -> clientDiary.saveDay(beaPhone, saved.entry().id(), change, Map.of(), null))
                .isInstanceOf(DiaryUnavailableException.class);
        assertThatThrownBy(() ->
                        fixtures.runAs(BEN, () -> diary.entries(anna.client().id(), TODAY, TODAY)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() ->
                        fixtures.runAs(BEN, () -> access.access(anna.client().id())))
                .isInstanceOf(RecordNotFoundException.class);

        // Tokens that are not a device open nothing: the link itself, a made-up one, another shape.
        assertThat(clientDiary.deviceKnown(anna.link())).isFalse();
        assertThat(clientDiary.deviceKnown("x".repeat(43))).isFalse();
        assertThatThrownBy(() -> clientDiary.home(null)).isInstanceOf(DiaryUnavailableException.class);

        // What the client wrote is in the audit trail as the client's own action through the link.
        List<String> users = jdbc.queryForList(
                "select username from audit_event where client_id = ? and action = 'CREATE' and record_type = 'DIARY'",
                String.class,
                anna.client().id());
        assertThat(users).containsOnly("client link");
    }

    @Test
    void wrong_dates_of_birth_stop_the_link_and_the_therapist_revokes_links_and_devices() {
        Started s = started(ANNA, "Cal");
        for (int i = 4; i >= 0; i--) {
            int left = i;
            assertThatThrownBy(() -> clientDiary.registerDevice(s.link(), BIRTH.minusYears(1), "Phone"))
                    .satisfies(e -> assertThat(((WrongBirthDateException) e).attemptsLeft())
                            .isEqualTo(left));
        }
        assertThat(clientDiary.linkUsable(s.link())).isFalse();
        assertThatThrownBy(() -> clientDiary.registerDevice(s.link(), BIRTH, "Phone"))
                .as("even with the right date once stopped")
                .isInstanceOf(DiaryUnavailableException.class);

        String fresh = fixtures.runAs(ANNA, () -> access.start(s.client().id()).path())
                .substring(DiaryAccessService.LINK_PREFIX.length());
        String phone = clientDiary.registerDevice(fresh, BIRTH, "Phone");
        String tablet = clientDiary.registerDevice(fresh, BIRTH, "Tablet");
        fixtures.runAs(ANNA, () -> {
            access.revokeLink(s.client().id());
            return null;
        });
        assertThat(clientDiary.linkUsable(fresh)).isFalse();
        assertThat(clientDiary.deviceKnown(phone))
                .as("devices keep working without the link")
                .isTrue();

        var devices = fixtures.runAs(ANNA, () -> access.access(s.client().id()).devices());
        assertThat(devices).extracting(DiaryDeviceInfo::label).containsExactlyInAnyOrder("Phone", "Tablet");
        long tabletId = devices.stream()
                .filter(d -> d.label().equals("Tablet"))
                .findFirst()
                .orElseThrow()
                .id();
        fixtures.runAs(ANNA, () -> {
            access.revokeDevice(s.client().id(), tabletId);
            return null;
        });
        assertThat(clientDiary.deviceKnown(tablet)).isFalse();
        assertThat(clientDiary.deviceKnown(phone)).isTrue();

        fixtures.runAs(ANNA, () -> {
            access.turnOff(s.client().id());
            return null;
        });
        assertThat(clientDiary.deviceKnown(phone)).as("diary off").isFalse();
    }

    @Test
    void a_day_follows_the_rules_and_a_repeated_submission_is_recognised() {
        Started s = started(ANNA, "Dot");
        String phone = clientDiary.registerDevice(s.link(), BIRTH, "Phone");
        List<MedicineChoice> meds = clientDiary.addMedicine(phone, "Sumatriptan 50 mg", AcuteMedicationClass.TRIPTAN);
        long suma = meds.getFirst().id();

        DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusDays(2));
        attack.setStartTime(LocalTime.of(7, 30));
        attack.setDurationHours(5.0);
        attack.setIntensity(7);
        attack.setMigraine(true);
        SavedDay first = clientDiary.saveDay(phone, null, attack, Map.of(suma, 1), "same-key");
        assertThat(first.alreadySaved()).isFalse();
        assertThat(first.entry().origin().late()).as("filled in after its day").isTrue();
        assertThat(first.entry().medicines())
                .containsExactly(
                        new MedicineTaken(TODAY.minusDays(2), "Sumatriptan 50 mg", AcuteMedicationClass.TRIPTAN, 1));

        SavedDay again = clientDiary.saveDay(phone, null, attack, Map.of(suma, 1), "same-key");
        assertThat(again.alreadySaved()).isTrue();
        assertThat(again.entry().id()).isEqualTo(first.entry().id());
        assertThat(fixtures.runAs(ANNA, () -> diary.entries(s.client().id(), TODAY.minusDays(9), TODAY)))
                .hasSize(1);

        assertRefused(
                () -> clientDiary.saveDay(phone, null, free(TODAY.minusDays(2)), Map.of(), "k2"),
                "diary.free-day-has-attack");
        // The client's own "no headache" mark gives way to a headache recorded later that day.
        clientDiary.saveDay(phone, null, free(TODAY.minusDays(4)), Map.of(), "m1");
        DiaryEntryData later = clientDiary
                .saveDay(phone, null, attackOn(TODAY.minusDays(4)), Map.of(), "m2")
                .entry();
        assertThat(fixtures.runAs(ANNA, () -> diary.entries(s.client().id(), TODAY.minusDays(4), TODAY.minusDays(4))))
                .extracting(DiaryEntryData::id)
                .containsExactly(later.id());
        clientDiary.saveDay(phone, null, free(TODAY.minusDays(1)), Map.of(), "k3");
        assertRefused(
                () -> clientDiary.saveDay(phone, null, free(TODAY.minusDays(1)), Map.of(), "k4"),
                "diary.free-day-exists");
        assertThatThrownBy(() -> clientDiary.saveDay(phone, null, free(TODAY.plusDays(1)), Map.of(), "k5"))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("Dates in the future cannot be recorded");
        assertRefused(
                () -> clientDiary.saveDay(phone, null, free(TODAY.minusDays(8)), Map.of(), "k6"),
                "diary.client.too-far-back");
        DiaryEntryForm tooLong = DiaryEntryForm.attackOn(TODAY.minusDays(3));
        tooLong.setStartTime(LocalTime.of(1, 0));
        tooLong.setDurationHours(300.0);
        tooLong.setIntensity(5);
        assertThatThrownBy(() -> clientDiary.saveDay(phone, null, tooLong, Map.of(), "k7"))
                .as("more than 240 hours")
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertRefused(
                () -> clientDiary.saveDay(phone, null, attackOn(TODAY.minusDays(3)), Map.of(999_999L, 1), "k8"),
                "diary.client.medicine-unknown");

        // A headache-free day the therapist recorded is not replaced by the client's headache.
        fixtures.runAs(ANNA, () -> diary.save(s.client().id(), null, free(TODAY.minusDays(5))));
        assertRefused(
                () -> clientDiary.saveDay(phone, null, attackOn(TODAY.minusDays(5)), Map.of(), "k9"),
                "diary.attack-on-free-day");
    }

    /**
     * An attack still going counts up to today and is ended later, with medicine on the end day. It
     * starts yesterday evening so that the run's hour never puts its start or end in the future.
     */
    @Test
    void an_attack_still_going_is_ended_later() {
        Started s = started(ANNA, "Ola");
        String phone = clientDiary.registerDevice(s.link(), BIRTH, "Phone");
        long suma = clientDiary
                .addMedicine(phone, "Sumatriptan 50 mg", AcuteMedicationClass.TRIPTAN)
                .getFirst()
                .id();
        LocalDate yesterday = TODAY.minusDays(1);
        DiaryEntryForm going = attackOn(yesterday);
        going.setStartTime(LocalTime.of(23, 30));
        going.setDurationHours(null);
        going.setStillGoing(true);
        long goingId =
                clientDiary.saveDay(phone, null, going, Map.of(), "g1").entry().id();
        assertThat(clientDiary.home(phone).stillGoing()).isPresent();
        assertRefused(() -> clientDiary.saveDay(phone, null, attackOn(TODAY), Map.of(), "g2"), "diary.still-going");
        DiaryEntryData ended = clientDiary.endAttack(phone, goingId, yesterday.atTime(23, 45), Map.of(suma, 1));
        assertThat(ended.stillGoing()).isFalse();
        assertThat(ended.durationHours()).isEqualTo(0.25);
        assertThat(ended.medicines()).extracting(MedicineTaken::takenOn).containsExactly(yesterday);
        assertRefused(
                () -> clientDiary.endAttack(phone, goingId, LocalDateTime.now().plusHours(2), Map.of()),
                "diary.client.not-going");
    }

    @Test
    void without_consent_to_keep_health_data_nothing_is_saved() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Eve", Fixtures.unique("Diary"));
        String link = fixtures.runAs(ANNA, () -> access.start(client.id()).path())
                .substring(DiaryAccessService.LINK_PREFIX.length());
        String phone = clientDiary.registerDevice(link, BIRTH, "Phone");
        jdbc.update("update consent set withdrawn_at = current_timestamp(6) where client_id = ?", client.id());
        assertThat(clientDiary.home(phone).mayKeepHealthData()).isFalse();
        assertThatThrownBy(() -> clientDiary.saveDay(phone, null, free(TODAY), Map.of(), "k"))
                .isInstanceOf(HealthDataConsentMissingException.class);
        assertThat(fixtures.runAs(ANNA, () -> diary.entries(client.id(), TODAY, TODAY)))
                .isEmpty();
    }

    @Test
    void the_therapist_corrects_a_client_line_and_the_client_original_stays_readable() {
        Started s = started(ANNA, "Fay");
        String phone = clientDiary.registerDevice(s.link(), BIRTH, "Phone");
        DiaryEntryData line =
                clientDiary.saveDay(phone, null, attackOn(TODAY), Map.of(), "k").entry();

        DiaryEntryForm correction = DiaryEntryForm.from(line);
        correction.setIntensity(4);
        DiaryEntryData corrected =
                fixtures.runAs(ANNA, () -> diary.save(s.client().id(), line.id(), correction));
        assertThat(corrected.intensity()).isEqualTo(4);
        assertThat(corrected.origin().byClient()).isTrue();
        assertThat(corrected.origin().corrected()).isTrue();
        assertThat(corrected.origin().clientOriginal().intensity())
                .as("the client's own value")
                .isEqualTo(6);

        DiaryEntryForm second = DiaryEntryForm.from(corrected);
        second.setIntensity(5);
        DiaryEntryData again = fixtures.runAs(ANNA, () -> diary.save(s.client().id(), line.id(), second));
        assertThat(again.origin().clientOriginal().intensity())
                .as("a second correction keeps the client's original, not the first correction")
                .isEqualTo(6);
        DiaryEntryForm byClient = DiaryEntryForm.from(again);
        assertRefused(() -> clientDiary.saveDay(phone, line.id(), byClient, Map.of(), null), "diary.client.not-yours");
    }

    @Test
    void the_therapist_schedules_questionnaires_and_the_client_answers_them() {
        Started s = started(ANNA, "Gil");
        String phone = clientDiary.registerDevice(s.link(), BIRTH, "Phone");
        fixtures.runAs(ANNA, () -> access.schedule(s.client().id(), Instrument.MIDAS, 90, TODAY));
        assertThat(clientDiary.home(phone).due()).containsExactly(Instrument.MIDAS);
        assertRefused(
                () -> fixtures.runAs(ANNA, () -> access.schedule(s.client().id(), Instrument.MIDAS, 3, TODAY)),
                "diary.schedule.interval");
        // The tests stand in for a practice with a HIT-6 licence (application-test.properties).
        fixtures.runAs(ANNA, () -> access.schedule(s.client().id(), Instrument.HIT6, 28, TODAY.plusDays(1)));
        assertThat(clientDiary.home(phone).due()).as("HIT-6 first due tomorrow").containsExactly(Instrument.MIDAS);

        MidasResult result = clientDiary.answerMidas(phone, new MidasAnswers(2, 3, 1, 0, 4, 12, 6));
        assertThat(result.score()).isEqualTo(10);
        assertThat(result.clientReported()).isTrue();
        assertThat(clientDiary.home(phone).due())
                .as("answered: due again in 90 days")
                .isEmpty();
        assertThat(fixtures.runAs(ANNA, () -> access.access(s.client().id()).schedules()))
                .filteredOn(i -> i.instrument() == Instrument.MIDAS)
                .singleElement()
                .satisfies(i -> assertThat(i.nextDue()).isEqualTo(TODAY.plusDays(90)));
        assertThat(fixtures.runAs(ANNA, () -> diary.summary(s.client().id()).midas()))
                .singleElement()
                .satisfies(m -> assertThat(m.clientReported()).isTrue());
        assertRefused(() -> clientDiary.answerHit6(phone, List.of(6, 8, 10, 11, 13, 7)), "hit6.item-value");
        Hit6Result hit6 = clientDiary.answerHit6(phone, List.of(6, 8, 10, 11, 13, 6));
        assertThat(hit6.total()).isEqualTo(54);
        assertThat(hit6.clientReported()).isTrue();
    }

    @Test
    void without_the_practice_s_licensed_wording_hit6_is_not_offered_to_clients() {
        assertThat(new ClientDiarySettings(7, 5, java.time.Duration.ofDays(400), 3, List.of()).hit6Licensed())
                .isFalse();
        assertThat(new ClientDiarySettings(
                                7, 5, java.time.Duration.ofDays(400), 3, List.of("a", "b", "c", "d", "e", " "))
                        .hit6Licensed())
                .as("a blank question")
                .isFalse();
    }

    private static DiaryEntryForm free(LocalDate day) {
        DiaryEntryForm form = DiaryEntryForm.attackOn(day);
        form.setKind(EntryKind.HEADACHE_FREE);
        return form;
    }

    private static DiaryEntryForm attackOn(LocalDate day) {
        DiaryEntryForm form = DiaryEntryForm.attackOn(day);
        form.setStartTime(LocalTime.of(0, 10));
        form.setDurationHours(0.1);
        form.setIntensity(6);
        return form;
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(DiaryRefusedException.class).satisfies(e -> assertThat(
                        ((DiaryRefusedException) e).getMessage())
                .isEqualTo(key));
    }
}
