package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A therapist opens a client's outcome report from the client page and downloads the PDF. */
class OutcomeReportJourneyTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    DiaryService diary;

    @Autowired
    ConsentService consents;

    @Autowired
    SessionNoteService notes;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void open_a_report_and_download_the_pdf_with_the_figures_of_the_screen() throws Exception {
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Rhea", "Ports");
        LocalDate baseline = TODAY.minusDays(84);
        fixtures.runAs(Fixtures.ANNA, () -> {
            diary.setBaseline(client.id(), baseline);
            // 6 headache days at baseline, then 3 and 3: 3.0, -3.0, -50 percent.
            org.headroom.diary.DiaryTestData.period(diary, client.id(), baseline, 6);
            org.headroom.diary.DiaryTestData.period(diary, client.id(), baseline.plusDays(28), 3);
            org.headroom.diary.DiaryTestData.period(diary, client.id(), baseline.plusDays(56), 3);
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            consents.record(client.id(), null, IntakeFixtures.typed(text, true, "Rhea Ports"));
            var draft = notes.start(client.id());
            var form = draft.content();
            form.setDate(baseline.plusDays(40));
            form.setDurationMinutes(60);
            form.setPainBefore(6);
            form.setPainAfter(2);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 20, PressureLevel.LIGHT)));
            form.setAreas(EnumSet.of(BodyRegion.TEMPLE_LEFT));
            notes.sign(draft.id(), draft.version(), form, null);
            return null;
        });

        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        driver.get(url("/clients/" + client.id()));
        click("open-report");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-headache-days")));
        assertThat(textOf("report-responder")).startsWith("Responder");
        assertThat(textOf("report-summary")).contains("Headache days fell from 6 to 3 per 28 days (50 % fewer)");
        // Every chart image is drawn when the browser asks for it, served, and decodes at twice its size.
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const c = Array.from(document.querySelectorAll('img.hr-chart'));"
                        + " return c.length >= 2 && c.every(i => i.complete && i.naturalWidth === 1440);")));

        click("report-pdf-client");
        byte[] pdf = Files.readAllBytes(downloaded(".pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Your progress report: " + client.fullName(),
                            "Headache days 6 3 -3 -50 %",
                            "Headache days fell from 6 to 3 per 28 days (50 % fewer)",
                            "Acupressure (1)");
        }
        // The print is in the audit trail, with the address the browser came from.
        assertThat(jdbc.queryForObject(
                        "select remote_addr from audit_event where client_id = ? and action = 'PRINT'"
                                + " and record_type = 'REPORT'",
                        String.class,
                        client.id()))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
}
