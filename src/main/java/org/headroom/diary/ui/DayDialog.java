package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;

/** The diary lines of one day: edit one, or add another attack. */
final class DayDialog extends Dialog {

    DayDialog(DiaryService diary, long clientId, LocalDate date, List<DiaryEntryData> entries, Runnable onSaved) {
        setId("day-dialog");
        setHeaderTitle(Formats.date(date));
        for (DiaryEntryData e : entries) {
            String text = e.isAttack()
                    ? getTranslation(
                            "diary.day.line",
                            e.startTime() == null ? "—" : e.startTime().toString(),
                            e.intensity(),
                            Formats.decimal(e.durationHours()))
                    : getTranslation("diary.kind.HEADACHE_FREE");
            Button edit = new Button(getTranslation("action.edit"), ev -> {
                close();
                new DiaryEntryDialog(diary, clientId, e.id(), DiaryEntryForm.from(e), onSaved).open();
            });
            edit.setId("edit-entry-" + e.id());
            Div row = new Div(new Span(text), edit);
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
