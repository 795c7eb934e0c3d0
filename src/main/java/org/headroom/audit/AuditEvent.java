package org.headroom.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param username the account name at the time, so the line stays attributable
 * @param remoteAddress the address the request came from, as the server saw it
 * @param clientName shown to the client's own therapist only; null in the practice-wide trail
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        Long userId,
        String username,
        AuditAction action,
        RecordType recordType,
        Long recordId,
        Long clientId,
        String detail,
        String remoteAddress,
        String clientName) {}
