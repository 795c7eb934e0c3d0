package org.headroom.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.Formats;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's request to erase their records (UK GDPR Article 17; docs/clinical-rules.md, "Data
 * protection"): refused while the records must be kept ({@link RetentionSettings}), with the
 * reason recorded and in the audit trail; after that, every clinical record is deleted and the
 * client's own row is anonymised, so that the audit trail, which holds only ids, stays whole.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class ErasureService {

    /**
     * Every table that holds a client's records, children before parents. A test checks that
     * every table with a client column is here.
     */
    static final List<String> DELETIONS = List.of(
            "delete from session_note_amendment where note_id in (select id from session_note where client_id = ?)",
            "delete from session_note where client_id = ?",
            "delete from appointment where client_id = ?",
            "delete from diary_medicine_taken where entry_id in (select id from diary_entry where client_id = ?)",
            "delete from diary_entry where client_id = ?",
            "delete from client_medicine where client_id = ?",
            "delete from diary_device where client_id = ?",
            "delete from client_diary where client_id = ?",
            "delete from questionnaire_schedule where client_id = ?",
            "delete from diary_baseline where client_id = ?",
            "delete from diary_period_figures where client_id = ?",
            "delete from midas_assessment where client_id = ?",
            "delete from hit6_assessment where client_id = ?",
            "delete from rating where client_id = ?",
            "delete from consent where client_id = ?",
            "delete from intake_link where intake_id in (select id from intake where client_id = ?)",
            "delete from intake_decision where intake_id in (select id from intake where client_id = ?)",
            "delete from intake where client_id = ?");

    private final ClientService clients;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final RetentionSettings settings;
    private final Clock clock;

    ErasureService(
            ClientService clients,
            JdbcTemplate jdbc,
            AuditTrail audit,
            CurrentUser currentUser,
            RetentionSettings settings,
            Clock clock) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** Until when the client's records must be kept. */
    @Transactional(readOnly = true)
    public LocalDate retainedUntil(long clientId) {
        return keepUntil(clients.get(clientId));
    }

    /** Erases the client's records if the retention period is over; otherwise records the refusal. */
    public ErasureOutcome request(long clientId) {
        ClientDetails client = clients.get(clientId);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = keepUntil(client);
        long userId = currentUser.require().id();
        if (today.isBefore(until)) {
            String reason =
                    "Records must be kept until " + Formats.date(until) + " (" + settings.yearsAfterLastTreatment()
                            + " years after the last treatment, or until age " + settings.childUntilAge()
                            + " for a client treated as a child).";
            record(clientId, userId, "REFUSED", until, reason);
            audit.change(AuditAction.ERASURE_REFUSED, RecordType.CLIENT, clientId, clientId, reason);
            return new ErasureOutcome(false, until, reason);
        }
        for (String delete : DELETIONS) {
            jdbc.update(delete, clientId);
        }
        jdbc.update(
                "update client set first_name = 'Erased', last_name = concat('client ', id), preferred_name = null,"
                        + " date_of_birth = '1900-01-01', email = null, phone = null, address = null, postcode = null,"
                        + " gp_name = null, gp_practice = null, gp_phone = null, gp_address = null, emergency_name = null,"
                        + " emergency_relationship = null, emergency_phone = null, notes = null, archived = true,"
                        + " version = version + 1, updated_at = ?, updated_by = ? where id = ?",
                Timestamp.from(clock.instant()),
                userId,
                clientId);
        String reason = "Retention ended " + Formats.date(until) + "; records erased and the client anonymised.";
        record(clientId, userId, "ERASED", until, reason);
        audit.change(AuditAction.ERASE, RecordType.CLIENT, clientId, clientId, reason);
        return new ErasureOutcome(true, until, reason);
    }

    private LocalDate keepUntil(ClientDetails client) {
        ZoneId zone = clock.getZone();
        LocalDate first = jdbc.queryForObject(
                "select min(session_date) from session_note where client_id = ? and status = 'SIGNED'",
                LocalDate.class,
                client.id());
        LocalDate last = jdbc.queryForObject(
                "select max(session_date) from session_note where client_id = ? and status = 'SIGNED'",
                LocalDate.class,
                client.id());
        LocalDate opened = LocalDate.ofInstant(client.createdAt(), zone);
        return Retention.keepUntil(client.dateOfBirth(), first, last == null ? opened : last, settings);
    }

    private void record(long clientId, long userId, String outcome, LocalDate until, String reason) {
        jdbc.update(
                "insert into erasure_request (client_id, requested_at, requested_by, outcome, retention_until, reason)"
                        + " values (?, ?, ?, ?, ?, ?)",
                clientId,
                Timestamp.from(clock.instant()),
                userId,
                outcome,
                Date.valueOf(until),
                reason);
    }
}
