package org.headroom.treatment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumSet;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.NoteStatus;
import org.headroom.treatment.SessionNoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class NoteViewTest extends ViewTest {

    @Autowired
    SessionNoteService notes;

    @Autowired
    ConsentService consents;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void without_treatment_consent_the_new_note_button_is_off_and_says_why() {
        ClientDetails client = fixtures.clientOf(ANNA, "Not", "Consented");
        navigateTo("clients/" + client.id());
        assertThat(find(Button.class).id("new-note").isEnabled()).isFalse();
        assertThat(find(com.vaadin.flow.component.card.Card.class)
                        .id("notes-card")
                        .getElement()
                        .getTextRecursively())
                .contains("There is no current consent to treatment");
    }

    @Test
    @WithUserDetails(ANNA)
    void a_note_is_written_with_the_body_chart_signed_and_then_only_amended() {
        ClientDetails client = consented("Body", "Chart");
        navigateTo("clients/" + client.id());
        test(find(Button.class).id("new-note")).click();
        NoteView view = (NoteView) getCurrentView();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("consent-summary")
                        .getElement()
                        .getTextRecursively())
                .as("consent state is in view while writing")
                .contains("Assessment and treatment: Yes", "Keeping health data: No");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("readiness")
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("No completed intake");

        test(view.sign).click();
        assertThat(((IntegerField) view.form.field("durationMinutes")).isInvalid())
                .isTrue();

        test((IntegerField) view.form.field("durationMinutes")).setValue(45);
        test((IntegerField) view.form.field("painBefore")).setValue(7);
        test((IntegerField) view.form.field("painAfter")).setValue(4);
        test(find(Checkbox.class).id("technique-CRANIOSACRAL_THERAPY")).click();
        test(find(IntegerField.class).id("technique-minutes-CRANIOSACRAL_THERAPY"))
                .setValue(20);
        // One area on the chart, one from the list beside it: each shows the other's.
        view.form.areas.setValue(EnumSet.of(BodyRegion.OCCIPUT));
        assertThat(view.form.areasList.getValue()).containsExactly(BodyRegion.OCCIPUT);
        test(view.form.areasList)
                .selectItem("Occiput and suboccipitals", "Right shoulder (upper trapezius, levator scapulae)");
        assertThat(view.form.areas.getValue()).containsExactlyInAnyOrder(BodyRegion.OCCIPUT, BodyRegion.SHOULDER_RIGHT);
        test(view.sign).click();

        var signed = notes.list(client.id(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst();
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(notes.get(signed.id()).content().getAreas())
                .containsExactlyInAnyOrder(BodyRegion.OCCIPUT, BodyRegion.SHOULDER_RIGHT);
        NoteView reloaded = (NoteView) getCurrentView();
        assertThat(((IntegerField) reloaded.form.field("painBefore")).isReadOnly())
                .isTrue();
        assertThat(reloaded.form.areas.isReadOnly()).isTrue();
        assertThat(reloaded.form.areasList.isReadOnly()).isTrue();
        assertThat(reloaded.form.areasList.getValue())
                .containsExactlyInAnyOrder(BodyRegion.OCCIPUT, BodyRegion.SHOULDER_RIGHT);
        assertThat(find(Button.class).withId("note-sign").exists()).isFalse();

        test(find(Button.class).id("note-amend")).click();
        AmendDialog dialog = find(AmendDialog.class).single();
        test(dialog.body).setValue("Pain after was 5, not 4");
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        test(dialog.reason).setValue("Typing slip");
        test(dialog.save).click();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("amendments")
                        .getElement()
                        .getTextRecursively())
                .contains("Pain after was 5, not 4", "Typing slip", "Anna Therapist");
        assertThat(notes.get(signed.id()).content().getPainAfter())
                .as("the original stays")
                .isEqualTo(4);

        // A figure corrected in a structured way: the figures use it, the note marks it.
        test(find(Button.class).id("note-amend")).click();
        AmendDialog correction = find(AmendDialog.class).single();
        assertThat(correction.painAfter.getValue())
                .as("starts from the value in force")
                .isEqualTo(4);
        test(correction.reason).setValue("Client said 5 at the door");
        test(correction.painAfter).setValue(5);
        test(correction.save).click();
        assertThat(notes.get(signed.id()).current().getPainAfter()).isEqualTo(5);
        assertThat(notes.get(signed.id()).content().getPainAfter()).isEqualTo(4);
        NoteView amended = (NoteView) getCurrentView();
        IntegerField painAfter = (IntegerField) amended.form.field("painAfter");
        assertThat(painAfter.getValue())
                .as("the signed value stays in the field")
                .isEqualTo(4);
        assertThat(painAfter.getHelperText()).startsWith("Amended to 5 on");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("amendments")
                        .getElement()
                        .getTextRecursively())
                .contains("Corrects: Pain after treatment (0-10): 5", "Client said 5 at the door");
    }

    @Test
    @WithUserDetails(ANNA)
    void saving_a_draft_twice_and_then_signing_signs_once_without_an_alarm() {
        ClientDetails client = consented("Draft", "Then Sign");
        NoteView view = savedDraft(client);
        test(view.save).click();
        test(view.sign).click();

        var signed = notes.list(client.id(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst();
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(notificationTexts()).containsExactly("Draft saved.", "Draft saved.", "Note signed and locked.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'NOTE' and action = 'SIGN'"
                                + " and record_id = ?",
                        Long.class,
                        signed.id()))
                .isEqualTo(1);
        assertThat(view.sign.isDisableOnClick()).as("no double tap").isTrue();
    }

    @Test
    @WithUserDetails(ANNA)
    void signing_a_note_signed_meanwhile_in_another_tab_is_met_calmly() {
        ClientDetails client = consented("Other", "Tab");
        NoteView view = savedDraft(client);
        var draft = notes.list(client.id(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst();
        var stored = notes.get(draft.id());
        notes.sign(draft.id(), stored.version(), stored.content(), null);

        test(view.sign).click();
        assertThat(notificationTexts()).contains("This note was signed already; nothing more was changed.");
        assertThat(find(Button.class).withId("note-sign").exists()).isFalse();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A new note for the client, filled in enough to sign, and saved once as a draft. */
    private NoteView savedDraft(ClientDetails client) {
        navigateTo("clients/" + client.id());
        test(find(Button.class).id("new-note")).click();
        NoteView view = (NoteView) getCurrentView();
        fillSignable(view);
        test(view.save).click();
        return view;
    }

    private void fillSignable(NoteView view) {
        test((IntegerField) view.form.field("durationMinutes")).setValue(45);
        test((IntegerField) view.form.field("painBefore")).setValue(7);
        test((IntegerField) view.form.field("painAfter")).setValue(4);
        test(find(Checkbox.class).id("technique-CRANIOSACRAL_THERAPY")).click();
        test(find(IntegerField.class).id("technique-minutes-CRANIOSACRAL_THERAPY"))
                .setValue(20);
    }

    @Test
    @WithUserDetails(BEN)
    void another_therapists_note_is_not_found() {
        ClientDetails client = consented("Anna's", "Client");
        long noteId = fixtures.runAs(ANNA, () -> notes.start(client.id())).id();
        navigateTo("clients/" + client.id() + "/notes/" + noteId);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private ClientDetails consented(String first, String last) {
        ClientDetails client = fixtures.clientOf(ANNA, first, last);
        fixtures.runAs(ANNA, () -> {
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            return consents.record(client.id(), null, IntakeFixtures.typed(text, true, "Client"));
        });
        return client;
    }
}
