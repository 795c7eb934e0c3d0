package org.headroom.diary.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Map;
import org.headroom.base.Formats;
import org.headroom.diary.DiarySummary;
import org.headroom.diary.Hit6Result;
import org.headroom.diary.MidasResult;
import org.headroom.diary.RatingValue;

/** MIDAS, HIT-6 and ratings over time, newest first. */
final class InstrumentTables extends Div {

    final Grid<MidasResult> midas = new Grid<>();
    final Grid<Hit6Result> hit6 = new Grid<>();
    final Grid<RatingValue> ratings = new Grid<>();

    InstrumentTables(DiarySummary summary, Map<Long, String> names, java.time.ZoneId zone) {
        setWidthFull();
        setId("instruments");
        midas.setId("midas-grid");
        midas.addColumn(m -> Formats.date(m.assessedOn())).setHeader(getTranslation("diary.assessed-on"));
        midas.addColumn(MidasResult::score).setHeader(getTranslation("midas.score"));
        midas.addColumn(m -> getTranslation("midas.grade." + m.grade().name()))
                .setHeader(getTranslation("midas.grade"))
                .setFlexGrow(2);
        midas.addColumn(m -> m.clientReported()
                        ? getTranslation("diary.client-reported", Formats.dateTime(m.recordedAt(), zone))
                        : names.getOrDefault(m.recordedBy(), ""))
                .setHeader(getTranslation("diary.recorded-by"));
        midas.setItems(summary.midas().reversed());
        hit6.setId("hit6-grid");
        hit6.addColumn(h -> Formats.date(h.assessedOn())).setHeader(getTranslation("diary.assessed-on"));
        hit6.addColumn(Hit6Result::total).setHeader(getTranslation("hit6.score"));
        hit6.addColumn(h -> getTranslation("hit6.band." + h.band().name()))
                .setHeader(getTranslation("hit6.band"))
                .setFlexGrow(2);
        hit6.addColumn(h -> h.items() == null
                        ? getTranslation("hit6.total-entered")
                        : h.items().toString())
                .setHeader(getTranslation("hit6.answers"));
        hit6.addColumn(h -> h.clientReported()
                        ? getTranslation("diary.client-reported", Formats.dateTime(h.recordedAt(), zone))
                        : names.getOrDefault(h.recordedBy(), ""))
                .setHeader(getTranslation("diary.recorded-by"));
        hit6.setItems(summary.hit6().reversed());
        ratings.setId("ratings-grid");
        ratings.addColumn(r -> Formats.date(r.ratedOn())).setHeader(getTranslation("diary.assessed-on"));
        ratings.addColumn(r -> getTranslation("rating." + r.kind().name()))
                .setHeader(getTranslation("rating.kind"))
                .setFlexGrow(2);
        ratings.addColumn(RatingValue::value).setHeader(getTranslation("rating.value"));
        ratings.addColumn(r -> names.getOrDefault(r.recordedBy(), "")).setHeader(getTranslation("diary.recorded-by"));
        ratings.setItems(summary.ratings().reversed());
        for (Grid<?> grid : new Grid<?>[] {midas, hit6, ratings}) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation("diary.none-yet"));
        }
        add(
                new H3(getTranslation("midas.title")),
                midas,
                new H3(getTranslation("hit6.title")),
                hit6,
                new H3(getTranslation("rating.title")),
                ratings);
    }
}
