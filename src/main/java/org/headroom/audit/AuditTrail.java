package org.headroom.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.headroom.security.CurrentUser;
import org.headroom.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail (docs/clinical-rules.md, "Data protection": audit of who viewed and
 * changed records; CNHC: records are attributable). A change is written in the transaction of the
 * change, so that both are kept or neither; a read is written in its own transaction, on a
 * connection of its own ({@link AuditConnections}), so that it is kept even though the read changed
 * nothing. There is no method to change or remove a line,
 * and the database refuses it too.
 */
@Component
public class AuditTrail {

    private static final String INSERT = "insert into audit_event (occurred_at, user_id, username, action,"
            + " record_type, record_id, client_id, detail, remote_addr) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String READS_IN_REQUEST = AuditTrail.class.getName() + ".reads";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate ownTransactions;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, AuditConnections connections, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransactions = connections.jdbc();
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A record was read (shown without change). Within one web request the same read is written
     * once, however many parts of a page ask for it.
     */
    public void read(RecordType type, Long recordId, Long clientId) {
        if (firstInRequest(type + ":" + recordId + ":" + clientId)) {
            write(ownTransactions, AuditAction.READ, type, recordId, clientId, null);
        }
    }

    /** A read with a short note, e.g. that the client opened their own form through a link. */
    public void read(RecordType type, Long recordId, Long clientId, String detail) {
        write(ownTransactions, AuditAction.READ, type, recordId, clientId, detail);
    }

    /** A record was printed or exported: kept like a read, with what was produced. */
    public void output(AuditAction action, RecordType type, Long recordId, Long clientId, String detail) {
        write(ownTransactions, action, type, recordId, clientId, detail);
    }

    /**
     * Something done through a client's link (nobody signed in): written as the link's action, not
     * as any therapist's, in its own transaction so that a refused attempt is kept too.
     */
    public void byLink(AuditAction action, RecordType type, Long recordId, Long clientId, String detail) {
        write(ownTransactions, LINK, action, type, recordId, clientId, detail);
    }

    /** A change made through a client's link, inside the transaction that makes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeByLink(AuditAction action, RecordType type, Long recordId, Long clientId, String detail) {
        write(jdbc, LINK, action, type, recordId, clientId, detail);
    }

    /** The name written for what is done through a client's link. */
    public static final String LINK = "client link";

    /** A record was changed; must run inside the transaction that changes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(AuditAction action, RecordType type, Long recordId, Long clientId) {
        write(jdbc, action, type, recordId, clientId, null);
    }

    /** A change with a short note (never clinical content), e.g. the reason an erasure was refused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(AuditAction action, RecordType type, Long recordId, Long clientId, String detail) {
        write(jdbc, action, type, recordId, clientId, detail);
    }

    private void write(
            JdbcTemplate on, AuditAction action, RecordType type, Long recordId, Long clientId, String detail) {
        write(on, null, action, type, recordId, clientId, detail);
    }

    private void write(
            JdbcTemplate on,
            String actor,
            AuditAction action,
            RecordType type,
            Long recordId,
            Long clientId,
            String detail) {
        SignedInUser user = actor == null ? currentUser.get().orElse(null) : null;
        on.update(
                INSERT,
                Timestamp.from(clock.instant()),
                user == null ? null : user.id(),
                actor != null ? actor : user == null ? "anonymous" : user.getUsername(),
                action.name(),
                type.name(),
                recordId,
                clientId,
                detail == null ? null : detail.substring(0, Math.min(detail.length(), 300)),
                remoteAddress());
    }

    @SuppressWarnings("unchecked")
    private static boolean firstInRequest(String read) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return true;
        }
        HttpServletRequest request = attributes.getRequest();
        java.util.Set<String> seen = (java.util.Set<String>) request.getAttribute(READS_IN_REQUEST);
        if (seen == null) {
            seen = new java.util.HashSet<>();
            request.setAttribute(READS_IN_REQUEST, seen);
        }
        return seen.add(read);
    }

    /** The address of the request being served, if any (behind a proxy, as forwarded in prod). */
    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
