package org.headroom.intake;

/** An item of the contraindication list as the settings page and the intake form show it. */
public record ContraindicationItem(
        long id, long version, String code, String label, Severity severity, boolean active) {

    public ContraindicationAnswer toAnswer() {
        return new ContraindicationAnswer(code, label, severity);
    }
}
