package org.headroom.base;

/**
 * The signed-in person's colours, kept with their account so that every device they sign in on
 * shows the same. Implemented by the security feature; the layout needs nothing else from it.
 */
public interface AccountColours {

    /** The signed-in account's choice; {@link ColourChoice#SYSTEM} when nobody is signed in. */
    ColourChoice colours();

    /** Keeps the choice with the signed-in account. */
    void choose(ColourChoice choice);
}
