package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.headroom.treatment.Technique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Practice figures computed in SQL against a hand-worked practice of three clients, and checked
 * against the per-client report that the application computes.
 */
@IntegrationTest
class PracticeOutcomeServiceTest {

    private static final LocalDate TODAY = PracticeSample.TODAY;
    private static final LocalDate FROM = PracticeSample.FROM;

    @Autowired
    PracticeOutcomeService practice;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    PracticeSample sample;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.headroom.diary.DiaryService diary;

    private String therapist;
    private long therapistId;
    private ClientDetails responder;
    private ClientDetails partial;
    private ClientDetails noDiary;

    @BeforeEach
    void aPracticeOfThreeClients() {
        PracticeSample.Practice p = sample.create();
        therapist = p.therapist();
        therapistId = p.therapistId();
        responder = p.responder();
        partial = p.partial();
        noDiary = p.noDiary();
    }

    @Test
    void the_practice_figures_are_the_hand_worked_ones() {
        PracticeOutcomes result = fixtures.runAs(therapist, () -> practice.outcomes(null, FROM, TODAY));

        // 3 seen; 2 with an outcome, 1 responder: 50 percent; (-5.0 + -1.5) / 2 = -3.25 -> -3.3;
        // MIDAS only for the responder: -11.
        assertThat(result.overall()).isEqualTo(new PracticeOutcomes.Figures(3, 2, 0, 1, -3.3, 1, -11.0));
        assertThat(result.overall().responderRate()).isEqualTo(50.0);
        Map<Technique, PracticeOutcomes.Figures> byTechnique = result.byTechnique().stream()
                .collect(Collectors.toMap(
                        PracticeOutcomes.ByTechnique::technique, PracticeOutcomes.ByTechnique::figures));
        assertThat(byTechnique)
                .containsOnlyKeys(Technique.TRIGGER_POINT_THERAPY, Technique.REFLEXOLOGY, Technique.SWEDISH_MASSAGE);
        assertThat(byTechnique.get(Technique.TRIGGER_POINT_THERAPY))
                .isEqualTo(new PracticeOutcomes.Figures(2, 2, 0, 1, -3.3, 1, -11.0));
        assertThat(byTechnique.get(Technique.REFLEXOLOGY))
                .isEqualTo(new PracticeOutcomes.Figures(1, 1, 0, 0, -1.5, 0, null));
        assertThat(byTechnique.get(Technique.SWEDISH_MASSAGE))
                .isEqualTo(new PracticeOutcomes.Figures(1, 0, 0, 0, null, 0, null));
        assertThat(result.byTechnique().getFirst().technique()).isEqualTo(Technique.TRIGGER_POINT_THERAPY);
    }

    @Test
    void a_client_whose_diary_is_too_short_is_left_out_and_counted_as_such() {
        fixtures.runAs(therapist, () -> {
            // A few attacks written down and nothing else: 5 of 28 baseline days, 3 of the next.
            ClientDetails sparse = fixtures.diaryClientOf(therapist, "Sparse", Fixtures.unique("Diary"));
            diary.setBaseline(sparse.id(), PracticeSample.BASELINE);
            for (int day : new int[] {1, 4, 9, 15, 22, 30, 41, 50}) {
                var form = org.headroom.diary.DiaryEntryForm.attackOn(PracticeSample.BASELINE.plusDays(day));
                form.setIntensity(6);
                diary.save(sparse.id(), null, form);
            }
            return null;
        });
        PracticeOutcomes result = fixtures.runAs(therapist, () -> practice.outcomes(null, FROM, TODAY));
        assertThat(result.overall().withOutcome())
                .as("the two complete diaries only")
                .isEqualTo(2);
        assertThat(result.overall().shortDiary()).isEqualTo(1);
        assertThat(result.overall().responderRate()).isEqualTo(50.0);
    }

    @Test
    void the_sql_agrees_with_the_client_report() {
        List<ClientOutcomeRow> rows = new ArrayList<>();
        fixtures.runAs(therapist, () -> {
            practice.eachClient(null, FROM, TODAY, rows::add);
            return null;
        });
        assertThat(rows)
                .extracting(ClientOutcomeRow::clientId)
                .containsExactlyInAnyOrder(responder.id(), partial.id(), noDiary.id());
        for (ClientDetails client : List.of(responder, partial)) {
            DiaryOutcome report = fixtures.runAs(therapist, () -> outcomes.report(client.id(), FROM, TODAY))
                    .diary()
                    .orElseThrow();
            ClientOutcomeRow row = rows.stream()
                    .filter(r -> r.clientId() == client.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(row.baselineHeadacheDays().doubleValue())
                    .isEqualTo(report.headacheDays().baseline());
            assertThat(row.currentHeadacheDays())
                    .isEqualTo(report.headacheDays().current());
            assertThat(row.responder()).isEqualTo(report.responder());
            assertThat(row.comparedPeriods()).isEqualTo(report.compared().size());
        }
        ClientOutcomeRow partialRow = rows.stream()
                .filter(r -> r.clientId() == partial.id())
                .findFirst()
                .orElseThrow();
        assertThat(partialRow.baselineHeadacheDays())
                .as("the attack over midnight counts on two days")
                .isEqualTo(6);
    }

    @Test
    void a_therapist_sees_only_their_own_clients_and_the_admin_export_names_no_client() {
        PracticeOutcomes anna = fixtures.runAs(ANNA, () -> practice.outcomes(therapistId, FROM, TODAY));
        assertThat(anna.therapistId())
                .as("a therapist cannot choose another's clients")
                .isNotEqualTo(therapistId);

        PracticeOutcomes admin = fixtures.runAs(ADMIN, () -> practice.outcomes(therapistId, FROM, TODAY));
        assertThat(admin.overall().clients()).isEqualTo(3);
        PracticeOutcomes whole = fixtures.runAs(ADMIN, () -> practice.outcomes(null, FROM, TODAY));
        assertThat(whole.therapistId()).isNull();
        assertThat(whole.overall().clients())
                .as("the whole practice includes this therapist's")
                .isGreaterThanOrEqualTo(3);
        assertThat(whole.overall().responders()).isGreaterThanOrEqualTo(1);

        StringWriter adminCsv = new StringWriter();
        fixtures.runAs(ADMIN, () -> {
            practice.writeCsv(therapistId, FROM, TODAY, adminCsv);
            return null;
        });
        String[] lines = adminCsv.toString().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("client_number,client_name,therapist,");
        assertThat(adminCsv.toString()).doesNotContain(responder.lastName(), partial.lastName());
        assertThat(lines).contains(responder.id() + ",,\"Practice " + therapist + "\",8,3.0,-5.0,2,yes,20,9,1");

        StringWriter ownCsv = new StringWriter();
        fixtures.runAs(therapist, () -> {
            practice.writeCsv(null, FROM, TODAY, ownCsv);
            return null;
        });
        assertThat(ownCsv.toString())
                .contains(partial.id() + ",\"Part " + partial.lastName() + "\",\"Practice " + therapist
                        + "\",6,4.5,-1.5,2,no,,,1");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_is_defused() {
        assertThat(org.headroom.base.Csv.text("=HYPERLINK(\"http://x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(org.headroom.base.Csv.text("O'Brien, Ann")).isEqualTo("\"O'Brien, Ann\"");
    }
}
