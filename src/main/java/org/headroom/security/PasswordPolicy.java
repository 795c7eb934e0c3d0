package org.headroom.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B (5.1.1.2): a minimum length, a generous maximum, no
 * composition rules (no forced digits or symbols, which only push people towards predictable
 * passwords), and a refusal of passwords that are commonly used or contain the user name.
 */
@Component
public class PasswordPolicy {

    static final int MAXIMUM_LENGTH = 128;
    private final int minimumLength;
    private final Set<String> common;

    PasswordPolicy(@Value("${headroom.security.password-min-length:12}") int minimumLength) {
        this.minimumLength = minimumLength;
        this.common = load();
    }

    public int minimumLength() {
        return minimumLength;
    }

    /**
     * Throws {@link InvalidPasswordException} with a message key when the password is not
     * acceptable for the account with this user name.
     */
    public void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < minimumLength) {
            throw new InvalidPasswordException("password.too-short", minimumLength);
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new InvalidPasswordException("password.too-long", MAXIMUM_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            throw new InvalidPasswordException("password.common", minimumLength);
        }
        if (username != null
                && username.strip().length() >= 4
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidPasswordException("password.has-username", minimumLength);
        }
        if (lower.codePoints().distinct().count() < 4) {
            throw new InvalidPasswordException("password.repetitive", minimumLength);
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> words.add(l.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
