package org.headroom.appointment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.headroom.appointment.AppointmentStatus;
import org.headroom.appointment.AppointmentView;
import org.headroom.appointment.DaysOff;
import org.headroom.appointment.WorkingStretch;
import org.headroom.base.Formats;

/**
 * A day or a week as a time grid: one column per day, half-hours down the side, working hours
 * shaded, days off marked, each appointment a block at its time in its type's colour. Our own
 * component (plain elements and a stylesheet, no scheduler library). Every block and every free
 * half-hour (one no block reaches into) is a real button of full size, so the grid works by
 * keyboard and a screen reader names each one ("Book Tuesday 3 Dec 2026 10:00"); nothing is done
 * by dragging.
 */
@StyleSheet("styles/time-grid.css")
final class TimeGrid extends Composite<Div> {

    private static final int ROW_MINUTES = 30;

    /**
     * @param today today in the practice's zone (its column is marked)
     * @param open what a click on an appointment does, or null (read-only)
     * @param book what a click on a free half-hour does, or null (read-only)
     */
    TimeGrid(
            LocalDate today,
            List<LocalDate> days,
            List<AppointmentView> appointments,
            List<WorkingStretch> hours,
            List<DaysOff> daysOff,
            Consumer<AppointmentView> open,
            BiConsumer<LocalDate, LocalTime> book) {
        Div root = getContent();
        root.addClassName("hr-grid");
        root.setId("time-grid");
        LocalTime first = LocalTime.of(8, 0);
        LocalTime last = LocalTime.of(18, 0);
        for (WorkingStretch s : hours) {
            first = s.starts().isBefore(first) ? s.starts() : first;
            last = s.ends().isAfter(last) ? s.ends() : last;
        }
        for (AppointmentView a : appointments) {
            first = a.start().toLocalTime().isBefore(first) ? a.start().toLocalTime() : first;
            LocalTime end = a.end().toLocalDate().isAfter(a.start().toLocalDate())
                    ? LocalTime.MAX
                    : a.end().toLocalTime();
            last = end.isAfter(last) ? end : last;
        }
        LocalTime top = first.withMinute(first.getMinute() < 30 ? 0 : 30);
        int rows = (int) Math.ceil(Duration.between(top, last).toMinutes() / (double) ROW_MINUTES);
        rows = Math.max(rows, 1);
        int topMinute = minutes(top);
        int totalMinutes = rows * ROW_MINUTES; // the grid may end at midnight: counted in minutes, not times
        root.getStyle().set("--hr-grid-rows", String.valueOf(rows)).set("--hr-grid-days", String.valueOf(days.size()));

        Div corner = new Div();
        corner.addClassName("hr-grid-corner");
        root.add(corner);
        for (LocalDate day : days) {
            Div head = new Div(
                    new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Formats.LOCALE)),
                    new Span(Formats.shortDate(day)));
            head.addClassName("hr-grid-head");
            if (day.equals(today)) {
                head.addClassName("hr-grid-today");
            }
            if (daysOff.stream().anyMatch(d -> d.covers(day))) {
                head.add(new Span(head.getTranslation("grid.day-off")));
                head.addClassName("hr-grid-off");
            }
            root.add(head);
        }
        Div times = new Div();
        times.addClassName("hr-grid-times");
        for (int r = 0; r < rows; r++) {
            Span label = new Span(
                    r % 2 == 0 || top.getMinute() != 0
                            ? top.plusMinutes((long) r * ROW_MINUTES).toString()
                            : "");
            label.addClassName("hr-grid-time");
            times.add(label);
        }
        root.add(times);
        for (LocalDate day : days) {
            Div column = new Div();
            column.addClassName("hr-grid-day");
            column.setId("grid-day-" + day);
            boolean off = daysOff.stream().anyMatch(d -> d.covers(day));
            if (!off) {
                for (WorkingStretch s : hours) {
                    if (s.day() == day.getDayOfWeek()) {
                        Div work = new Div();
                        work.addClassName("hr-grid-work");
                        place(work.getStyle(), topMinute, totalMinutes, minutes(s.starts()), minutes(s.ends()));
                        column.add(work);
                    }
                }
            }
            if (book != null) {
                for (int r = 0; r < rows; r++) {
                    LocalTime at = top.plusMinutes((long) r * ROW_MINUTES);
                    if (covered(appointments, day, at, at.plusMinutes(ROW_MINUTES))) {
                        continue; // under an appointment's block: booked through the block's time instead
                    }
                    NativeButton free = new NativeButton();
                    free.addClassName("hr-grid-free");
                    free.getElement()
                            .setAttribute(
                                    "aria-label",
                                    free.getTranslation(
                                            "grid.book",
                                            day.getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.LOCALE),
                                            Formats.date(day),
                                            at));
                    free.getElement().setAttribute("title", at.toString());
                    free.getStyle().set("grid-row", String.valueOf(r + 1));
                    free.addClickListener(e -> book.accept(day, at));
                    column.add(free);
                }
            }
            for (AppointmentView a : appointments) {
                if (!a.start().toLocalDate().equals(day)) {
                    continue;
                }
                LocalTime end = a.end().toLocalTime();
                int endMinute = a.end().toLocalDate().isAfter(day) ? 24 * 60 : minutes(end);
                NativeButton block = new NativeButton();
                block.addClassName("hr-grid-appointment");
                block.setId("grid-appointment-" + a.id());
                if (!a.status().holdsTime()) {
                    block.addClassName("hr-grid-cancelled");
                }
                String who = a.clientName() == null ? "" : a.clientName();
                String type = a.type() == null ? "" : a.type().name();
                Span when = new Span(a.start().toLocalTime() + "–" + end);
                when.addClassName("hr-grid-when");
                block.add(when, new Span(who), new Span(type));
                if (a.status() != AppointmentStatus.BOOKED) {
                    block.add(new Span(
                            block.getTranslation("book.status." + a.status().name())));
                }
                block.getStyle()
                        .set(
                                "border-left-color",
                                a.type() == null ? "#888888" : a.type().colour());
                block.getElement()
                        .setAttribute(
                                "aria-label",
                                block.getTranslation(
                                        "grid.appointment",
                                        a.start().toLocalTime(),
                                        end,
                                        who,
                                        type,
                                        block.getTranslation(
                                                "book.status." + a.status().name())));
                place(
                        block.getStyle(),
                        topMinute,
                        totalMinutes,
                        minutes(a.start().toLocalTime()),
                        endMinute);
                if (open != null) {
                    block.addClickListener(e -> open.accept(a));
                }
                column.add(block);
            }
            root.add(column);
        }
    }

    /** Whether an appointment (that holds its time) on the day reaches into the half-hour. */
    private static boolean covered(List<AppointmentView> appointments, LocalDate day, LocalTime from, LocalTime to) {
        for (AppointmentView a : appointments) {
            if (!a.start().toLocalDate().equals(day)) {
                continue;
            }
            LocalTime end =
                    a.end().toLocalDate().isAfter(day) ? LocalTime.MAX : a.end().toLocalTime();
            boolean endsNextDay = to.isBefore(from); // the last half-hour before midnight
            if (a.start().toLocalTime().isBefore(endsNextDay ? LocalTime.MAX : to) && end.isAfter(from)) {
                return true;
            }
        }
        return false;
    }

    private static int minutes(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    /** Places an element over the day column from one minute of the day to another, as fractions of the grid. */
    private static void place(com.vaadin.flow.dom.Style style, int top, int total, int from, int to) {
        double start = Math.max(0, from - top);
        double end = Math.min(total, Math.max(start + 15, to - top));
        style.set("top", String.format(java.util.Locale.ROOT, "%.4f%%", start * 100 / total));
        style.set("height", String.format(java.util.Locale.ROOT, "%.4f%%", (end - start) * 100 / total));
    }

    static List<LocalDate> week(LocalDate monday) {
        return java.util.stream.IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
    }
}
