package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.NoteCorrection;
import org.headroom.treatment.NoteRefusedException;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A figure corrected by an amendment reaches every figure made from the note: the report, the GP
 * letter, the practice outcomes; the signed note keeps the original and both papers mark it.
 */
@IntegrationTest
class AmendedFiguresTest {

    @Autowired
    PracticeSample sample;

    @Autowired
    SessionNoteService notes;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    PracticeOutcomeService practice;

    @Autowired
    ConsentService consents;

    @Autowired
    Fixtures fixtures;

    @Test
    void corrected_pain_and_techniques_are_what_the_report_the_gp_letter_and_practice_outcomes_use()
            throws IOException {
        PracticeSample.Practice p = sample.create();
        long clientId = p.responder().id();
        fixtures.runAs(p.therapist(), () -> {
            var gp = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.GP_CONTACT)
                    .findFirst()
                    .orElseThrow();
            return consents.record(clientId, null, IntakeFixtures.typed(gp, true, "Resp"));
        });
        long noteId = fixtures.runAs(
                p.therapist(), () -> notes.list(clientId, org.springframework.data.domain.PageRequest.of(0, 5))
                        .getFirst()
                        .id());

        // Signed: pain 5 -> 3, trigger point therapy. Corrected: pain after 4, craniosacral therapy.
        fixtures.runAs(
                p.therapist(),
                () -> notes.amend(
                        noteId,
                        "Pain after was misheard; technique ticked in the wrong row",
                        null,
                        new NoteCorrection(null, 4, null, Set.of(Technique.CRANIOSACRAL_THERAPY), null)));

        var note = fixtures.runAs(p.therapist(), () -> notes.get(noteId));
        assertThat(note.content().getPainAfter())
                .as("the signed note is unchanged")
                .isEqualTo(3);
        assertThat(note.current().getPainAfter()).isEqualTo(4);

        OutcomeReport report = fixtures.runAs(
                p.therapist(), () -> outcomes.report(clientId, PracticeSample.FROM, PracticeSample.TODAY));
        assertThat(report.sessions()).singleElement().satisfies(s -> {
            assertThat(s.after()).isEqualTo(4);
            assertThat(s.amended()).isTrue();
        });
        assertThat(ReportTables.techniques(report, BundleTexts.INSTANCE)).contains("Craniosacral");

        String gpLetter = text(fixtures.runAs(
                p.therapist(),
                () -> outcomes.pdf(clientId, PracticeSample.FROM, PracticeSample.TODAY, ReportAudience.GP)));
        assertThat(gpLetter)
                .contains(PracticeSample.FROM.plusDays(3).getDayOfMonth() + "")
                .contains("5 4");
        assertThat(gpLetter).contains("(amended)");

        String notePdf = text(fixtures.runAs(p.therapist(), () -> notes.pdf(noteId)));
        assertThat(notePdf)
                .contains("Pain after treatment (0-10) 3 — Amended to 4 on")
                .contains("Corrects: Pain after treatment (0-10): 4; Techniques: Craniosacral");

        PracticeOutcomes figures = fixtures.runAs(
                p.therapist(), () -> practice.outcomes(p.therapistId(), PracticeSample.FROM, PracticeSample.TODAY));
        assertThat(clientsWith(figures, Technique.CRANIOSACRAL_THERAPY)).isEqualTo(1);
        assertThat(clientsWith(figures, Technique.TRIGGER_POINT_THERAPY))
                .as("only the other client's note still has it")
                .isEqualTo(1);
    }

    @Test
    void a_correction_out_of_range_is_refused_and_nothing_is_saved() {
        PracticeSample.Practice p = sample.create();
        long clientId = p.noDiary().id();
        long noteId = fixtures.runAs(
                p.therapist(), () -> notes.list(clientId, org.springframework.data.domain.PageRequest.of(0, 5))
                        .getFirst()
                        .id());
        assertThatThrownBy(() -> fixtures.runAs(
                        p.therapist(),
                        () -> notes.amend(noteId, "typo", null, new NoteCorrection(11, null, null, null, null))))
                .isInstanceOfSatisfying(
                        NoteRefusedException.class, e -> assertThat(e.field()).isEqualTo("painBefore"));
        assertThatThrownBy(() -> fixtures.runAs(
                        p.therapist(),
                        () -> notes.amend(noteId, "typo", null, new NoteCorrection(null, null, null, null, null))))
                .as("neither words nor a figure")
                .isInstanceOf(NoteRefusedException.class);
        assertThatThrownBy(() -> fixtures.runAs(
                        p.therapist(),
                        () -> notes.amend(
                                noteId,
                                "typo",
                                null,
                                new NoteCorrection(null, null, null, Set.of(), Set.of(BodyRegion.OCCIPUT)))))
                .isInstanceOfSatisfying(
                        NoteRefusedException.class, e -> assertThat(e.field()).isEqualTo("techniques"));
        assertThat(fixtures.runAs(p.therapist(), () -> notes.get(noteId).amendments()))
                .isEmpty();
    }

    private static long clientsWith(PracticeOutcomes figures, Technique technique) {
        return figures.byTechnique().stream()
                .filter(t -> t.technique() == technique)
                .findFirst()
                .map(t -> t.figures().clients())
                .orElse(0L);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
