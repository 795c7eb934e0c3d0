package org.headroom.treatment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.NoteCorrection;
import org.headroom.treatment.NoteRefusedException;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;

/**
 * Adds a correction to a signed note, with its reason: words, corrected figures, or both. A figure
 * left as it was is not corrected; reports use a corrected figure, and the note shows both.
 */
final class AmendDialog extends Dialog {

    final TextField reason = new TextField();
    final TextArea body = new TextArea();
    final IntegerField painBefore = new IntegerField();
    final IntegerField painAfter = new IntegerField();
    final IntegerField duration = new IntegerField();
    final MultiSelectComboBox<Technique> techniques = new MultiSelectComboBox<>();
    final MultiSelectComboBox<BodyRegion> areas = new MultiSelectComboBox<>();
    final Button save = new Button();

    AmendDialog(SessionNoteService notes, long noteId, SessionNoteForm current, Runnable onSaved) {
        setId("amend-dialog");
        setHeaderTitle(getTranslation("note.amend.title"));
        setWidth("min(40rem, 100vw)");
        reason.setId("amend-reason");
        reason.setLabel(getTranslation("note.amend.reason-label"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        body.setId("amend-body");
        body.setLabel(getTranslation("note.amend.body-label"));
        body.setWidthFull();
        body.setMaxLength(4000);

        number(painBefore, "amend-pain-before", "note.painBefore", current.getPainBefore(), 10);
        number(painAfter, "amend-pain-after", "note.painAfter", current.getPainAfter(), 10);
        number(duration, "amend-duration", "note.durationMinutes", current.getDurationMinutes(), 480);
        Set<Technique> used = EnumSet.noneOf(Technique.class);
        current.getTechniques().stream().map(TechniqueUse::technique).forEach(used::add);
        techniques.setId("amend-techniques");
        techniques.setLabel(getTranslation("note.techniques"));
        techniques.setItems(Technique.values());
        techniques.setItemLabelGenerator(t -> getTranslation("technique." + t.name()));
        techniques.setValue(used);
        areas.setId("amend-areas");
        areas.setLabel(getTranslation("note.areas"));
        areas.setItems(BodyRegion.values());
        areas.setItemLabelGenerator(a -> getTranslation("region." + a.name()));
        areas.setValue(current.getAreas());
        FormLayout figures = new FormLayout(painBefore, painAfter, duration, techniques, areas);
        figures.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        figures.setColspan(techniques, 3);
        figures.setColspan(areas, 3);

        add(
                reason,
                body,
                new H4(getTranslation("note.amend.figures")),
                new Paragraph(getTranslation("note.amend.figures.help")),
                figures);
        save.setText(getTranslation("action.save"));
        save.setId("amend-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            NoteCorrection correction = new NoteCorrection(
                    changed(painBefore, current.getPainBefore()),
                    changed(painAfter, current.getPainAfter()),
                    changed(duration, current.getDurationMinutes()),
                    techniques.getValue().equals(used) ? null : Set.copyOf(techniques.getValue()),
                    areas.getValue().equals(current.getAreas()) ? null : Set.copyOf(areas.getValue()));
            try {
                notes.amend(noteId, reason.getValue(), body.getValue(), correction);
                Notifications.saved(getTranslation("note.amended"));
                onSaved.run();
                close();
            } catch (NoteRefusedException ex) {
                HasValidation field =
                        switch (ex.field()) {
                            case "reason" -> reason;
                            case "painBefore" -> painBefore;
                            case "painAfter" -> painAfter;
                            case "durationMinutes" -> duration;
                            case "techniques" -> techniques;
                            default -> body;
                        };
                field.setErrorMessage(getTranslation(ex.getMessage()));
                field.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void number(IntegerField field, String id, String labelKey, Integer value, int max) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setMax(max);
        field.setValue(value);
    }

    /** The new value if it differs from the one in force, otherwise null (not corrected). */
    private static Integer changed(IntegerField field, Integer inForce) {
        Integer value = field.getValue();
        return value == null || value.equals(inForce) ? null : value;
    }
}
