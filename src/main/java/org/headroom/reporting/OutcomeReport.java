package org.headroom.reporting;

import java.time.LocalDate;
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
 * @param meanPainFall mean of (before - after) over the sessions, one decimal; null without sessions
 */
public record OutcomeReport(
        long clientId,
        LocalDate from,
        LocalDate to,
        Optional<DiaryOutcome> diary,
        List<String> thinData,
        Optional<MidasResult> midasFirst,
        Optional<MidasResult> midasLatest,
        Optional<Hit6Result> hit6First,
        Optional<Hit6Result> hit6Latest,
        Map<RatingKind, List<RatingValue>> ratings,
        List<SessionPain> sessions,
        Double meanPainFall,
        long improvedSessions,
        List<Counted<Technique>> techniques,
        List<Counted<BodyRegion>> areas) {}
