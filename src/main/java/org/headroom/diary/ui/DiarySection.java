package org.headroom.diary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.headroom.base.Formats;
import org.headroom.client.ClientDetails;
import org.headroom.client.ui.ClientPageSection;
import org.headroom.diary.DiaryService;
import org.headroom.diary.DiarySummary;
import org.headroom.diary.PeriodFigures;

/** The client page's glance at the migraine history: this period against the baseline, the latest scores, any flag. */
@org.springframework.stereotype.Component
class DiarySection implements ClientPageSection {

    private final DiaryService diary;
    private final java.time.Clock clock;

    DiarySection(DiaryService diary, java.time.Clock clock) {
        this.clock = clock;
        this.diary = diary;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ClientDetails client) {
        DiarySummary summary = diary.summary(client.id());
        Card card = new Card();
        card.setId("diary-card");
        card.addClassName("hr-intake-card");
        card.setTitle(card.getTranslation("diary.card.title"));
        Div facts = new Div();
        facts.addClassName("hr-consent-summary");
        summary.baseline().ifPresent(b -> facts.add(fact(card, "diary.card.baseline", b)));
        summary.latest().ifPresent(p -> {
            facts.add(fact(card, "diary.card.latest", p));
            // Old when a whole period has passed since it ended without anything recorded.
            long periodDays = java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
            if (p.end().plusDays(periodDays).isBefore(java.time.LocalDate.now(clock))) {
                Span old = new Span(card.getTranslation("diary.card.old", Formats.date(p.end())));
                old.setId("diary-card-old");
                facts.add(old);
            }
        });
        if (!summary.midas().isEmpty()) {
            var m = summary.midas().getLast();
            facts.add(new Span(card.getTranslation(
                    "diary.card.midas",
                    m.score(),
                    card.getTranslation("midas.grade." + m.grade().name()))));
        }
        if (!summary.hit6().isEmpty()) {
            var h = summary.hit6().getLast();
            facts.add(new Span(card.getTranslation(
                    "diary.card.hit6",
                    h.total(),
                    card.getTranslation("hit6.band." + h.band().name()))));
        }
        card.add(facts);
        summary.flags().forEach(f -> {
            Span flag = new Span(VaadinIcon.WARNING.create(), new Span(DiaryTexts.flag(card, f)));
            flag.addClassName("hr-problem");
            card.add(new Div(flag));
        });
        Button open = new Button(card.getTranslation("diary.open"), VaadinIcon.CALENDAR.create());
        open.setId("open-history");
        open.addClickListener(e -> UI.getCurrent().navigate("clients/" + client.id() + "/history"));
        Button report = new Button(card.getTranslation("report.open"), VaadinIcon.CHART.create());
        report.setId("open-report");
        report.addClickListener(e -> UI.getCurrent().navigate("clients/" + client.id() + "/report"));
        var buttons = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(open, report);
        // On a narrow screen the second button goes under the first rather than off the card.
        buttons.setWrap(true);
        card.add(buttons);
        return card;
    }

    private Span fact(Card card, String key, PeriodFigures p) {
        if (!p.enoughDiary()) {
            return new Span(card.getTranslation(
                    key + ".not-enough",
                    p.recordedDays(),
                    java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end()) + 1,
                    Formats.date(p.start()),
                    Formats.date(p.end())));
        }
        return new Span(card.getTranslation(
                key,
                p.headacheDays(),
                p.migraineDays(),
                p.recordedDays(),
                Formats.date(p.start()),
                Formats.date(p.end())));
    }
}
