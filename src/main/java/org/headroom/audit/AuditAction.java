package org.headroom.audit;

/** What was done to a record. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    SIGN,
    AMEND,
    DELETE,
    WITHDRAW,
    PRINT,
    EXPORT,
    ERASE,
    ERASURE_REFUSED
}
