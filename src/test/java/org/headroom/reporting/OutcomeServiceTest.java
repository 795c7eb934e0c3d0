package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.Formats;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.MidasAnswers;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentText;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OutcomeServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    OutcomeService outcomes;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    ConsentService consents;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_report_compares_the_period_with_the_baseline_in_a_bounded_number_of_statements() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Out", "Come");
        LocalDate baseline = TODAY.minusDays(84);
        as(() -> {
            diary.setBaseline(client.id(), baseline);
            // Baseline: attacks on 8 days; periods 1 and 2: 4 and 2 days.
            addAttacks(client.id(), baseline, 8);
            addAttacks(client.id(), baseline.plusDays(28), 4);
            addAttacks(client.id(), baseline.plusDays(56), 2);
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            consents.record(client.id(), null, IntakeFixtures.typed(text, true, "Client"));
            signNote(client.id(), baseline.plusDays(30), 6, 3, Technique.TRIGGER_POINT_THERAPY);
            signNote(client.id(), baseline.plusDays(44), 5, 4, Technique.TRIGGER_POINT_THERAPY);
            return null;
        });

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        OutcomeReport report = as(() -> outcomes.report(client.id(), baseline.plusDays(28), TODAY));
        long statementsFewRows = statistics.getPrepareStatementCount();
        assertThat(statementsFewRows).as("statistics are collected").isBetween(1L, 20L);

        DiaryOutcome d = report.diary().orElseThrow();
        // (4 + 2) / 2 = 3 headache days per 28 against 8: -5, -62.5 percent: a responder.
        assertThat(d.headacheDays()).isEqualTo(new Change(8.0, 3.0, -5.0, -62.5));
        assertThat(d.responder()).isTrue();
        assertThat(report.thinData()).isEmpty();
        assertThat(report.sessions())
                .extracting(SessionPain::reading)
                .containsExactly(PainReading.IMPROVED, PainReading.NO_CHANGE);
        // ((6 - 3) + (5 - 4)) / 2 = 2.0
        assertThat(report.meanPainFall()).isEqualTo(2.0);
        assertThat(report.improvedSessions()).isEqualTo(1);
        assertThat(report.techniques()).containsExactly(new Counted<>(Technique.TRIGGER_POINT_THERAPY, 2));
        assertThat(report.areas()).first().isEqualTo(new Counted<>(BodyRegion.OCCIPUT, 2));

        as(() -> {
            for (int week = 0; week < 8; week++) {
                signNote(client.id(), baseline.plusDays(57 + 3L * week), 5, 2, Technique.REFLEXOLOGY);
            }
            addAttacks(client.id(), baseline.plusDays(66), 6);
            return null;
        });
        statistics.clear();
        as(() -> outcomes.report(client.id(), baseline.plusDays(28), TODAY));
        assertThat(statistics.getPrepareStatementCount())
                .as("statements do not grow with the data")
                .isEqualTo(statementsFewRows);
    }

    @Test
    void the_pdf_prints_the_figures_of_the_screen_and_a_gp_copy_needs_gp_consent() throws IOException {
        ClientForm form = Fixtures.validForm("Paper", Fixtures.unique("Report"));
        form.setGpName("Dr Rhona Hale");
        form.setGpPractice("Riverside Surgery");
        ClientDetails client = as(() -> fixtures.clientService().create(form));
        fixtures.consentToHealthData(ANNA, client.id());
        LocalDate baseline = TODAY.minusDays(84);
        as(() -> {
            diary.setBaseline(client.id(), baseline);
            addAttacks(client.id(), baseline, 8);
            addAttacks(client.id(), baseline.plusDays(28), 4);
            addAttacks(client.id(), baseline.plusDays(56), 2);
            diary.recordMidas(client.id(), baseline, new MidasAnswers(4, 4, 4, 4, 4, 20, 7));
            diary.recordMidas(client.id(), TODAY, new MidasAnswers(2, 2, 2, 2, 1, 8, 5));
            consents.record(client.id(), null, IntakeFixtures.typed(text(ConsentType.TREATMENT), true, "Paper Client"));
            signNote(client.id(), baseline.plusDays(30), 6, 3, Technique.TRIGGER_POINT_THERAPY);
            return null;
        });

        assertThatThrownBy(() -> as(() -> outcomes.pdf(client.id(), baseline.plusDays(28), TODAY, ReportAudience.GP)))
                .isInstanceOf(ReportRefusedException.class)
                .hasMessage("report.gp.no-consent");

        byte[] pdf = as(() -> outcomes.pdf(client.id(), baseline.plusDays(28), TODAY, ReportAudience.CLIENT));
        Files.write(Path.of("target", "outcome-report-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Your progress report: " + client.fullName(),
                            "Headroom demo practice",
                            "Anna Therapist, registration " + Fixtures.ANNA_REGISTRATION,
                            Formats.date(client.dateOfBirth()),
                            Formats.date(baseline.plusDays(28)) + " – " + Formats.date(TODAY),
                            // The same rows as on screen: 8 at baseline, (4 + 2) / 2 = 3 now, -5, -62.5 percent.
                            "Headache days 8 3 -5 -63 %",
                            // MIDAS 20 to 9: -11, -55 percent.
                            "MIDAS score 20 (grade III) 9 (grade II) -11 -55 %",
                            "Headache days fell from 8 to 3 per 28 days (63 % fewer)",
                            "That is a fall of 50 % or more",
                            "Mean fall in pain per session: 3 points",
                            "Signed",
                            "Date")
                    .doesNotContain("Dr Rhona Hale");
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("A4 is 595 points wide")
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(images(document))
                    .as("headache days, intensity, questionnaires, pain")
                    .isEqualTo(4);
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }

        as(() -> consents.record(
                client.id(), null, IntakeFixtures.typed(text(ConsentType.GP_CONTACT), true, "Paper Client")));
        byte[] gp = as(() -> outcomes.pdf(client.id(), baseline.plusDays(28), TODAY, ReportAudience.GP));
        try (PDDocument document = Loader.loadPDF(gp)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Massage therapy progress report: " + client.fullName(),
                            "Dr Rhona Hale, Riverside Surgery",
                            "Sent with consent to contact the GP given by Paper Client on " + Formats.date(TODAY),
                            "Headache days 8 3 -5 -63 %");
        }
    }

    @Test
    void thin_data_is_said_rather_than_figured() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Thin", "Data");
        OutcomeReport report = as(() -> outcomes.report(client.id(), TODAY.minusDays(90), TODAY));
        assertThat(report.diary()).isEmpty();
        assertThat(report.thinData()).containsExactly("report.thin.no-baseline", "report.thin.too-few-periods");
        assertThat(report.meanPainFall()).isNull();
    }

    @Test
    void another_therapists_client_has_no_report() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "No", "Report");
        assertThatThrownBy(() -> fixtures.runAs(BEN, () -> outcomes.report(client.id(), TODAY.minusDays(9), TODAY)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private ConsentText text(ConsentType type) {
        return consents.currentTexts().stream()
                .filter(t -> t.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static int images(PDDocument document) throws IOException {
        int count = 0;
        for (var page : document.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().isImageXObject(name)) {
                    count++;
                }
            }
        }
        return count;
    }

    private void addAttacks(long clientId, LocalDate start, int days) {
        for (int i = 0; i < days; i++) {
            DiaryEntryForm form = DiaryEntryForm.attackOn(start.plusDays(2L * i + 1));
            form.setStartTime(LocalTime.of(9, 0));
            form.setDurationHours(3.0);
            form.setIntensity(6);
            org.headroom.diary.DiaryTestData.attack(diary, clientId, form);
        }
        org.headroom.diary.DiaryTestData.restHeadacheFree(diary, clientId, start);
    }

    private void signNote(long clientId, LocalDate date, int before, int after, Technique technique) {
        var draft = notes.start(clientId);
        SessionNoteForm form = draft.content();
        form.setDate(date);
        form.setDurationMinutes(60);
        form.setPainBefore(before);
        form.setPainAfter(after);
        form.setTechniques(List.of(new TechniqueUse(technique, 30, PressureLevel.MEDIUM)));
        form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
        notes.sign(draft.id(), draft.version(), form, null);
    }

    private <T> T as(java.util.function.Supplier<T> task) {
        return fixtures.runAs(ANNA, task);
    }
}
