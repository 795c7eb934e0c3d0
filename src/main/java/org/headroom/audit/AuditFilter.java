package org.headroom.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional.
 *
 * @param user part of the username
 * @param from first day, inclusive; {@code to} last day, inclusive (practice time zone)
 */
public record AuditFilter(String user, Long clientId, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
