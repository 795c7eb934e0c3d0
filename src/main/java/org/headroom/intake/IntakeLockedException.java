package org.headroom.intake;

/** A completed intake is kept as it was; a change needs a re-assessment (a new version). */
public class IntakeLockedException extends IllegalStateException {

    public IntakeLockedException(Object intakeId) {
        super("Intake " + intakeId + " is completed and cannot be changed");
    }
}
