package org.headroom.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headroom.diary.Hit6Result;
import org.headroom.diary.MidasResult;
import org.headroom.diary.RatingKind;
import org.headroom.diary.RatingValue;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.Technique;

/**
 * A client's outcomes for a chosen period against their baseline: diary figures, instruments first
 * and latest, pain before and after each session, techniques and areas. Where data is too thin,
 * {@link #thinData()} names why (message keys) instead of figures being shown.
 *
 * @param midas the MIDAS assessments up to the end of the period, oldest first (likewise {@code hit6})
 *
 * @param meanPainFall mean of (before - after) over the sessions, one decimal; null without sessions
 */
public record OutcomeReport(
        long clientId,
        LocalDate from,
        LocalDate to,
        Optional<DiaryOutcome> diary,
        List<String> thinData,
        List<MidasResult> midas,
        List<Hit6Result> hit6,
        Map<RatingKind, List<RatingValue>> ratings,
        List<SessionPain> sessions,
        Double meanPainFall,
        long improvedSessions,
        List<Counted<Technique>> techniques,
        List<Counted<BodyRegion>> areas) {

    public Optional<MidasResult> midasFirst() {
        return midas.stream().findFirst();
    }

    public Optional<MidasResult> midasLatest() {
        return midas.isEmpty() ? Optional.empty() : Optional.of(midas.getLast());
    }

    public Optional<Hit6Result> hit6First() {
        return hit6.stream().findFirst();
    }

    public Optional<Hit6Result> hit6Latest() {
        return hit6.isEmpty() ? Optional.empty() : Optional.of(hit6.getLast());
    }

    /** MIDAS score, first against latest in the period; empty without an assessment. */
    public Optional<Change> midasChange() {
        return midasFirst()
                .map(first -> Change.of((double) first.score(), (double)
                        midasLatest().orElseThrow().score()));
    }

    /** HIT-6 total, first against latest in the period; empty without an assessment. */
    public Optional<Change> hit6Change() {
        return hit6First()
                .map(first -> Change.of((double) first.total(), (double)
                        hit6Latest().orElseThrow().total()));
    }

    /** Each rating recorded, first against latest, in {@link RatingKind} order. */
    public Map<RatingKind, Change> ratingChanges() {
        Map<RatingKind, Change> changes = new EnumMap<>(RatingKind.class);
        ratings.forEach((kind, values) ->
                changes.put(kind, Change.of((double) values.getFirst().value(), (double)
                        values.getLast().value())));
        return changes;
    }
}
