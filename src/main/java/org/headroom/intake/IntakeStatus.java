package org.headroom.intake;

/** Where an intake is in its life. Only a draft or a client's submission can be edited. */
public enum IntakeStatus {
    DRAFT,
    AWAITING_REVIEW,
    COMPLETED;

    public boolean isEditable() {
        return this != COMPLETED;
    }
}
