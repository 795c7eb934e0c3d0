package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.headroom.base.Formats;
import org.headroom.diary.DiaryEntryData;

/**
 * A month of the diary, Monday first: each day shows its highest intensity, coloured by severity
 * and written as a number, "M" for a migraine day and a tick for a confirmed headache-free day,
 * so that colour is never the only signal. A day is a button: click to add or edit.
 */
final class MonthCalendar extends Div {

    private final Consumer<LocalDate> onDay;

    MonthCalendar(Consumer<LocalDate> onDay) {
        this.onDay = onDay;
        addClassName("hr-calendar");
        setId("diary-calendar");
    }

    void show(YearMonth month, List<DiaryEntryData> entries, LocalDate today) {
        removeAll();
        Map<LocalDate, DayState> days = new HashMap<>();
        for (DiaryEntryData e : entries) {
            for (LocalDate day : e.daysCovered()) {
                days.computeIfAbsent(day, d -> new DayState()).add(e);
            }
        }
        for (DayOfWeek dow : DayOfWeek.values()) {
            Span head = new Span(dow.getDisplayName(TextStyle.SHORT, Formats.LOCALE));
            head.addClassName("hr-calendar-head");
            add(head);
        }
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < offset; i++) {
            add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            add(dayButton(date, days.get(date), date.isAfter(today)));
        }
    }

    private Button dayButton(LocalDate date, DayState state, boolean future) {
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        number.addClassName("hr-day-number");
        Span detail = new Span();
        detail.addClassName("hr-day-detail");
        Button day = new Button();
        day.addClassName("hr-day");
        day.setId("day-" + date);
        String label = Formats.date(date) + ": " + getTranslation("diary.day.none");
        if (state != null && state.maxIntensity != null) {
            detail.setText(state.maxIntensity + (state.migraine ? " M" : ""));
            day.addClassName(severityClass(state.maxIntensity));
            label = Formats.date(date) + ": " + getTranslation("diary.day.attack", state.maxIntensity)
                    + (state.migraine ? ", " + getTranslation("diary.migraine").toLowerCase() : "");
        } else if (state != null && state.free) {
            detail.setText("✓");
            day.addClassName("hr-day-free");
            label = Formats.date(date) + ": " + getTranslation("diary.kind.HEADACHE_FREE");
        }
        day.getElement().appendChild(number.getElement(), detail.getElement());
        day.setAriaLabel(label);
        day.setTooltipText(label);
        day.setEnabled(!future);
        day.addClickListener(e -> onDay.accept(date));
        return day;
    }

    static String severityClass(int intensity) {
        if (intensity >= 7) {
            return "hr-day-severe";
        }
        if (intensity >= 4) {
            return "hr-day-moderate";
        }
        return intensity == 0 ? "hr-day-free" : "hr-day-mild";
    }

    private static final class DayState {
        Integer maxIntensity;
        boolean migraine;
        boolean free;

        void add(DiaryEntryData e) {
            if (e.isAttack()) {
                int i = e.intensity() == null ? 0 : e.intensity();
                maxIntensity = maxIntensity == null ? i : Math.max(maxIntensity, i);
                migraine |= e.migraine();
            } else {
                free = true;
            }
        }
    }
}
