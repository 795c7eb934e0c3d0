package org.headroom.intake;

import java.util.List;

/** Completing was refused: the named answers are missing or out of range. Nothing was saved. */
public class IncompleteIntakeException extends IllegalArgumentException {

    private final List<String> fields;

    public IncompleteIntakeException(List<String> fields) {
        super("Intake answers missing or invalid: " + fields);
        this.fields = List.copyOf(fields);
    }

    /** Property names of {@link IntakeAnswers}, e.g. {@code headacheDaysPerMonth}. */
    public List<String> fields() {
        return fields;
    }
}
