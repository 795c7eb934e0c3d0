package org.headroom.diary;

/**
 * A diary line or questionnaire was refused because the client has not given (or has withdrawn)
 * explicit consent to keep health data, which UK GDPR requires for special-category data.
 * {@link #getMessage()} is a message key saying what is missing. Nothing was saved.
 */
public class HealthDataConsentMissingException extends IllegalStateException {

    public HealthDataConsentMissingException() {
        super("diary.consent-missing");
    }
}
