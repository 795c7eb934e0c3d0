package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.audit.AuditTrail;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientOwners;
import org.headroom.intake.ConsentService;
import org.headroom.security.SystemAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month of diary kept by the client, day by day: each evening the diary page offers that day,
 * the client records it on time, and after 28 days the therapist's figures rest on 28 recorded
 * days. The client's side runs on a clock moved one day at a time.
 */
@IntegrationTest
class ClientDiaryMonthTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    ClientDiaryRepository diaries;

    @Autowired
    DiaryDeviceRepository devices;

    @Autowired
    DiaryEntryRepository entries;

    @Autowired
    ClientMedicineRepository medicines;

    @Autowired
    QuestionnaireScheduleRepository schedules;

    @Autowired
    MidasRepository midas;

    @Autowired
    Hit6Repository hit6;

    @Autowired
    DiaryLines lines;

    @Autowired
    PeriodFiguresStore periodFigures;

    @Autowired
    ClientOwners owners;

    @Autowired
    ConsentService consents;

    @Autowired
    SystemAccounts system;

    @Autowired
    ClientDiarySettings settings;

    @Autowired
    ClinicalSettings clinical;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ClientDiaryService clientDiary;

    @Autowired
    DiaryAccessService access;

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    /** The client's diary as it is on the evening of {@code day}. */
    private ClientDiaryService on(LocalDate day) {
        Instant evening = day.atTime(20, 15).atZone(LONDON).toInstant();
        return new ClientDiaryService(
                diaries,
                devices,
                entries,
                medicines,
                schedules,
                midas,
                hit6,
                lines,
                periodFigures,
                owners,
                consents,
                system,
                settings,
                clinical,
                audit,
                Clock.fixed(evening, LONDON));
    }

    @Test
    void a_client_keeps_a_month_of_diary_and_the_therapist_figures_rest_on_every_day() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Mona", Fixtures.unique("Month"));
        LocalDate first = LocalDate.now(LONDON).minusDays(40);
        fixtures.runAs(ANNA, () -> {
            diary.setBaseline(client.id(), first);
            return null;
        });
        String link = fixtures.runAs(ANNA, () -> access.start(client.id()).path())
                .substring(DiaryAccessService.LINK_PREFIX.length());
        String phone = clientDiary.registerDevice(link, LocalDate.of(1984, 5, 17), "Phone");

        int headaches = 0;
        for (int i = 0; i < 28; i++) {
            LocalDate day = first.plusDays(i);
            ClientDiaryService that = on(day);
            DiaryHome home = transactions.execute(tx -> that.home(phone));
            assertThat(home.today()).isEqualTo(day);
            assertThat(home.days().getFirst().recorded())
                    .as("%s not yet filled in", day)
                    .isFalse();
            DiaryEntryForm form = DiaryEntryForm.attackOn(day);
            if (i % 4 == 1) {
                form.setStartTime(LocalTime.of(9, 0));
                form.setDurationHours(4.0);
                form.setIntensity(5 + i % 3);
                headaches++;
            } else {
                form.setKind(EntryKind.HEADACHE_FREE);
            }
            SavedDay saved = transactions.execute(tx -> that.saveDay(phone, null, form, Map.of(), "day-" + day));
            assertThat(saved.entry().origin().late())
                    .as("recorded on its own day")
                    .isFalse();
            assertThat(transactions
                            .execute(tx -> that.home(phone))
                            .days()
                            .getFirst()
                            .recorded())
                    .isTrue();
        }

        DiarySummary summary = fixtures.runAs(ANNA, () -> diary.summary(client.id()));
        PeriodFigures month = summary.baseline().orElseThrow();
        assertThat(month.recordedDays()).isEqualTo(28);
        assertThat(month.enoughDiary()).isTrue();
        assertThat(month.headacheDays()).isEqualTo(headaches);
        assertThat(fixtures.runAs(ANNA, () -> diary.entries(client.id(), first, first.plusDays(27))))
                .hasSize(28)
                .allSatisfy(e -> assertThat(e.origin().byClient()).isTrue());
    }
}
