package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.DiaryService;
import org.headroom.diary.EntryKind;
import org.headroom.diary.HealthDataConsentMissingException;

/**
 * Transcribes a paper diary for a whole month: a row per day with the intensity (or "no
 * headache", or blank for not recorded), migraine, and acute medication doses. Days already in the
 * diary are left as they are.
 */
final class TranscribeMonthDialog extends Dialog {

    /** -1 in the intensity choice means "no headache"; null means not recorded. */
    static final int NO_HEADACHE = -1;

    record Row(LocalDate date, Select<Integer> intensity, Checkbox migraine, IntegerField doses) {}

    final List<Row> rows = new ArrayList<>();
    final Select<AcuteMedicationClass> medicationClass = new Select<>();
    final Button save = new Button();

    TranscribeMonthDialog(DiaryService diary, long clientId, YearMonth month, Runnable onSaved) {
        setId("transcribe-dialog");
        setHeaderTitle(getTranslation(
                "diary.transcribe.title",
                month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Formats.LOCALE) + " "
                        + month.getYear()));
        setWidth("min(40rem, 100vw)");
        add(new Paragraph(getTranslation("diary.transcribe.help")));
        medicationClass.setId("transcribe-medication-class");
        medicationClass.setLabel(getTranslation("diary.transcribe.medication-class"));
        medicationClass.setItems(AcuteMedicationClass.values());
        medicationClass.setItemLabelGenerator(m -> getTranslation("medication." + m.name()));
        medicationClass.setValue(AcuteMedicationClass.SIMPLE_ANALGESIC);
        add(medicationClass);
        Div table = new Div();
        table.addClassName("hr-transcribe");
        LocalDate today = LocalDate.now();
        for (int d = 1; d <= month.lengthOfMonth() && !month.atDay(d).isAfter(today); d++) {
            LocalDate date = month.atDay(d);
            Select<Integer> intensity = new Select<>();
            intensity.setId("transcribe-" + date);
            intensity.setAriaLabel(getTranslation("diary.intensity") + " " + Formats.date(date));
            List<Integer> choices = new ArrayList<>();
            choices.add(NO_HEADACHE);
            for (int i = 1; i <= 10; i++) {
                choices.add(i);
            }
            intensity.setItems(choices);
            intensity.setEmptySelectionAllowed(true);
            intensity.setEmptySelectionCaption(getTranslation("diary.transcribe.not-recorded"));
            intensity.setItemLabelGenerator(i -> i == null
                    ? getTranslation("diary.transcribe.not-recorded")
                    : i == NO_HEADACHE ? getTranslation("diary.kind.HEADACHE_FREE") : String.valueOf(i));
            Checkbox migraine = new Checkbox(getTranslation("diary.migraine"));
            IntegerField doses = new IntegerField();
            doses.setAriaLabel(getTranslation("diary.medicationDoses") + " " + Formats.date(date));
            doses.setPlaceholder(getTranslation("diary.doses-short"));
            doses.setMin(0);
            doses.setMax(20);
            doses.setWidth("6rem");
            rows.add(new Row(date, intensity, migraine, doses));
            Div row = new Div(new Span(Formats.date(date)), intensity, migraine, doses);
            row.addClassName("hr-transcribe-row");
            table.add(row);
        }
        add(table);
        save.setText(getTranslation("action.save"));
        save.setId("transcribe-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            try {
                List<LocalDate> skipped = diary.transcribe(clientId, forms());
                Notifications.saved(
                        skipped.isEmpty()
                                ? getTranslation("diary.transcribe.saved")
                                : getTranslation("diary.transcribe.skipped", skipped.size()));
                onSaved.run();
                close();
            } catch (DiaryRefusedException | HealthDataConsentMissingException ex) {
                Notifications.problem(getTranslation(ex.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    List<DiaryEntryForm> forms() {
        List<DiaryEntryForm> forms = new ArrayList<>();
        for (Row row : rows) {
            Integer value = row.intensity().getValue();
            if (value == null) {
                continue;
            }
            DiaryEntryForm form = DiaryEntryForm.attackOn(row.date());
            if (value == NO_HEADACHE) {
                form.setKind(EntryKind.HEADACHE_FREE);
            } else {
                form.setIntensity(value);
                form.setMigraine(row.migraine().getValue());
                int doses = row.doses().getValue() == null ? 0 : row.doses().getValue();
                form.setMedicationDoses(doses);
                form.setMedicationClass(doses > 0 ? medicationClass.getValue() : AcuteMedicationClass.NONE);
            }
            forms.add(form);
        }
        return forms;
    }
}
