package org.headroom.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.TextPayloads;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeService;
import org.headroom.privacy.SubjectAccessService;
import org.headroom.reporting.OutcomeService;
import org.headroom.reporting.ReportAudience;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every printed document and the subject-access ZIP for a client whose every printed field holds
 * "&", "<", quotes and markup: each is made, and prints the text as written.
 */
@IntegrationTest
class PrintedTextTest {

    private static final String NAME = "Smith & Jones";
    private static final String[] PAYLOADS = {"Drs Patel & Shah", "<b>not bold</b> & \"quoted\"", "O'Brien <x> & co"};
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    SubjectAccessService subjectAccess;

    @Autowired
    jakarta.validation.Validator validator;

    @Test
    void every_pdf_and_the_subject_access_zip_print_ampersands_and_markup_as_text() throws IOException {
        ClientForm form = Fixtures.validForm("Anna", "Plain");
        TextPayloads.fillStrings(form, PAYLOADS);
        form.setFirstName("Anna & Bob");
        String lastName = NAME + " <" + Fixtures.unique("") + ">";
        form.setLastName(lastName);
        form.setGpPractice("Drs Patel & Shah");
        validator
                .validate(form)
                .forEach(v -> TextPayloads.set(
                        form,
                        v.getPropertyPath().toString(),
                        TextPayloads.plain(v.getPropertyPath().toString())));
        ClientDetails client =
                fixtures.runAs(ANNA, () -> fixtures.clientService().create(form));

        long[] ids = fixtures.runAs(ANNA, () -> {
            IntakeAnswers answers = IntakeFixtures.complete();
            TextPayloads.fillStrings(answers, PAYLOADS);
            var draft = intakes.start(client.id());
            var intake = intakes.complete(draft.id(), draft.version(), answers);
            consents.currentTexts()
                    .forEach(text -> consents.record(
                            client.id(), intake.id(), IntakeFixtures.typed(text, true, "Anna & Bob <Guardian>")));
            diary.setBaseline(client.id(), TODAY.minusDays(84));
            for (int day = 80; day > 0; day -= 6) {
                DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusDays(day));
                attack.setStartTime(LocalTime.of(9, 0));
                attack.setDurationHours(3.0);
                attack.setIntensity(6);
                attack.setNotes("Coffee & <cake>");
                attack.setMedicationName("Paracetamol & codeine");
                diary.save(client.id(), null, attack);
            }
            var note = notes.start(client.id());
            SessionNoteForm content = note.content();
            TextPayloads.fillStrings(content, PAYLOADS);
            content.setDurationMinutes(30);
            content.setPainBefore(5);
            content.setPainAfter(2);
            content.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            content.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
            notes.sign(note.id(), note.version(), content, null);
            notes.amend(note.id(), "Pain & <sleep> noted", "Typo & <fix>");
            return new long[] {intake.id(), note.id()};
        });

        List<String> printed = new ArrayList<>();
        fixtures.runAs(ANNA, () -> {
            printed.add(text(intakes.pdf(ids[0])));
            printed.add(text(notes.pdf(ids[1])));
            printed.add(text(outcomes.pdf(client.id(), TODAY.minusDays(84), TODAY, ReportAudience.CLIENT)));
            printed.add(text(outcomes.pdf(client.id(), TODAY.minusDays(84), TODAY, ReportAudience.GP)));
            return null;
        });
        assertThat(printed).hasSize(4).allSatisfy(pdf -> assertThat(pdf)
                .contains("Anna & Bob " + NAME)
                .doesNotContain("&amp;")
                .doesNotContain("&lt;"));
        assertThat(printed.get(0)).contains("Drs Patel & Shah", "Anna & Bob <Guardian>");
        assertThat(printed.get(1)).contains("<b>not bold</b> & \"quoted\"", "Typo & <fix>");
        assertThat(printed.get(3)).contains("Drs Patel & Shah");

        byte[] zip = fixtures.runAs(ANNA, () -> subjectAccess.export(client.id()));
        List<String> entries = new ArrayList<>();
        List<String> pdfTexts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".pdf")) {
                    pdfTexts.add(text(bytes));
                }
            }
        }
        assertThat(entries).anyMatch(e -> e.endsWith(".json")).anyMatch(e -> e.endsWith(".pdf"));
        assertThat(pdfTexts).isNotEmpty().allSatisfy(pdf -> assertThat(pdf).contains("Anna & Bob " + NAME));
    }

    private static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
