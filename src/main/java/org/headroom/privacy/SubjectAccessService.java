package org.headroom.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryService;
import org.headroom.diary.DiarySummary;
import org.headroom.intake.ConsentRecord;
import org.headroom.intake.ConsentService;
import org.headroom.intake.IntakeDetails;
import org.headroom.intake.IntakeService;
import org.headroom.intake.IntakeStatus;
import org.headroom.intake.IntakeSummary;
import org.headroom.reporting.OutcomeService;
import org.headroom.reporting.ReportAudience;
import org.headroom.treatment.NoteDetails;
import org.headroom.treatment.NoteStatus;
import org.headroom.treatment.NoteSummary;
import org.headroom.treatment.SessionNoteService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject access request answered in one download (UK GDPR Article 15; docs/clinical-rules.md,
 * "Data protection": the client gets a copy of everything held): a ZIP with everything held about
 * the client as JSON (machine-readable), the printed intakes, session notes and outcome report as
 * PDFs, the drawn consent signatures, and a note on what is inside. Recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class SubjectAccessService {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ClientService clients;
    private final IntakeService intakes;
    private final ConsentService consents;
    private final DiaryService diary;
    private final SessionNoteService notes;
    private final OutcomeService outcomes;
    private final AuditTrail audit;
    private final Clock clock;

    SubjectAccessService(
            ClientService clients,
            IntakeService intakes,
            ConsentService consents,
            DiaryService diary,
            SessionNoteService notes,
            OutcomeService outcomes,
            AuditTrail audit,
            Clock clock) {
        this.clients = clients;
        this.intakes = intakes;
        this.consents = consents;
        this.diary = diary;
        this.notes = notes;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held about the client, as a ZIP. */
    public byte[] export(long clientId) {
        ClientDetails client = clients.get(clientId);
        audit.output(AuditAction.EXPORT, RecordType.SUBJECT_ACCESS, clientId, clientId, "ZIP of all records");
        LocalDate today = LocalDate.now(clock);
        List<IntakeDetails> intakeDetails = intakes.history(clientId).stream()
                .map(IntakeSummary::id)
                .map(intakes::get)
                .toList();
        List<ConsentRecord> consentRecords = consents.consents(clientId);
        DiarySummary summary = diary.summary(clientId);
        List<DiaryEntryData> entries = diary.entries(clientId, LocalDate.of(1900, 1, 1), today);
        List<NoteDetails> noteDetails = notes.list(clientId, PageRequest.of(0, Integer.MAX_VALUE)).stream()
                .map(NoteSummary::id)
                .map(notes::get)
                .toList();

        Map<String, Object> everything = new LinkedHashMap<>();
        everything.put("exportedAt", clock.instant().toString());
        everything.put("client", client);
        everything.put("intakes", intakeDetails);
        everything.put("consents", consentRecords);
        everything.put("diaryEntries", entries);
        everything.put("diaryBaselineStart", summary.baselineStart());
        everything.put("midas", summary.midas());
        everything.put("hit6", summary.hit6());
        everything.put("ratings", summary.ratings());
        everything.put("sessionNotes", noteDetails);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.txt", readme(client, today).getBytes(StandardCharsets.UTF_8));
            put(zip, "records.json", JSON.writeValueAsBytes(everything));
            for (IntakeDetails intake : intakeDetails) {
                if (intake.status() == IntakeStatus.COMPLETED) {
                    put(zip, "intakes/intake-" + intake.sequenceNo() + ".pdf", intakes.pdf(intake.id()));
                }
            }
            for (ConsentRecord consent : consentRecords) {
                if (consent.drawnSignature()) {
                    put(zip, "signatures/consent-" + consent.id() + ".png", consents.signature(consent.id()));
                }
            }
            for (NoteDetails note : noteDetails) {
                if (note.status() == NoteStatus.SIGNED) {
                    put(
                            zip,
                            "session-notes/note-" + note.content().getDate() + "-" + note.id() + ".pdf",
                            notes.pdf(note.id()));
                }
            }
            LocalDate from = entries.isEmpty()
                    ? summary.baselineStart()
                    : entries.getFirst().date();
            put(
                    zip,
                    "outcome-report.pdf",
                    outcomes.pdf(clientId, from.isAfter(today) ? today : from, today, ReportAudience.CLIENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String readme(ClientDetails client, LocalDate today) {
        return """
                Everything Headroom holds about %s, exported on %s.

                records.json         every record as data: your details, intake forms with every answer,
                                     consents with their exact wording, headache diary, MIDAS, HIT-6 and
                                     ratings, and session notes with any amendments
                intakes/             each completed intake form as printed
                session-notes/       each signed session note as printed
                signatures/          the consent signatures drawn on screen
                outcome-report.pdf   the outcome report over the whole diary

                Who has opened or changed these records is kept in the practice's audit trail and can
                be provided on request.
                """
                .formatted(client.fullName(), today);
    }
}
