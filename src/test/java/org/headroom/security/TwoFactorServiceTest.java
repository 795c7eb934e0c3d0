package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class TwoFactorServiceTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    Fixtures fixtures;

    @Test
    void rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits); the last 6 digits are ours.
        String secret = Totp.base32("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(new String(Totp.fromBase32(secret), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("12345678901234567890");
    }

    @Test
    void set_up_then_sign_in_needs_the_code_and_a_recovery_code_works_once() throws Exception {
        UserAccount account = account();
        String username = account.username();
        TwoFactorService.Enrolment enrolment = fixtures.runAs(username, () -> twoFactor.start());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Headroom:").contains("secret=" + enrolment.secret());
        assertThat(enrolment.qrPng()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThatThrownBy(() -> fixtures.runAs(username, () -> twoFactor.confirm("000000")))
                .isInstanceOf(TwoFactorException.class);
        long step = Totp.step(Instant.now());
        List<String> codes = fixtures.runAs(username, () -> twoFactor.confirm(Totp.code(enrolment.secret(), step)));
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));

        // The password now gives only the code stage: no role, no clinical service.
        AuthenticationManager manager = authentication.getAuthenticationManager();
        Authentication staged =
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        assertThat(staged.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_" + SignInStage.TWO_FACTOR_PENDING);
        try {
            SecurityContextHolder.getContext().setAuthentication(staged);
            assertThatThrownBy(() -> fixtures.clientService().count(org.headroom.client.ClientFilter.active()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(twoFactor.verify(Totp.code(enrolment.secret(), step)))
                    .as("the code used to confirm cannot be used again")
                    .isFalse();
            assertThat(twoFactor.verify(codes.getFirst())).isTrue();
            assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                    .extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_THERAPIST");
        } finally {
            SecurityContextHolder.clearContext();
        }
        Authentication again =
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        try {
            SecurityContextHolder.getContext().setAuthentication(again);
            assertThat(twoFactor.verify(codes.getFirst()))
                    .as("a recovery code works once")
                    .isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(fixtures.runAs(username, () -> twoFactor.status())).isEqualTo(new TwoFactorService.Status(true, 9));
    }

    @Test
    void when_the_practice_requires_it_a_new_sign_in_must_set_it_up_first() throws Exception {
        UserAccount account = account();
        fixtures.runAs(ADMIN, () -> {
            accounts.requireTwoFactor(true);
            return null;
        });
        try {
            Authentication staged = authentication
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.username(), PASSWORD));
            assertThat(staged.getAuthorities())
                    .extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_" + SignInStage.TWO_FACTOR_SETUP);
        } finally {
            fixtures.runAs(ADMIN, () -> {
                accounts.requireTwoFactor(false);
                return null;
            });
        }
        assertThat(fixtures.runAs(ADMIN, () -> accounts.twoFactorRequired())).isFalse();
    }

    @Test
    void wrong_codes_lock_the_account_even_when_the_password_is_given_again_between_them() {
        UserAccount account = account();
        String secret = enrol(account.username());
        AuthenticationManager manager = authentication.getAuthenticationManager();
        for (int attempt = 0; attempt < 5; attempt++) {
            Authentication staged = manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(account.username(), PASSWORD));
            try {
                SecurityContextHolder.getContext().setAuthentication(staged);
                assertThat(twoFactor.verify(wrongCode(secret))).isFalse();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(account.username(), PASSWORD)))
                .isInstanceOf(org.springframework.security.authentication.LockedException.class);
    }

    @Test
    void a_staged_sign_in_cannot_go_on_guessing_once_the_account_is_locked() {
        UserAccount account = account();
        String secret = enrol(account.username());
        Authentication staged = authentication
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.username(), PASSWORD));
        try {
            SecurityContextHolder.getContext().setAuthentication(staged);
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(twoFactor.verify(wrongCode(secret))).isFalse();
            }
            assertThat(twoFactor.verify(Totp.code(secret, Totp.step(Instant.now()) + 1)))
                    .as("the right code is refused while the account is locked")
                    .isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_used_code_is_refused_by_another_server_or_after_a_restart() {
        UserAccount account = account();
        String secret = enrol(account.username());
        long nextStep = Totp.step(Instant.now()) + 1;
        String next = Totp.code(secret, nextStep);
        assertThat(signInWith(twoFactor, account.username(), next)).isTrue();
        // A second instance of the service, as on another application server or after a restart.
        TwoFactorService otherServer = new TwoFactorService(
                users, recoveryCodes, currentUser, protection, cipher, java.time.Clock.systemUTC());
        Boolean accepted = transactions.execute(t -> signInWith(otherServer, account.username(), next));
        assertThat(accepted).isFalse();
        assertThat(jdbc.queryForObject("select totp_last_step from app_user where id = ?", Long.class, account.id()))
                .isEqualTo(nextStep);
    }

    @Test
    void the_secret_is_kept_encrypted_and_an_older_plain_text_one_is_encrypted_on_start() throws Exception {
        UserAccount account = account();
        String secret = enrol(account.username());
        String stored =
                jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class, account.id());
        assertThat(stored).startsWith("v1:").doesNotContain(secret);

        // As an earlier version left it: the Base32 secret itself in the column.
        jdbc.update("update app_user set totp_secret = ? where id = ?", secret, account.id());
        encryption.run(null);
        String encrypted =
                jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class, account.id());
        assertThat(encrypted).startsWith("v1:").doesNotContain(secret);
        assertThat(cipher.decrypt(encrypted)).isEqualTo(secret);
        assertThat(signInWith(twoFactor, account.username(), Totp.code(secret, Totp.step(Instant.now()) + 1)))
                .isTrue();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    AppUserRepository users;

    @Autowired
    RecoveryCodeRepository recoveryCodes;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SignInProtection protection;

    @Autowired
    SecretCipher cipher;

    @Autowired
    TotpSecretEncryption encryption;

    private String enrol(String username) {
        TwoFactorService.Enrolment enrolment = fixtures.runAs(username, () -> twoFactor.start());
        fixtures.runAs(username, () -> twoFactor.confirm(Totp.code(enrolment.secret(), Totp.step(Instant.now()))));
        return enrolment.secret();
    }

    private boolean signInWith(TwoFactorService service, String username, String code) {
        Authentication staged = authentication
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        try {
            SecurityContextHolder.getContext().setAuthentication(staged);
            return service.verify(code);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A six-digit code that is right for no step in the window. */
    private static String wrongCode(String secret) {
        long step = Totp.step(Instant.now());
        java.util.Set<String> right = new java.util.HashSet<>();
        for (long s = step - 2; s <= step + 2; s++) {
            right.add(Totp.code(secret, s));
        }
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!right.contains(code)) {
                return code;
            }
        }
    }

    private UserAccount account() {
        NewAccount account = new NewAccount();
        account.setUsername(Fixtures.unique("otp."));
        account.setDisplayName("Two Factor");
        account.setInitialPassword(PASSWORD);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        return fixtures.runAs(ADMIN, () -> accounts.create(account));
    }
}
