package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.diary.DiaryCalculator;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;

/**
 * The diary lines of one day, each with who recorded it and when (and, for a client's line the
 * therapist corrected, the client's own line beside it): edit one, or add another attack.
 */
final class DayDialog extends Dialog {

    private String line(DiaryEntryData e) {
        if (!e.isAttack()) {
            return getTranslation("diary.kind.HEADACHE_FREE");
        }
        String text = getTranslation(
                e.stillGoing() ? "diary.day.line.going" : "diary.day.line",
                e.startTime() == null ? "—" : e.startTime().toString(),
                e.intensity(),
                Formats.decimal(e.durationHours()),
                // Chooses "hour" or "hours" by the figure as shown.
                e.durationHours() == null ? 0 : DiaryCalculator.round1(e.durationHours()));
        if (!e.medicines().isEmpty()) {
            text += "; "
                    + e.medicines().stream()
                            .map(m -> getTranslation(
                                    "diary.medicine.taken", m.name(), m.doses(), Formats.date(m.takenOn())))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("");
        }
        return text;
    }

    private String origin(DiaryEntryData e) {
        if (e.origin() == null) {
            return "";
        }
        String when = Formats.dateTime(e.origin().recordedAt(), zone);
        String by = getTranslation(e.origin().byClient() ? "diary.origin.client" : "diary.origin.therapist", when);
        if (e.origin().late()) {
            by += " " + getTranslation("diary.origin.late");
        }
        if (e.origin().corrected()) {
            by += " "
                    + getTranslation(
                            "diary.origin.corrected",
                            Formats.dateTime(e.origin().correctedAt(), zone));
        }
        return by;
    }

    private final java.time.ZoneId zone;

    DayDialog(
            DiaryService diary,
            long clientId,
            LocalDate date,
            List<DiaryEntryData> entries,
            java.time.ZoneId zone,
            Runnable onSaved) {
        this.zone = zone;
        setId("day-dialog");
        setHeaderTitle(Formats.date(date));
        for (DiaryEntryData e : entries) {
            String text = line(e);
            Button edit = new Button(getTranslation("action.edit"), ev -> {
                close();
                new DiaryEntryDialog(diary, clientId, e.id(), DiaryEntryForm.from(e), onSaved).open();
            });
            edit.setId("edit-entry-" + e.id());
            Span origin = new Span(origin(e));
            origin.addClassName("hr-muted");
            origin.setId("entry-origin-" + e.id());
            Div row = new Div(new Span(text), edit, new Div(origin));
            if (e.origin() != null && e.origin().corrected() && e.origin().clientOriginal() != null) {
                Span original = new Span(getTranslation(
                        "diary.origin.client-original", line(e.origin().clientOriginal())));
                original.setId("entry-original-" + e.id());
                original.addClassName("hr-muted");
                row.add(new Div(original));
            }
            row.addClassName("hr-consent-line");
            add(row);
        }
        Button add = new Button(getTranslation("diary.entry.new"), ev -> {
            close();
            new DiaryEntryDialog(diary, clientId, null, DiaryEntryForm.attackOn(date), onSaved).open();
        });
        add.setId("day-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.close"), ev -> close()), add);
    }
}
