package org.headroom.intake;

/** The current wording of a consent, shown to the client exactly as stored. */
public record ConsentText(long id, ConsentType type, int version, String body) {}
