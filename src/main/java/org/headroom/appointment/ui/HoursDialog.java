package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.headroom.appointment.AppointmentRefusedException;
import org.headroom.appointment.DaysOff;
import org.headroom.appointment.WorkingHoursService;
import org.headroom.appointment.WorkingStretch;
import org.headroom.base.Formats;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;

/**
 * The therapist's working week: for each weekday up to two stretches (the gap between them is a
 * break), whether free times are offered online, and days off. Online booking offers only times
 * inside these hours.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/appointments.css")
final class HoursDialog extends Dialog {

    final Checkbox online = new Checkbox();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();
    private final List<DayRow> rows = new ArrayList<>();
    private final Div daysOffList = new Div();
    private final WorkingHoursService hours;

    /** One weekday: works or not, a morning and an optional second stretch. */
    record DayRow(DayOfWeek day, Checkbox works, TimePicker from, TimePicker to, TimePicker from2, TimePicker to2) {}

    HoursDialog(WorkingHoursService hours, Runnable saved) {
        this.hours = hours;
        setId("hours-dialog");
        setHeaderTitle(getTranslation("hours.title"));
        List<WorkingStretch> week = hours.week();
        Div grid = new Div();
        grid.addClassName("hr-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingStretch> onDay =
                    week.stream().filter(s -> s.day() == day).toList();
            String name = day.getDisplayName(TextStyle.FULL, Formats.LOCALE);
            Checkbox works = new Checkbox(name, !onDay.isEmpty());
            works.setId("hours-works-" + day.name().toLowerCase(java.util.Locale.ROOT));
            TimePicker from = time("hours-from-" + day, getTranslation("hours.from", name), onDay, 0, true);
            TimePicker to = time("hours-to-" + day, getTranslation("hours.to", name), onDay, 0, false);
            TimePicker from2 = time("hours-from2-" + day, getTranslation("hours.from2", name), onDay, 1, true);
            TimePicker to2 = time("hours-to2-" + day, getTranslation("hours.to2", name), onDay, 1, false);
            if (onDay.isEmpty()) {
                from.setValue(LocalTime.of(9, 0));
                to.setValue(LocalTime.of(17, 0));
            }
            DayRow row = new DayRow(day, works, from, to, from2, to2);
            works.addValueChangeListener(e -> enable(row));
            enable(row);
            rows.add(row);
            Div line = new Div(works, from, to, new Span(getTranslation("hours.then")), from2, to2);
            line.addClassName("hr-hours-day");
            grid.add(line);
        }
        online.setLabel(getTranslation("hours.online"));
        online.setId("hours-online");
        online.setValue(hours.onlineBooking());
        problem.setId("hours-problem");
        problem.addClassName("hr-problem");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("hours.intro")), grid, online, problem);
        add(daysOffPart());
        save.setText(getTranslation("hours.save"));
        save.setId("hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            problem.setText("");
            try {
                hours.setWeek(stretches());
                hours.setOnlineBooking(online.getValue());
                Notifications.saved(getTranslation("hours.saved"));
                close();
                saved.run();
            } catch (AppointmentRefusedException e) {
                problem.setText(getTranslation(e.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(60rem, 100vw)");
    }

    private TimePicker time(String id, String label, List<WorkingStretch> onDay, int index, boolean start) {
        TimePicker picker = new TimePicker();
        picker.setId(id.toLowerCase(java.util.Locale.ROOT));
        picker.setAriaLabel(label);
        picker.setStep(Duration.ofMinutes(15));
        picker.setWidth("7.5rem");
        if (onDay.size() > index) {
            picker.setValue(start ? onDay.get(index).starts() : onDay.get(index).ends());
        }
        return picker;
    }

    private static void enable(DayRow row) {
        boolean on = row.works().getValue();
        List.of(row.from(), row.to(), row.from2(), row.to2()).forEach(p -> p.setEnabled(on));
    }

    /** The week as entered; a day's second stretch counts when both of its times are given. */
    List<WorkingStretch> stretches() {
        List<WorkingStretch> week = new ArrayList<>();
        for (DayRow r : rows) {
            if (!r.works().getValue()) {
                continue;
            }
            week.add(new WorkingStretch(r.day(), r.from().getValue(), r.to().getValue()));
            if (r.from2().getValue() != null || r.to2().getValue() != null) {
                week.add(new WorkingStretch(
                        r.day(), r.from2().getValue(), r.to2().getValue()));
            }
        }
        return week;
    }

    DayRow row(DayOfWeek day) {
        return rows.get(day.getValue() - 1);
    }

    private Div daysOffPart() {
        DatePicker first = new DatePicker(getTranslation("hours.off.first"));
        first.setId("off-first");
        DatePicker last = new DatePicker(getTranslation("hours.off.last"));
        last.setId("off-last");
        for (DatePicker p : List.of(first, last)) {
            p.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        }
        first.addValueChangeListener(e -> {
            if (last.getValue() == null) {
                last.setValue(e.getValue());
            }
        });
        TextField note = new TextField(getTranslation("hours.off.note"));
        note.setId("off-note");
        note.setMaxLength(200);
        Button add = new Button(getTranslation("hours.off.add"));
        add.setId("off-add");
        Actions.onClick(add, () -> {
            problem.setText("");
            try {
                hours.addDaysOff(first.getValue(), last.getValue(), note.getValue());
                first.clear();
                last.clear();
                note.clear();
                listDaysOff();
            } catch (AppointmentRefusedException e) {
                problem.setText(getTranslation(e.getMessage()));
            }
        });
        Div form = new Div(first, last, note, add);
        form.addClassName("hr-hours-off-form");
        daysOffList.setId("days-off");
        listDaysOff();
        return new Div(new H3(getTranslation("hours.off.title")), daysOffList, form);
    }

    private void listDaysOff() {
        daysOffList.removeAll();
        List<DaysOff> all = hours.daysOff();
        if (all.isEmpty()) {
            daysOffList.add(new Paragraph(getTranslation("hours.off.none")));
        }
        for (DaysOff off : all) {
            String text = off.first().equals(off.last())
                    ? Formats.date(off.first())
                    : getTranslation("hours.off.range", Formats.date(off.first()), Formats.date(off.last()));
            if (off.note() != null) {
                text += " – " + off.note();
            }
            Button remove = new Button(getTranslation("hours.off.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("hours.off.remove.label", text));
            remove.setId("off-remove-" + off.id());
            Actions.onClick(remove, () -> {
                hours.removeDaysOff(off.id());
                listDaysOff();
            });
            Div line = new Div(new Span(text), remove);
            line.addClassName("hr-hours-off");
            daysOffList.add(line);
        }
    }
}
