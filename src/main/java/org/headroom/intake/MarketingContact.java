package org.headroom.intake;

/** A client who has agreed to hear from the practice, with the consent standing now. */
public record MarketingContact(long clientId, String name, String email) {}
