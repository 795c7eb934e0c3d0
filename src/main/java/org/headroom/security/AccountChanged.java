package org.headroom.security;

/**
 * A practice admin changed an account: published by {@link UserAccountService} inside the
 * transaction of the change, so that whoever keeps the record (the audit trail) keeps it with the
 * change or not at all, without {@code security} depending on that feature.
 *
 * @param accountId the account changed (0 for a practice-wide setting)
 * @param username its user name, or {@code null} for a practice-wide setting
 * @param what what was done, in a few words; never a password or secret
 */
public record AccountChanged(long accountId, String username, Change change, String what) {

    /** The kind of change, for the audit trail's action column. */
    public enum Change {
        CREATED,
        CHANGED
    }
}
