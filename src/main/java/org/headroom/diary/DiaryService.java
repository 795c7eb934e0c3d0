package org.headroom.diary;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.client.ClientService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The migraine history of the signed-in therapist's clients: the headache diary, MIDAS and HIT-6,
 * ratings, the baseline, and the figures derived from them. This one service computes the figures
 * for every screen and report (docs/clinical-rules.md, "Headache diary", "MIDAS", "HIT-6").
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class DiaryService {

    static final String RECORD = "Diary entry";

    private final DiaryEntryRepository entries;
    private final MidasRepository midas;
    private final Hit6Repository hit6;
    private final RatingRepository ratings;
    private final DiaryBaselineRepository baselines;
    private final ClientService clients;
    private final ConsentService consents;
    private final CurrentUser currentUser;
    private final ClinicalSettings settings;
    private final AuditTrail audit;
    private final PeriodFiguresStore periodFigures;
    private final DiaryLines lines;
    private final Clock clock;

    DiaryService(
            DiaryEntryRepository entries,
            MidasRepository midas,
            Hit6Repository hit6,
            RatingRepository ratings,
            DiaryBaselineRepository baselines,
            ClientService clients,
            ConsentService consents,
            CurrentUser currentUser,
            ClinicalSettings settings,
            AuditTrail audit,
            PeriodFiguresStore periodFigures,
            DiaryLines lines,
            Clock clock) {
        this.entries = entries;
        this.midas = midas;
        this.hit6 = hit6;
        this.ratings = ratings;
        this.baselines = baselines;
        this.clients = clients;
        this.consents = consents;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.periodFigures = periodFigures;
        this.lines = lines;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DiaryEntryData> entries(long clientId, LocalDate from, LocalDate to) {
        clients.checkAccess(clientId);
        audit.read(RecordType.DIARY, null, clientId);
        return entries.findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(clientId, from, to).stream()
                .map(DiaryEntry::toData)
                .toList();
    }

    /**
     * Adds a diary line ({@code entryId} null) or changes one. Refused, with nothing saved: a date
     * in the future, an attack without intensity, a duration over 72 hours without confirmation, an
     * attack that overlaps another, or a headache-free day that has an attack (or the reverse).
     */
    public DiaryEntryData save(long clientId, Long entryId, @Valid DiaryEntryForm form) {
        requireHealthDataConsent(clientId);
        DiaryEntryData saved = saveLine(clientId, entryId, form);
        periodFigures.refresh(clientId);
        return saved;
    }

    /**
     * Whether the client's health data may be kept: explicit consent given and not withdrawn
     * (docs/clinical-rules.md, "Data protection"). Checks access first.
     */
    @Transactional(readOnly = true)
    public boolean mayKeepHealthData(long clientId) {
        clients.checkAccess(clientId);
        return consents.state(clientId).has(ConsentType.HEALTH_DATA);
    }

    /** Refuses, saving nothing, unless the client consents to their health data being kept. */
    private void requireHealthDataConsent(long clientId) {
        if (!mayKeepHealthData(clientId)) {
            throw new HealthDataConsentMissingException();
        }
    }

    /** Saves one line, without recomputing the kept period figures (the caller does, once). */
    private DiaryEntryData saveLine(long clientId, Long entryId, DiaryEntryForm form) {
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        DiaryEntry entry;
        if (entryId == null) {
            entry = new DiaryEntry(clientId, userId, now);
        } else {
            entry = owned(entryId);
            if (entry.getClientId() != clientId) {
                throw new RecordNotFoundException(RECORD, entryId);
            }
            ConcurrentEditException.check(RECORD, entryId, form.getVersion(), entry.getVersion());
        }
        lines.check(clientId, entryId, form);
        if (entry.isByClient()) {
            entry.correctedBy(userId, now);
        }
        entry.apply(form, userId, now);
        DiaryEntry saved = entries.saveAndFlush(entry);
        audit.change(
                entryId == null ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.DIARY, saved.getId(), clientId);
        return saved.toData();
    }

    /**
     * Transcribes a paper diary: one form per day; days that already have a line are left alone
     * and reported back. All or nothing: one refused line saves none.
     *
     * @return the dates skipped because they already had a line
     */
    public List<LocalDate> transcribe(long clientId, List<DiaryEntryForm> days) {
        requireHealthDataConsent(clientId);
        List<LocalDate> skipped = new ArrayList<>();
        for (DiaryEntryForm day : days) {
            boolean taken = !entries.findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
                            clientId, day.getDate(), day.getDate())
                    .isEmpty();
            if (taken) {
                skipped.add(day.getDate());
            } else {
                saveLine(clientId, null, day);
            }
        }
        periodFigures.refresh(clientId);
        return skipped;
    }

    public MidasResult recordMidas(long clientId, LocalDate assessedOn, MidasAnswers answers) {
        requireHealthDataConsent(clientId);
        checkAssessmentDate(assessedOn);
        DiaryLines.checkMidas(answers);
        MidasAssessment saved = midas.saveAndFlush(new MidasAssessment(
                clientId, assessedOn, answers, currentUser.require().id(), clock.instant()));
        audit.change(AuditAction.CREATE, RecordType.INSTRUMENT, saved.getId(), clientId, "MIDAS");
        return saved.toResult(settings.midasSplitGradeFour());
    }

    /**
     * Records HIT-6 from the six answers of a licensed form, or from its total alone ({@code items}
     * null). Each answer must be 6, 8, 10, 11 or 13; a total must be one six answers can make.
     */
    public Hit6Result recordHit6(long clientId, LocalDate assessedOn, List<Integer> items, Integer total) {
        requireHealthDataConsent(clientId);
        checkAssessmentDate(assessedOn);
        int sum = DiaryLines.hit6Total(items, total);
        Hit6Assessment saved = hit6.saveAndFlush(new Hit6Assessment(
                clientId, assessedOn, items, sum, currentUser.require().id(), clock.instant()));
        audit.change(AuditAction.CREATE, RecordType.INSTRUMENT, saved.getId(), clientId, "HIT-6");
        return saved.toResult();
    }

    /** Records any of the three ratings (0-10) for a date; absent ones are skipped. */
    public List<RatingValue> recordRatings(long clientId, LocalDate ratedOn, Map<RatingKind, Integer> values) {
        requireHealthDataConsent(clientId);
        checkAssessmentDate(ratedOn);
        Map<RatingKind, Integer> given = new EnumMap<>(RatingKind.class);
        values.forEach((kind, value) -> {
            if (value != null) {
                if (value < 0 || value > 10) {
                    throw new DiaryRefusedException("intake.scale", kind.name());
                }
                given.put(kind, value);
            }
        });
        if (given.isEmpty()) {
            throw new DiaryRefusedException("rating.none", "values");
        }
        long userId = currentUser.require().id();
        audit.change(AuditAction.CREATE, RecordType.INSTRUMENT, null, clientId, "ratings");
        return given.entrySet().stream()
                .map(e -> ratings.saveAndFlush(
                                new Rating(clientId, ratedOn, e.getKey(), e.getValue(), userId, clock.instant()))
                        .toValue())
                .toList();
    }

    /** Sets the start of the 28-day baseline period. */
    public void setBaseline(long clientId, LocalDate start) {
        clients.checkAccess(clientId);
        if (start == null || start.isAfter(LocalDate.now(clock))) {
            throw new DiaryRefusedException("diary.baseline.invalid", "baseline");
        }
        DiaryBaseline baseline = baselines.findById(clientId).orElseGet(() -> new DiaryBaseline(clientId));
        baseline.set(start, currentUser.require().id(), clock.instant());
        baselines.saveAndFlush(baseline);
        periodFigures.refresh(clientId);
        audit.change(AuditAction.UPDATE, RecordType.DIARY, null, clientId, "baseline");
    }

    /**
     * The figures per period, the patterns that call for referral, and the instruments over time.
     * The baseline is the one the therapist set; by default the 28 days before the first
     * treatment, or, before any treatment, the first 28 days of the diary.
     */
    @Transactional(readOnly = true)
    public DiarySummary summary(long clientId) {
        clients.checkAccess(clientId);
        audit.read(RecordType.DIARY, null, clientId);
        List<DiaryEntryData> all = periodFigures.calculationLines(clientId);
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> set = baselines.findById(clientId).map(DiaryBaseline::getBaselineStart);
        LocalDate baselineStart = periodFigures.baselineStart(clientId, set, all, today);
        List<PeriodFigures> periods =
                DiaryCalculator.periods(all, baselineStart, today, settings.periodDays(), settings.minRecordedDays());
        return new DiarySummary(
                baselineStart,
                set.isPresent(),
                periods,
                DiaryFlags.evaluate(periods, settings),
                midas.findByClientIdOrderByAssessedOnAscIdAsc(clientId).stream()
                        .map(m -> m.toResult(settings.midasSplitGradeFour()))
                        .toList(),
                hit6.findByClientIdOrderByAssessedOnAscIdAsc(clientId).stream()
                        .map(Hit6Assessment::toResult)
                        .toList(),
                ratings.findByClientIdOrderByRatedOnAscIdAsc(clientId).stream()
                        .map(Rating::toValue)
                        .toList());
    }

    private void checkAssessmentDate(LocalDate date) {
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new DiaryRefusedException("diary.date.future", "date");
        }
    }

    private DiaryEntry owned(long entryId) {
        DiaryEntry entry = entries.findById(entryId).orElseThrow(() -> new RecordNotFoundException(RECORD, entryId));
        clients.checkAccess(entry.getClientId());
        return entry;
    }
}
