package org.headroom.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentText;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeDetails;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeService;
import org.headroom.intake.RedFlag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SessionNoteServiceTest {

    @Autowired
    SessionNoteService notes;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    @Test
    void no_note_without_a_current_treatment_consent() {
        ClientDetails client = fixtures.clientOf(ANNA, "No", "Consent");
        assertThatThrownBy(() -> as(() -> notes.start(client.id())))
                .isInstanceOf(NoteRefusedException.class)
                .hasMessage("note.no-consent");

        var treatment = consent(client.id(), ConsentType.TREATMENT);
        NoteDetails draft = as(() -> notes.start(client.id()));
        as(() -> consents.withdraw(treatment.id(), "Changed mind"));
        assertThatThrownBy(() -> as(() -> notes.sign(draft.id(), draft.version(), signable(), null)))
                .isInstanceOf(NoteRefusedException.class)
                .hasMessage("note.no-consent");
        assertThatThrownBy(() -> as(() -> notes.start(client.id()))).isInstanceOf(NoteRefusedException.class);
    }

    @Test
    void a_signed_note_is_locked_and_corrected_only_by_amendment() throws IOException {
        ClientDetails client = readyClient("Signed", "Note");
        NoteDetails draft = as(() -> notes.start(client.id()));
        SessionNoteForm form = signable();
        form.setAreas(EnumSet.of(BodyRegion.SHOULDER_LEFT, BodyRegion.OCCIPUT));
        form.setTriggerPoints(List.of(new TriggerPoint(TriggerPoint.Muscle.UPPER_TRAPEZIUS, Side.LEFT)));

        SessionNoteForm incomplete = signable();
        incomplete.setPainAfter(null);
        assertThatThrownBy(() -> as(() -> notes.sign(draft.id(), draft.version(), incomplete, null)))
                .isInstanceOf(NoteRefusedException.class)
                .hasMessage("note.sign.pain-after");

        NoteDetails signed = as(() -> notes.sign(draft.id(), draft.version(), form, null));
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.signedAt()).isNotNull();
        assertThat(signed.signedBy()).isNotNull();

        SessionNoteForm change = signed.content();
        change.setAssessment("rewritten later");
        assertThatThrownBy(() -> as(() -> notes.saveDraft(signed.id(), signed.version(), change)))
                .isInstanceOf(NoteLockedException.class);
        assertThatThrownBy(() -> as(() -> {
                    notes.discard(signed.id());
                    return null;
                }))
                .isInstanceOf(NoteLockedException.class);
        assertThatThrownBy(() -> as(() -> notes.amend(signed.id(), " ", "text")))
                .isInstanceOf(NoteRefusedException.class);

        NoteDetails amended =
                as(() -> notes.amend(signed.id(), "Wrong side recorded", "Trigger point was on the right"));
        assertThat(amended.amendments()).extracting(AmendmentRecord::reason).containsExactly("Wrong side recorded");
        assertThat(amended.content().getAssessment()).isEqualTo("Tension eased, neck rotation improved");

        byte[] pdf = as(() -> notes.pdf(signed.id()));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "note-sample.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Session note: Signed " + client.lastName())
                    .contains("Trigger point therapy, 30 min, medium")
                    .contains("Left shoulder (upper trapezius, levator scapulae)")
                    .contains("Upper trapezius (left)")
                    .contains("Pain now, before treatment (0-10) 6")
                    .contains("Pain after treatment (0-10) 3")
                    .contains("Signed by Anna Therapist")
                    .contains("Trigger point was on the right (Reason: Wrong side recorded)");
            assertThat(document.getPage(0)
                                    .getResources()
                                    .getXObjectNames()
                                    .iterator()
                                    .hasNext()
                            || document.getNumberOfPages() > 1)
                    .as("the body chart is drawn")
                    .isTrue();
        }
    }

    @Test
    void a_draft_can_be_discarded_and_the_next_note_carries_over_techniques_areas_and_plan() {
        ClientDetails client = readyClient("Carry", "Over");
        NoteDetails first = as(() -> notes.start(client.id()));
        SessionNoteForm form = signable();
        form.setAreas(EnumSet.of(BodyRegion.NECK_POSTERIOR));
        form.setHomeCare("Neck stretches twice a day");
        as(() -> notes.sign(first.id(), first.version(), form, null));

        NoteDetails second = as(() -> notes.start(client.id()));
        assertThat(as(() -> notes.start(client.id())).id())
                .as("one open draft at a time")
                .isEqualTo(second.id());
        assertThat(second.content().getTechniques()).isEqualTo(form.getTechniques());
        assertThat(second.content().getAreas()).containsExactly(BodyRegion.NECK_POSTERIOR);
        assertThat(second.content().getHomeCare()).isEqualTo("Neck stretches twice a day");
        assertThat(second.content().getPainBefore()).isNull();

        as(() -> {
            notes.discard(second.id());
            return null;
        });
        assertThat(as(() -> notes.count(client.id()))).isEqualTo(1);
        assertThat(as(() -> diary.summary(client.id())).baselineStart())
                .as("the first treatment sets the default baseline")
                .isEqualTo(first.content().getDate().minusDays(28));
    }

    @Test
    void an_unresolved_red_flag_needs_a_recorded_reason_to_sign() {
        ClientDetails client = fixtures.clientOf(ANNA, "Flagged", "Note");
        IntakeAnswers answers = IntakeFixtures.complete();
        answers.setRedFlags(EnumSet.of(RedFlag.PATTERN_CHANGE));
        as(() -> {
            IntakeDetails draft = intakes.start(client.id());
            return intakes.complete(draft.id(), draft.version(), answers);
        });
        consent(client.id(), ConsentType.TREATMENT);
        NoteDetails draft = as(() -> notes.start(client.id()));

        assertThatThrownBy(() -> as(() -> notes.sign(draft.id(), draft.version(), signable(), " ")))
                .isInstanceOf(NoteRefusedException.class)
                .hasMessage("note.sign.flag-reason");
        NoteDetails signed =
                as(() -> notes.sign(draft.id(), draft.version(), signable(), "GP confirmed by phone today"));
        assertThat(signed.flagOverride()).isEqualTo("GP confirmed by phone today");
    }

    @Test
    void another_therapist_can_neither_read_nor_amend_notes() {
        ClientDetails client = readyClient("Owned", "Notes");
        NoteDetails draft = as(() -> notes.start(client.id()));
        NoteDetails signed = as(() -> notes.sign(draft.id(), draft.version(), signable(), null));
        fixtures.runAs(BEN, () -> {
            assertThatThrownBy(() -> notes.get(signed.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> notes.list(client.id(), org.springframework.data.domain.PageRequest.of(0, 5)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> notes.amend(signed.id(), "r", "b")).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> notes.pdf(signed.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> notes.start(client.id())).isInstanceOf(RecordNotFoundException.class);
            return null;
        });
    }

    static SessionNoteForm signable() {
        SessionNoteForm form = new SessionNoteForm();
        form.setDate(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        form.setDurationMinutes(60);
        form.setPainBefore(6);
        form.setPainAfter(3);
        form.setTechniques(List.of(new TechniqueUse(Technique.TRIGGER_POINT_THERAPY, 30, PressureLevel.MEDIUM)));
        form.setAssessment("Tension eased, neck rotation improved");
        return form;
    }

    private ClientDetails readyClient(String first, String last) {
        ClientDetails client = fixtures.clientOf(ANNA, first, last);
        as(() -> {
            IntakeDetails draft = intakes.start(client.id());
            return intakes.complete(draft.id(), draft.version(), IntakeFixtures.complete());
        });
        consent(client.id(), ConsentType.TREATMENT);
        consent(client.id(), ConsentType.HEALTH_DATA);
        return client;
    }

    private org.headroom.intake.ConsentRecord consent(long clientId, ConsentType type) {
        return as(() -> {
            ConsentText text = consents.currentTexts().stream()
                    .filter(t -> t.type() == type)
                    .findFirst()
                    .orElseThrow();
            return consents.record(clientId, null, IntakeFixtures.typed(text, true, "Client"));
        });
    }

    private <T> T as(java.util.function.Supplier<T> task) {
        return fixtures.runAs(ANNA, task);
    }
}
