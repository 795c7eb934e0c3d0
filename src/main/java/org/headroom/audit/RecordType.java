package org.headroom.audit;

/** Which kind of client record an audit event is about. */
public enum RecordType {
    CLIENT,
    INTAKE,
    INTAKE_LINK,
    CONSENT,
    DIARY,
    INSTRUMENT,
    NOTE,
    REPORT,
    PRACTICE_OUTCOMES,
    SUBJECT_ACCESS,
    AUDIT_TRAIL,
    /** A user account or a practice-wide sign-in setting, changed by the practice admin. */
    ACCOUNT,
    /** A client's own diary: its personal link, the devices it is kept on, reminders, schedules. */
    DIARY_ACCESS,
    /** An appointment in a therapist's book. */
    APPOINTMENT
}
