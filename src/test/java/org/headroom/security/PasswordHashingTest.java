package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@IntegrationTest
class PasswordHashingTest {

    /** Words and accented letters: 92 bytes in UTF-8, beyond bcrypt's 72. */
    private static final String PASSPHRASE =
            "the café by the harbour opens at seven and the ferry leaves at eight, léger et très calme";

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_passphrase_longer_than_72_bytes_is_accepted_and_signs_in() throws Exception {
        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        UserAccount account = create(PASSPHRASE);
        assertThat(hash(account)).startsWith("{argon2}$argon2id$");
        AuthenticationManager manager = authentication.getAuthenticationManager();
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), PASSPHRASE))
                        .isAuthenticated())
                .isTrue();
        // The same first 72 bytes and a different ending is a different password.
        String sameStart = PASSPHRASE.substring(0, PASSPHRASE.length() - 5) + "storm";
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(account.username(), sameStart)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_bcrypt_hash_from_an_earlier_version_signs_in_and_is_upgraded_to_argon2id() throws Exception {
        String password = "an older account password";
        UserAccount account = create(password);
        jdbc.update(
                "update app_user set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(password),
                account.id());
        AuthenticationManager manager = authentication.getAuthenticationManager();
        // A long attempt against a bcrypt hash is a wrong password, not an unexpected error.
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(account.username(), PASSPHRASE)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), password))
                        .isAuthenticated())
                .isTrue();
        assertThat(hash(account)).startsWith("{argon2}$argon2id$");
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), password))
                        .isAuthenticated())
                .isTrue();
    }

    private String hash(UserAccount account) {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account.id());
    }

    private UserAccount create(String password) {
        NewAccount account = new NewAccount();
        account.setUsername(Fixtures.unique("hash."));
        account.setDisplayName("Hash Test");
        account.setInitialPassword(password);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        return fixtures.runAs(ADMIN, () -> accounts.create(account));
    }
}
