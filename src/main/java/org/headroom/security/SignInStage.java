package org.headroom.security;

/**
 * The authorities of a sign-in that has passed the password but not yet the second factor: such a
 * session can open only the code page (or the set-up page, when the practice requires two-factor
 * sign-in and the account has none yet); every view and service that needs a role refuses it.
 */
public final class SignInStage {

    public static final String TWO_FACTOR_PENDING = "TWO_FACTOR_PENDING";
    public static final String TWO_FACTOR_SETUP = "TWO_FACTOR_SETUP";

    private SignInStage() {}
}
