package org.headroom.intake;

import java.util.List;

/**
 * What a client sees after proving who they are through an intake link: their first name, the
 * questions (prefilled from an earlier intake or from what they saved before), the contraindication
 * list and the consent texts; the intake's version (a concurrent change is refused, not overwritten)
 * and until when the link can be used.
 * Nothing else about them or the practice.
 */
public record PublicIntakeForm(
        String firstName,
        boolean minor,
        IntakeAnswers answers,
        List<ContraindicationItem> contraindications,
        List<ConsentText> consentTexts,
        long version,
        java.time.Instant linkExpiresAt) {}
