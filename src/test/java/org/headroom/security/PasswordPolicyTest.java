package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B: length, no composition rules, common and context-specific passwords refused. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void a_long_passphrase_without_digits_or_symbols_is_fine() {
        assertThatCode(() -> policy.check("mellow tuesday harbour lamp", "anna"))
                .doesNotThrowAnyException();
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(reason("Password1234", "anna")).isEqualTo("password.common");
        assertThat(reason("qwertyuiop123", "anna")).isEqualTo("password.common");
    }

    @Test
    void the_user_name_and_repetition_are_refused_and_short_ones_too() {
        assertThat(reason("sarah.bennett-2026", "Sarah.Bennett")).isEqualTo("password.has-username");
        assertThat(reason("abababababababab", "anna")).isEqualTo("password.repetitive");
        assertThat(reason("short pass", "anna")).isEqualTo("password.too-short");
    }

    private String reason(String password, String username) {
        return catchThrowableOfType(InvalidPasswordException.class, () -> policy.check(password, username))
                .messageKey();
    }
}
