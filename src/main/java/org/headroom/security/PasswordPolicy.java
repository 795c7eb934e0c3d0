package org.headroom.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: a minimum length, a generous maximum, and no composition
 * rules (no forced digits or symbols), which only push people towards predictable passwords.
 */
@Component
public class PasswordPolicy {

    static final int MAXIMUM_LENGTH = 128;
    private final int minimumLength;

    PasswordPolicy(@Value("${headroom.security.password-min-length:12}") int minimumLength) {
        this.minimumLength = minimumLength;
    }

    public int minimumLength() {
        return minimumLength;
    }

    /** Throws {@link InvalidPasswordException} with a message key when the password is not acceptable. */
    public void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < minimumLength) {
            throw new InvalidPasswordException("password.too-short", minimumLength);
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new InvalidPasswordException("password.too-long", MAXIMUM_LENGTH);
        }
    }
}
