package org.headroom.treatment;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.Readiness;
import org.headroom.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Session notes of the signed-in therapist's clients. A note needs a current treatment consent to
 * start; it is a draft until signed; signing locks it, and a correction is an amendment with its
 * reason, author and time, shown beside the original (CNHC: records are attributable; signed notes
 * are never edited in place). A note cannot be signed over an unresolved red flag or do-not-treat
 * contraindication without the therapist's recorded reason.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class SessionNoteService {

    static final String RECORD = "Session note";

    private final SessionNoteRepository notes;
    private final NoteAmendmentRepository amendments;
    private final ClientService clients;
    private final ConsentService consents;
    private final IntakeService intakes;
    private final NotePdf pdf;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final org.headroom.diary.PeriodFiguresStore periodFigures;
    private final Clock clock;

    SessionNoteService(
            SessionNoteRepository notes,
            NoteAmendmentRepository amendments,
            ClientService clients,
            ConsentService consents,
            IntakeService intakes,
            NotePdf pdf,
            CurrentUser currentUser,
            AuditTrail audit,
            org.headroom.diary.PeriodFiguresStore periodFigures,
            Clock clock) {
        this.notes = notes;
        this.amendments = amendments;
        this.clients = clients;
        this.consents = consents;
        this.intakes = intakes;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.audit = audit;
        this.periodFigures = periodFigures;
        this.clock = clock;
    }

    /** The client's notes, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<NoteSummary> list(long clientId, Pageable pageable) {
        clients.checkAccess(clientId);
        audit.read(RecordType.NOTE, null, clientId);
        return notes.findByClientIdOrderBySessionDateDescIdDesc(clientId, pageable).stream()
                .map(SessionNote::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(long clientId) {
        clients.checkAccess(clientId);
        return notes.countByClientId(clientId);
    }

    /** The signed sessions in a date range, oldest first, for outcome figures: one query. */
    @Transactional(readOnly = true)
    public List<TreatedSession> treatedSessions(long clientId, LocalDate from, LocalDate to) {
        clients.checkAccess(clientId);
        audit.read(RecordType.NOTE, null, clientId);
        List<SessionNote> signed = notes.findByClientIdAndStatusAndSessionDateBetweenOrderBySessionDateAscIdAsc(
                clientId, NoteStatus.SIGNED, from, to);
        // The figures as they stand: each note's content with its amendments' corrections applied.
        java.util.Map<Long, List<AmendmentRecord>> corrections = signed.isEmpty()
                ? java.util.Map.of()
                : amendments
                        .findByNoteIdInOrderByCreatedAtAscIdAsc(
                                signed.stream().map(SessionNote::getId).toList())
                        .stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                NoteAmendment::getNoteId,
                                java.util.stream.Collectors.mapping(
                                        NoteAmendment::toRecord, java.util.stream.Collectors.toList())));
        return signed.stream()
                .map(n -> n.toTreated(corrections.getOrDefault(n.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public NoteDetails get(long noteId) {
        SessionNote note = owned(noteId);
        audit.read(RecordType.NOTE, noteId, note.getClientId());
        return details(note);
    }

    /**
     * Starts a draft for today, carrying over techniques, areas and plan from the client's previous
     * note; an unsigned draft of the client's is reopened instead, so drafts do not pile up. Refused
     * without a current consent to treatment.
     */
    public NoteDetails start(long clientId) {
        clients.checkAccess(clientId);
        requireTreatmentConsent(clientId);
        var openDraft = notes.findFirstByClientIdAndStatusOrderByIdDesc(clientId, NoteStatus.DRAFT);
        if (openDraft.isPresent()) {
            return details(openDraft.get());
        }
        LocalDate today = LocalDate.now(clock);
        SessionNoteForm form = notes.findFirstByClientIdOrderBySessionDateDescIdDesc(clientId)
                .map(previous -> previous.toDetails(List.of()).content().carryOver(today))
                .orElseGet(() -> {
                    SessionNoteForm f = new SessionNoteForm();
                    f.setDate(today);
                    return f;
                });
        long therapistId = currentUser.requireTherapistId();
        SessionNote created = notes.saveAndFlush(new SessionNote(clientId, therapistId, form, clock.instant()));
        audit.change(AuditAction.CREATE, RecordType.NOTE, created.getId(), clientId);
        return details(created);
    }

    /**
     * Starts the note of an appointment: as {@link #start(long)}, with the appointment's date and
     * start time filled in. An unsigned note of the client's is reopened as it is, to be finished
     * (or discarded) first.
     */
    public NoteDetails startFor(long clientId, LocalDate date, java.time.LocalTime startTime) {
        clients.checkAccess(clientId);
        boolean draftOpen = notes.findFirstByClientIdAndStatusOrderByIdDesc(clientId, NoteStatus.DRAFT)
                .isPresent();
        NoteDetails started = start(clientId);
        if (draftOpen) {
            // An unsigned note of the client's is finished first, with its own date.
            return started;
        }
        SessionNoteForm form = started.content();
        if (date.equals(form.getDate()) && startTime.equals(form.getStartTime())) {
            return started;
        }
        form.setDate(date);
        form.setStartTime(startTime);
        return saveDraft(started.id(), started.version(), form);
    }

    /** A note of the signed-in therapist left unsigned. */
    public record UnsignedNote(long noteId, long clientId, LocalDate date) {}

    /** The signed-in therapist's notes left unsigned from before {@code day}, oldest first. */
    @Transactional(readOnly = true)
    public List<UnsignedNote> unsignedBefore(LocalDate day) {
        return notes
                .findByTherapistIdAndStatusAndSessionDateBeforeOrderBySessionDateAscIdAsc(
                        currentUser.requireTherapistId(), NoteStatus.DRAFT, day)
                .stream()
                .map(n -> new UnsignedNote(n.getId(), n.getClientId(), n.getSessionDate()))
                .toList();
    }

    public NoteDetails saveDraft(long noteId, long expectedVersion, @Valid SessionNoteForm form) {
        SessionNote note = owned(noteId);
        ConcurrentEditException.check(RECORD, noteId, expectedVersion, note.getVersion());
        note.update(form, clock.instant());
        audit.change(AuditAction.UPDATE, RecordType.NOTE, noteId, note.getClientId());
        return details(notes.saveAndFlush(note));
    }

    /**
     * Signs the note, after which it cannot change. Needs pain before and after, the duration and at
     * least one technique; a current treatment consent; and, when the client has an unresolved red
     * flag or do-not-treat contraindication, the therapist's reason for treating.
     */
    public NoteDetails sign(long noteId, long expectedVersion, @Valid SessionNoteForm form, String flagReason) {
        SessionNote note = owned(noteId);
        // Signed already (a second click, another tab): say that, rather than "someone changed it".
        note.requireDraft();
        ConcurrentEditException.check(RECORD, noteId, expectedVersion, note.getVersion());
        if (form.getDurationMinutes() == null) {
            throw new NoteRefusedException("note.sign.duration", "durationMinutes");
        }
        if (form.getPainBefore() == null) {
            throw new NoteRefusedException("note.sign.pain-before", "painBefore");
        }
        if (form.getPainAfter() == null) {
            throw new NoteRefusedException("note.sign.pain-after", "painAfter");
        }
        if (form.getTechniques().isEmpty()) {
            throw new NoteRefusedException("note.sign.technique", "techniques");
        }
        requireTreatmentConsent(note.getClientId());
        String reason = flagReason == null || flagReason.isBlank() ? null : flagReason.trim();
        if (needsFlagReason(note.getClientId()) && reason == null) {
            throw new NoteRefusedException("note.sign.flag-reason", "flagReason");
        }
        note.sign(form, reason, currentUser.require().id(), clock.instant());
        audit.change(AuditAction.SIGN, RecordType.NOTE, noteId, note.getClientId());
        NoteDetails signed = details(notes.saveAndFlush(note));
        // The first signed session may move the default diary baseline.
        periodFigures.treatmentSigned(note.getClientId(), note.getSessionDate());
        return signed;
    }

    /** Whether the client's red flags or do-not-treat contraindications are unresolved, so signing needs a reason. */
    @Transactional(readOnly = true)
    public boolean needsFlagReason(long clientId) {
        Readiness readiness = intakes.status(clientId).readiness();
        return readiness == Readiness.DECISION_NEEDED
                || readiness == Readiness.REFERRED
                || readiness == Readiness.DEFERRED;
    }

    /** Discards a draft. A signed note is never deleted. */
    public void discard(long noteId) {
        SessionNote note = owned(noteId);
        note.requireDraft();
        audit.change(AuditAction.DELETE, RecordType.NOTE, noteId, note.getClientId(), "draft discarded");
        notes.delete(note);
    }

    /** Adds words to a signed note; the original stays readable beside them. */
    public NoteDetails amend(long noteId, String reason, String body) {
        return amend(noteId, reason, body, NoteCorrection.none());
    }

    /**
     * Adds a correction to a signed note: a reason, and words, corrected figures (pain, duration,
     * techniques, areas), or both. The original stays as signed and readable beside it; reports,
     * the GP letter and the practice figures use the corrected figures from now on.
     */
    public NoteDetails amend(long noteId, String reason, String body, NoteCorrection correction) {
        SessionNote note = owned(noteId);
        if (note.getStatus() != NoteStatus.SIGNED) {
            throw new NoteRefusedException("note.amend.draft", "reason");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new NoteRefusedException("note.amend.reason", "reason");
        }
        NoteCorrection corrected = correction == null ? NoteCorrection.none() : correction;
        boolean words = body != null && !body.isBlank();
        if ((!words && corrected.isEmpty()) || (body != null && body.length() > 4000)) {
            throw new NoteRefusedException("note.amend.body", "body");
        }
        checkCorrection(corrected);
        amendments.saveAndFlush(new NoteAmendment(
                noteId,
                reason.trim(),
                words ? body.trim() : null,
                corrected,
                currentUser.require().id(),
                clock.instant()));
        audit.change(
                AuditAction.AMEND,
                RecordType.NOTE,
                noteId,
                note.getClientId(),
                corrected.isEmpty() ? null : "corrected " + String.join(", ", corrected.fields()));
        return details(note);
    }

    private static void checkCorrection(NoteCorrection c) {
        checkPain(c.painBefore(), "painBefore");
        checkPain(c.painAfter(), "painAfter");
        if (c.durationMinutes() != null && (c.durationMinutes() < 1 || c.durationMinutes() > 480)) {
            throw new NoteRefusedException("note.amend.duration-range", "durationMinutes");
        }
        if (c.techniques() != null && c.techniques().isEmpty()) {
            throw new NoteRefusedException("note.sign.technique", "techniques");
        }
    }

    private static void checkPain(Integer value, String field) {
        if (value != null && (value < 0 || value > 10)) {
            throw new NoteRefusedException("note.amend.pain-range", field);
        }
    }

    /** The note as a PDF with the body chart drawn. */
    @Transactional(readOnly = true)
    public byte[] pdf(long noteId) {
        NoteDetails note = details(owned(noteId));
        audit.output(AuditAction.PRINT, RecordType.NOTE, noteId, note.clientId(), "PDF");
        return pdf.render(note, clients.get(note.clientId()), clock.getZone());
    }

    private void requireTreatmentConsent(long clientId) {
        if (!consents.hasTreatmentConsent(clientId)) {
            throw new NoteRefusedException("note.no-consent", "consent");
        }
    }

    private NoteDetails details(SessionNote note) {
        return note.toDetails(amendments.findByNoteIdOrderByCreatedAtAscIdAsc(note.getId()).stream()
                .map(NoteAmendment::toRecord)
                .toList());
    }

    private SessionNote owned(long noteId) {
        SessionNote note = notes.findById(noteId).orElseThrow(() -> new RecordNotFoundException(RECORD, noteId));
        clients.checkAccess(note.getClientId());
        return note;
    }
}
