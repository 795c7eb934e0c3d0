package org.headroom.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IntakePdfTest {

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_printed_intake_carries_the_client_flags_decision_answers_and_signed_consents() throws IOException {
        ClientDetails client = fixtures.clientOf(ANNA, "Printed", "Person");
        IntakeAnswers answers = IntakeFixtures.complete();
        answers.setRedFlags(EnumSet.of(RedFlag.THUNDERCLAP_ONSET));
        answers.setContraindications(List.of(new ContraindicationAnswer("OSTEOPOROSIS", "", Severity.CAUTION)));
        answers.setConditions("Asthma <script>alert(1)</script>");
        IntakeDetails intake = fixtures.runAs(ANNA, () -> {
            IntakeDetails draft = intakes.start(client.id());
            IntakeDetails done = intakes.complete(draft.id(), draft.version(), answers);
            intakes.recordDecision(done.id(), Decision.TREAT, "GP letter of 3 Nov allows treatment", null);
            List<ConsentText> texts = consents.currentTexts();
            ConsentText treatment = texts.stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            ConsentSubmission drawn = new ConsentSubmission(treatment.id(), true, "Printed Person", SignerRole.CLIENT);
            drawn.setSignaturePng(IntakeFixtures.signaturePng());
            consents.record(client.id(), done.id(), drawn);
            return done;
        });

        byte[] pdf = fixtures.runAs(ANNA, () -> intakes.pdf(intake.id()));
        Path file = Path.of("target", "intake-sample.pdf");
        Files.write(file, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Intake 1 for Printed " + client.lastName())
                    .contains("17 May 1984")
                    .contains("Anna Therapist")
                    .contains("Sudden, severe headache that peaks within a minute")
                    .contains("Osteoporosis (Caution)")
                    .contains("Treat, with a stated reason. GP letter of 3 Nov allows treatment")
                    .contains("Asthma <script>alert(1)</script>")
                    .contains("Migraine without aura")
                    .contains("I consent to an assessment and to massage treatment")
                    .contains("Signed by Printed Person (The client)")
                    .contains("Page 1 of");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            long images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the drawn signature is printed").isGreaterThanOrEqualTo(1);
        }
    }
}
