package org.headroom.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.diary.DiaryService;
import org.headroom.diary.DiarySummary;
import org.headroom.diary.Hit6Result;
import org.headroom.diary.MidasResult;
import org.headroom.diary.RatingKind;
import org.headroom.diary.RatingValue;
import org.headroom.intake.ConsentRecord;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentState;
import org.headroom.intake.ConsentType;
import org.headroom.security.UserDirectory;
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
    private final ClientService clients;
    private final ConsentService consents;
    private final UserDirectory directory;
    private final OutcomePdf pdf;
    private final AuditTrail audit;
    private final Clock clock;

    OutcomeService(
            DiaryService diary,
            SessionNoteService notes,
            ClinicalSettings settings,
            ClientService clients,
            ConsentService consents,
            UserDirectory directory,
            OutcomePdf pdf,
            AuditTrail audit,
            Clock clock) {
        this.diary = diary;
        this.notes = notes;
        this.settings = settings;
        this.clients = clients;
        this.consents = consents;
        this.directory = directory;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The report as a PDF for the client or for the GP. A GP copy needs the client's standing
     * consent to contact the GP, and says when it was given.
     *
     * @throws ReportRefusedException for a GP copy without that consent
     */
    public byte[] pdf(long clientId, LocalDate from, LocalDate to, ReportAudience audience) {
        ClientDetails client = clients.get(clientId);
        OutcomePdf.GpConsent gpConsent = null;
        if (audience == ReportAudience.GP) {
            ConsentState state = consents.state(clientId);
            if (!state.has(ConsentType.GP_CONTACT)) {
                throw new ReportRefusedException("report.gp.no-consent");
            }
            ConsentRecord consent = state.latest().get(ConsentType.GP_CONTACT);
            gpConsent = new OutcomePdf.GpConsent(consent.givenAt(), consent.signerName());
        }
        audit.output(AuditAction.PRINT, RecordType.REPORT, null, clientId, audience + " PDF " + from + " to " + to);
        return pdf.render(
                report(clientId, from, to),
                client,
                directory.therapist(client.therapistId()),
                audience,
                gpConsent,
                clock.getZone());
    }

    /**
     * The dates a report opens on: from the end of the baseline to the client's latest record
     * (diary, questionnaire or session), so that a client whose records are older than the last
     * weeks still gets figures rather than "not enough data". Without records: the last 84 days.
     */
    @Transactional(readOnly = true)
    public ReportSpan suggestedSpan(long clientId) {
        clients.checkAccess(clientId);
        LocalDate today = LocalDate.now(clock);
        DiarySummary summary = diary.summary(clientId);
        List<LocalDate> records = new ArrayList<>();
        summary.periods().stream()
                .filter(p -> p.recordedDays() > 0)
                .map(p -> p.end().isAfter(today) ? today : p.end())
                .forEach(records::add);
        summary.midas().forEach(m -> records.add(m.assessedOn()));
        summary.hit6().forEach(h -> records.add(h.assessedOn()));
        summary.ratings().forEach(r -> records.add(r.ratedOn()));
        notes.treatedSessions(clientId, LocalDate.of(1900, 1, 1), today).forEach(t -> records.add(t.date()));
        Optional<LocalDate> latest = records.stream().max(LocalDate::compareTo);
        if (latest.isEmpty()) {
            return new ReportSpan(today.minusDays(84), today, null);
        }
        LocalDate to = latest.get();
        LocalDate from = summary.baseline()
                .map(b -> b.end().plusDays(1))
                .filter(start -> start.isBefore(to))
                .orElse(to.minusDays(84));
        return new ReportSpan(from, to, to);
    }

    /**
     * Dates for a report.
     *
     * @param latestRecord the client's latest record, or null when there is none
     */
    public record ReportSpan(LocalDate from, LocalDate to, LocalDate latestRecord) {

        /** Whether the latest record is more than a period old, so the report does not reach today. */
        public boolean olderThan(LocalDate today, int periodDays) {
            return latestRecord != null && latestRecord.plusDays(periodDays).isBefore(today);
        }
    }

    /** Whether a GP copy may be made: the client's consent to contact the GP stands. */
    public boolean mayWriteToGp(long clientId) {
        return consents.state(clientId).has(ConsentType.GP_CONTACT);
    }

    public OutcomeReport report(long clientId, LocalDate from, LocalDate to) {
        DiarySummary summary = diary.summary(clientId);
        audit.read(RecordType.REPORT, null, clientId);
        Optional<DiaryOutcome> diaryOutcome = OutcomeCalculator.diary(summary.periods(), from, to, settings.outcome());
        List<String> thin = new ArrayList<>();
        if (summary.baseline().map(b -> !b.enoughDiary()).orElse(true)) {
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
                .map(s -> OutcomeCalculator.pain(s.date(), s.painBefore(), s.painAfter(), settings.outcome())
                        .markedAmended(s.painAmended()))
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
                midas,
                hit6,
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
