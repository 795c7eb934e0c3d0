package org.headroom.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.diary.DiaryService;
import org.headroom.diary.DiarySummary;
import org.headroom.diary.Hit6Result;
import org.headroom.diary.MidasResult;
import org.headroom.diary.RatingKind;
import org.headroom.diary.RatingValue;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.headroom.treatment.TreatedSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a client's outcome report for a period from the diary summary (the same figures the
 * history page shows) and the signed session notes, through the services' ownership checks.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class OutcomeService {

    private final DiaryService diary;
    private final SessionNoteService notes;
    private final ClinicalSettings settings;

    OutcomeService(DiaryService diary, SessionNoteService notes, ClinicalSettings settings) {
        this.diary = diary;
        this.notes = notes;
        this.settings = settings;
    }

    public OutcomeReport report(long clientId, LocalDate from, LocalDate to) {
        DiarySummary summary = diary.summary(clientId);
        Optional<DiaryOutcome> diaryOutcome = OutcomeCalculator.diary(summary.periods(), from, to, settings.outcome());
        List<String> thin = new ArrayList<>();
        if (summary.baseline().map(b -> b.recordedDays() == 0).orElse(true)) {
            thin.add("report.thin.no-baseline");
        }
        if (diaryOutcome.isEmpty()) {
            thin.add("report.thin.too-few-periods");
        }
        List<MidasResult> midas = summary.midas().stream()
                .filter(m -> !m.assessedOn().isAfter(to))
                .toList();
        List<Hit6Result> hit6 =
                summary.hit6().stream().filter(h -> !h.assessedOn().isAfter(to)).toList();
        Map<RatingKind, List<RatingValue>> ratings = new EnumMap<>(RatingKind.class);
        summary.ratings().stream().filter(r -> !r.ratedOn().isAfter(to)).forEach(r -> ratings.computeIfAbsent(
                        r.kind(), k -> new ArrayList<>())
                .add(r));

        List<TreatedSession> sessions = notes.treatedSessions(clientId, from, to);
        List<SessionPain> pain = sessions.stream()
                .filter(s -> s.painBefore() != null && s.painAfter() != null)
                .map(s -> OutcomeCalculator.pain(s.date(), s.painBefore(), s.painAfter(), settings.outcome()))
                .toList();
        Double meanFall = pain.isEmpty()
                ? null
                : OutcomeCalculator.round(pain.stream()
                        .mapToInt(p -> p.before() - p.after())
                        .average()
                        .orElse(0));
        return new OutcomeReport(
                clientId,
                from,
                to,
                diaryOutcome,
                List.copyOf(thin),
                midas.stream().findFirst(),
                midas.isEmpty() ? Optional.empty() : Optional.of(midas.getLast()),
                hit6.stream().findFirst(),
                hit6.isEmpty() ? Optional.empty() : Optional.of(hit6.getLast()),
                ratings,
                pain,
                meanFall,
                pain.stream().filter(p -> p.reading() == PainReading.IMPROVED).count(),
                OutcomeCalculator.ranked(
                        Technique.class,
                        sessions.stream()
                                .flatMap(s -> s.techniques().stream().map(TechniqueUse::technique))
                                .toList()),
                OutcomeCalculator.ranked(
                        BodyRegion.class,
                        sessions.stream().flatMap(s -> s.areas().stream()).toList()));
    }
}
