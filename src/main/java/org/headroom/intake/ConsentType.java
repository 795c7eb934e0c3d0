package org.headroom.intake;

/**
 * The separate consents an intake takes (docs/clinical-rules.md, "Data protection" and FHT code):
 * treatment and explicit consent to keep health data are required; GP contact and marketing are
 * optional and never bundled with the others.
 */
public enum ConsentType {
    TREATMENT(true),
    HEALTH_DATA(true),
    GP_CONTACT(false),
    MARKETING(false);

    private final boolean required;

    ConsentType(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
