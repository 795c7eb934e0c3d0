package org.headroom.appointment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.headroom.appointment.BookableTime;
import org.headroom.base.Formats;

/**
 * Free times a week at a time, grouped by day, each a large button ("10:15", its accessible name
 * saying with whom); earlier and later weeks within the horizon.
 */
final class TimeChoice extends Composite<Div> {

    static final int DAYS = 7;

    private final BiFunction<LocalDate, Integer, List<BookableTime>> source;
    private final Consumer<BookableTime> chosen;
    private final LocalDate today;
    private final int horizonDays;
    private LocalDate from;

    TimeChoice(
            BiFunction<LocalDate, Integer, List<BookableTime>> source,
            Consumer<BookableTime> chosen,
            LocalDate today,
            int horizonDays) {
        this.source = source;
        this.chosen = chosen;
        this.today = today;
        this.horizonDays = horizonDays;
        getContent().setId("booking-times");
        getContent().addClassName("hr-booking-times");
        show(today);
    }

    /** Shows the week from a day; when it has no free time, the next week that has one (within the horizon). */
    void show(LocalDate start) {
        from = start;
        List<BookableTime> times = source.apply(from, DAYS);
        while (times.isEmpty() && !from.plusDays(DAYS).isAfter(today.plusDays(horizonDays))) {
            from = from.plusDays(DAYS);
            times = source.apply(from, DAYS);
        }
        render(times);
    }

    void refresh() {
        render(source.apply(from, DAYS));
    }

    private void render(List<BookableTime> times) {
        Div root = getContent();
        root.removeAll();
        root.add(new H2(getTranslation("bk.times.title")));
        Map<LocalDate, List<BookableTime>> byDay = new TreeMap<>(
                times.stream().collect(Collectors.groupingBy(t -> t.start().toLocalDate())));
        if (byDay.isEmpty()) {
            root.add(new Paragraph(getTranslation("bk.times.none")));
        }
        byDay.forEach((day, onDay) -> {
            Div group = new Div(new H3(
                    day.getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.LOCALE) + " " + Formats.date(day)));
            group.addClassName("hr-booking-day");
            group.setId("times-" + day);
            Div buttons = new Div();
            buttons.addClassName("hr-booking-slots");
            for (BookableTime t : onDay) {
                Button b = new Button(t.start().toLocalTime().toString());
                b.setId("time-" + day + "-" + t.start().toLocalTime().toString().replace(":", "") + "-"
                        + t.therapistId());
                b.getElement()
                        .setAttribute(
                                "aria-label",
                                getTranslation(
                                        "bk.times.choose",
                                        Formats.date(day),
                                        t.start().toLocalTime(),
                                        t.therapistName()));
                b.addClickListener(e -> chosen.accept(t));
                buttons.add(b);
            }
            group.add(buttons);
            root.add(group);
        });
        Div nav = new Div();
        nav.addClassName("hr-booking-nav");
        if (from.isAfter(today)) {
            Button earlier = new Button(getTranslation("bk.times.earlier"), e -> {
                LocalDate back = from.minusDays(DAYS);
                from = back.isBefore(today) ? today : back;
                refresh();
            });
            earlier.setId("times-earlier");
            nav.add(earlier);
        }
        if (from.plusDays(DAYS).isBefore(today.plusDays(horizonDays + 1L))) {
            Button later = new Button(getTranslation("bk.times.later"), e -> {
                from = from.plusDays(DAYS);
                refresh();
            });
            later.setId("times-later");
            nav.add(later);
        }
        root.add(nav);
    }
}
