package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.Trigger;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.DiaryService;
import org.headroom.diary.EntryKind;
import org.headroom.diary.HealthDataConsentMissingException;

/** Adds or edits one diary line: an attack with its details, or a day without headache. */
final class DiaryEntryDialog extends Dialog {

    final RadioButtonGroup<EntryKind> kind = new RadioButtonGroup<>();
    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final NumberField durationHours = new NumberField();
    final Checkbox longDurationConfirmed = new Checkbox();
    final IntegerField intensity = new IntegerField();
    final Checkbox migraine = new Checkbox();
    final Checkbox aura = new Checkbox();
    final CheckboxGroup<AuraType> auraTypes = new CheckboxGroup<>();
    final Checkbox nausea = new Checkbox();
    final Checkbox vomiting = new Checkbox();
    final Checkbox photophobia = new Checkbox();
    final Checkbox phonophobia = new Checkbox();
    final Select<Integer> disability = new Select<>();
    final TextField medicationName = new TextField();
    final Select<AcuteMedicationClass> medicationClass = new Select<>();
    final IntegerField medicationDoses = new IntegerField();
    final CheckboxGroup<Trigger> triggers = new CheckboxGroup<>();
    final TextField otherTriggers = new TextField();
    final IntegerField sleepQuality = new IntegerField();
    final TextField notes = new TextField();
    final Button save = new Button();
    final BeanValidationBinder<DiaryEntryForm> binder = new BeanValidationBinder<>(DiaryEntryForm.class);

    DiaryEntryDialog(DiaryService diary, long clientId, Long entryId, DiaryEntryForm bean, Runnable onSaved) {
        setId("diary-entry-dialog");
        setHeaderTitle(getTranslation(entryId == null ? "diary.entry.new" : "diary.entry.edit"));
        setWidth("min(52rem, 100vw)");
        label();
        FormLayout form = new FormLayout(kind, date);
        form.add(attackFields());
        form.add(sleepQuality, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(triggers, 2);
        add(form);
        binder.bindInstanceFields(this);
        binder.readBean(bean);
        kind.addValueChangeListener(e -> showAttackFields(e.getValue() == EntryKind.ATTACK));
        showAttackFields(bean.getKind() == EntryKind.ATTACK);

        save.setText(getTranslation("action.save"));
        save.setId("diary-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                diary.save(clientId, entryId, bean);
                Notifications.saved(getTranslation("diary.entry.saved"));
                onSaved.run();
                close();
            } catch (DiaryRefusedException ex) {
                showAt(ex.field(), getTranslation(ex.getMessage()));
            } catch (ConstraintViolationException ex) {
                Notifications.problem(getTranslation("form.fix-errors"));
            } catch (ConcurrentEditException ex) {
                Notifications.problem(getTranslation("concurrent-edit.text"));
            } catch (HealthDataConsentMissingException ex) {
                Notifications.problem(getTranslation(ex.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void label() {
        kind.setId("diary-kind");
        kind.setLabel(getTranslation("diary.kind"));
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("diary.kind." + k.name()));
        date.setId("diary-date");
        date.setLabel(getTranslation("diary.date"));
        date.setMax(LocalDate.now());
        date.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        startTime.setId("diary-start");
        startTime.setLabel(getTranslation("diary.startTime"));
        startTime.setStep(Duration.ofMinutes(15));
        durationHours.setId("diary-duration");
        durationHours.setLabel(getTranslation("diary.durationHours"));
        durationHours.setStep(0.5);
        longDurationConfirmed.setId("diary-long-confirm");
        longDurationConfirmed.setLabel(getTranslation("diary.longDurationConfirmed"));
        intensity.setId("diary-intensity");
        intensity.setLabel(getTranslation("diary.intensity"));
        intensity.setMin(0);
        intensity.setMax(10);
        intensity.setStepButtonsVisible(true);
        migraine.setId("diary-migraine");
        migraine.setLabel(getTranslation("diary.migraine"));
        aura.setLabel(getTranslation("intake.aura"));
        auraTypes.setLabel(getTranslation("intake.auraTypes"));
        auraTypes.setItems(AuraType.values());
        auraTypes.setItemLabelGenerator(a -> getTranslation("auraType." + a.name()));
        nausea.setLabel(getTranslation("symptom.NAUSEA"));
        vomiting.setLabel(getTranslation("symptom.VOMITING"));
        photophobia.setLabel(getTranslation("symptom.PHOTOPHOBIA"));
        phonophobia.setLabel(getTranslation("symptom.PHONOPHOBIA"));
        disability.setLabel(getTranslation("diary.disability"));
        disability.setItems(0, 1, 2, 3);
        disability.setItemLabelGenerator(d -> d == null ? "" : getTranslation("diary.disability." + d));
        disability.setEmptySelectionAllowed(true);
        medicationName.setLabel(getTranslation("diary.medicationName"));
        medicationClass.setLabel(getTranslation("intake.acuteMedicationClass"));
        medicationClass.setItems(AcuteMedicationClass.values());
        medicationClass.setItemLabelGenerator(m -> m == null ? "" : getTranslation("medication." + m.name()));
        medicationDoses.setId("diary-doses");
        medicationDoses.setLabel(getTranslation("diary.medicationDoses"));
        medicationDoses.setMin(0);
        medicationDoses.setStepButtonsVisible(true);
        triggers.setLabel(getTranslation("intake.triggers"));
        triggers.setItems(Trigger.values());
        triggers.setItemLabelGenerator(t -> getTranslation("trigger." + t.name()));
        otherTriggers.setLabel(getTranslation("intake.otherTriggers"));
        sleepQuality.setLabel(getTranslation("diary.sleepQuality"));
        sleepQuality.setMin(0);
        sleepQuality.setMax(10);
        notes.setLabel(getTranslation("diary.notes"));
    }

    /** The fields that only an attack has; a headache-free day hides them. */
    private com.vaadin.flow.component.Component[] attackFields() {
        return new com.vaadin.flow.component.Component[] {
            startTime,
            durationHours,
            longDurationConfirmed,
            intensity,
            migraine,
            aura,
            auraTypes,
            nausea,
            vomiting,
            photophobia,
            phonophobia,
            disability,
            medicationName,
            medicationClass,
            medicationDoses,
            triggers,
            otherTriggers
        };
    }

    private void showAttackFields(boolean attack) {
        for (var field : attackFields()) {
            field.setVisible(attack);
        }
    }

    private void showAt(String field, String message) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of(
                "date",
                date,
                "intensity",
                intensity,
                "durationHours",
                durationHours,
                "startTime",
                startTime,
                "kind",
                kind);
        var target = fields.getOrDefault(field, date);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
