package org.headroom.base;

/**
 * Somebody else saved the record after it was loaded for editing. Nothing was saved; the caller
 * should offer to reload.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else");
    }

    /** The database refused the save because the record's version moved on meanwhile. */
    public ConcurrentEditException(String recordType, Object id, Throwable cause) {
        super(recordType + " " + id + " was changed by someone else", cause);
    }

    /** Throws when the version the editor started from is not the stored one. */
    public static void check(String recordType, Object id, long expectedVersion, long actualVersion) {
        if (expectedVersion != actualVersion) {
            throw new ConcurrentEditException(recordType, id);
        }
    }
}
