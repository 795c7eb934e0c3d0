package org.headroom.intake.ui;

/** Addresses of the intake views, so that views need not import each other. */
final class IntakeNavigation {

    private IntakeNavigation() {}

    static String intake(long clientId, long intakeId) {
        return "clients/" + clientId + "/intakes/" + intakeId;
    }

    static String client(long clientId) {
        return "clients/" + clientId;
    }

    static String pdf(long intakeId) {
        return "intake-pdf/" + intakeId;
    }
}
