package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.diary.DiaryAccessService;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.Instrument;
import org.headroom.diary.ScheduleInfo;

/**
 * Which questionnaires the client answers on their diary pages and how often: MIDAS (e.g. every 90
 * days), HIT-6 (e.g. every 28 days, only with the practice's licensed wording).
 */
final class ScheduleDialog extends Dialog {

    final Map<Instrument, Checkbox> on = new EnumMap<>(Instrument.class);
    final Map<Instrument, IntegerField> every = new EnumMap<>(Instrument.class);
    final Map<Instrument, DatePicker> first = new EnumMap<>(Instrument.class);

    ScheduleDialog(DiaryAccessService access, long clientId, DiaryAccessService.DiaryAccess current, Runnable changed) {
        setHeaderTitle(getTranslation("cds.schedule.title"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        for (Instrument instrument : Instrument.values()) {
            ScheduleInfo existing = current.schedules().stream()
                    .filter(s -> s.instrument() == instrument)
                    .findFirst()
                    .orElse(null);
            String id = instrument.name().toLowerCase(java.util.Locale.ROOT);
            Checkbox box = new Checkbox(getTranslation("cds.instrument." + instrument.name()), existing != null);
            box.setId("schedule-" + id);
            IntegerField days = new IntegerField(getTranslation("cds.schedule.every"));
            days.setId("schedule-" + id + "-days");
            days.setMin(7);
            days.setMax(365);
            days.setValue(existing != null ? existing.everyDays() : instrument == Instrument.MIDAS ? 90 : 28);
            DatePicker date = new DatePicker(getTranslation("cds.schedule.first"));
            date.setId("schedule-" + id + "-first");
            LocalDate today = LocalDate.now();
            date.setValue(existing != null && !existing.nextDue().isBefore(today) ? existing.nextDue() : today);
            if (instrument == Instrument.HIT6 && !current.hit6Licensed()) {
                box.setEnabled(false);
                box.setHelperText(getTranslation("cds.schedule.hit6-unlicensed"));
            }
            on.put(instrument, box);
            every.put(instrument, days);
            first.put(instrument, date);
            form.add(box, days, date);
        }
        add(new Paragraph(getTranslation("cds.schedule.intro")), form);
        Button save = new Button(getTranslation("action.save"));
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            // All checked first, so that a refusal leaves every schedule as it was.
            for (Instrument instrument : Instrument.values()) {
                Integer n = every.get(instrument).getValue();
                LocalDate d = first.get(instrument).getValue();
                if (on.get(instrument).getValue() && (n == null || n < 7 || n > 365)) {
                    every.get(instrument).setInvalid(true);
                    every.get(instrument).setErrorMessage(getTranslation("diary.schedule.interval"));
                    return;
                }
                if (on.get(instrument).getValue() && (d == null || d.isBefore(LocalDate.now()))) {
                    first.get(instrument).setInvalid(true);
                    first.get(instrument).setErrorMessage(getTranslation("diary.schedule.first"));
                    return;
                }
            }
            try {
                for (Instrument instrument : Instrument.values()) {
                    if (on.get(instrument).getValue()) {
                        access.schedule(
                                clientId,
                                instrument,
                                every.get(instrument).getValue() == null
                                        ? 0
                                        : every.get(instrument).getValue(),
                                first.get(instrument).getValue());
                    } else {
                        access.unschedule(clientId, instrument);
                    }
                }
                Notifications.saved(getTranslation("cds.schedule.saved"));
                close();
                changed.run();
            } catch (DiaryRefusedException e) {
                Notifications.problem(getTranslation(e.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
