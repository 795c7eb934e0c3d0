package org.headroom.base;

/**
 * A record does not exist or the signed-in user may not see it. The two cases are deliberately
 * indistinguishable, so that nobody can probe for another therapist's records.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found");
    }
}
