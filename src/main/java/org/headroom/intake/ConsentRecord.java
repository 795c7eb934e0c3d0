package org.headroom.intake;

import java.time.Instant;

/**
 * A consent as recorded: the exact text version shown, whether it was granted, who signed and how,
 * who took it and when, and any withdrawal.
 *
 * @param takenBy the user who took it; null when the client gave it through an intake link
 */
public record ConsentRecord(
        long id,
        ConsentType type,
        int textVersion,
        String text,
        boolean granted,
        String signerName,
        SignerRole signerRole,
        boolean drawnSignature,
        boolean typedSignature,
        String takenVia,
        Long takenBy,
        Instant givenAt,
        Instant withdrawnAt,
        Long withdrawnBy,
        String withdrawalNote) {

    public boolean stands() {
        return granted && withdrawnAt == null;
    }
}
