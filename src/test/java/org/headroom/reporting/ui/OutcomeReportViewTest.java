package org.headroom.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.base.Formats;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.MidasAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class OutcomeReportViewTest extends ViewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void the_report_shows_the_change_against_baseline_and_reads_the_responder_rule() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Report", "Reader");
        LocalDate baseline = TODAY.minusDays(60);
        diary.setBaseline(client.id(), baseline);
        attacks(client.id(), baseline, 6);
        attacks(client.id(), baseline.plusDays(28), 2);
        diary.recordMidas(client.id(), baseline, new MidasAnswers(4, 4, 4, 4, 4, 30, 7));
        diary.recordMidas(client.id(), TODAY, new MidasAnswers(1, 1, 1, 1, 1, 10, 4));

        navigateTo("clients/" + client.id());
        test(find(Button.class).id("open-report")).click();
        OutcomeReportView view = (OutcomeReportView) getCurrentView();

        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("report-responder")
                        .getText())
                .startsWith("Responder");
        var grid = test(view.figures);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Headache days");
        assertThat(grid.getCellText(0, 1)).isEqualTo("6");
        assertThat(grid.getCellText(0, 2)).isEqualTo("2");
        assertThat(grid.getCellText(0, 3)).isEqualTo("-4");
        assertThat(grid.getCellText(0, 4)).isEqualTo("-67 %");
        assertThat(grid.getCellText(4, 0)).as("what the figures rest on").isEqualTo("Days recorded (of 28)");
        assertThat(grid.getCellText(4, 1)).isEqualTo("28");
        assertThat(grid.getCellText(4, 2)).isEqualTo("28");
        var instruments = test(view.instruments);
        // MIDAS (4 + 4 + 4 + 4 + 4) = 20 to 5: -15, -75 percent.
        assertThat(instruments.getCellText(0, 1)).isEqualTo("20 (grade III)");
        assertThat(instruments.getCellText(0, 2)).isEqualTo("5 (grade I)");
        assertThat(instruments.getCellText(0, 3)).isEqualTo("-15");
        assertThat(instruments.getCellText(0, 4)).isEqualTo("-75 %");
        assertThat(find(Div.class).id("report-summary").getElement().getTextRecursively())
                .contains(
                        "Headache days fell from 6 to 2 per 28 days (67 % fewer)",
                        "The MIDAS disability score went from 20 (grade III) to 5 (grade I).");
        assertThat(find(Image.class).id("chart-headache-days").getAlt())
                .hasValue("Headache days per 28 days: Baseline 6; " + Formats.shortDate(baseline.plusDays(28)) + " 2.");
        assertThat(view.clientPdf.isEnabled()).isTrue();
        assertThat(view.clientPdf.getHref()).isNotBlank();
        assertThat(view.gpPdf.isEnabled()).as("no GP consent recorded").isFalse();
        assertThat(view.gpPdf.getElement().getAttribute("title")).contains("no standing consent");
    }

    @Test
    @WithUserDetails(ANNA)
    void a_client_without_a_diary_gets_an_explanation_not_numbers() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "No", "Diary");
        navigateTo("clients/" + client.id() + "/report");
        String text = ((OutcomeReportView) getCurrentView()).getElement().getTextRecursively();
        assertThat(text).contains("There is no baseline with enough diary yet", "no change can be shown");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("report-responder")
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails(ANNA)
    void a_client_whose_diary_is_months_old_gets_figures_on_the_span_with_data_and_is_told_it_is_old() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Old", "Records");
        LocalDate baseline = TODAY.minusDays(300);
        diary.setBaseline(client.id(), baseline);
        attacks(client.id(), baseline, 8);
        attacks(client.id(), baseline.plusDays(28), 4);
        attacks(client.id(), baseline.plusDays(56), 3);

        OutcomeReportView view = (OutcomeReportView) navigateTo("clients/" + client.id() + "/report");

        assertThat(view.from.getValue()).isEqualTo(baseline.plusDays(28));
        assertThat(view.to.getValue()).isEqualTo(baseline.plusDays(83));
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Not enough", "no change can be shown");
        assertThat(test(view.figures).getCellText(0, 1)).isEqualTo("8");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("report-span-old")
                        .getElement()
                        .getTextRecursively())
                .contains("This client's latest records are up to " + Formats.date(baseline.plusDays(83)));
    }

    @Test
    @WithUserDetails(BEN)
    void another_therapists_client_report_is_not_found() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Hidden", "Report");
        assertThat(navigateTo("clients/" + client.id() + "/report").getClass().getSimpleName())
                .isEqualTo("NotFoundView");
    }

    private void attacks(long clientId, LocalDate start, int days) {
        for (int i = 0; i < days; i++) {
            DiaryEntryForm form = DiaryEntryForm.attackOn(start.plusDays(3L * i + 1));
            form.setStartTime(LocalTime.of(8, 0));
            form.setDurationHours(4.0);
            form.setIntensity(7);
            org.headroom.diary.DiaryTestData.attack(diary, clientId, form);
        }
        org.headroom.diary.DiaryTestData.restHeadacheFree(diary, clientId, start);
    }
}
