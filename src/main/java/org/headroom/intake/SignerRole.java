package org.headroom.intake;

/** Who signed: the client, or a parent or guardian for a client under 18 (FHT code of conduct). */
public enum SignerRole {
    CLIENT,
    PARENT_GUARDIAN
}
