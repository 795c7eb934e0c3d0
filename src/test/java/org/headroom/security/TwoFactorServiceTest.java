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

    private UserAccount account() {
        NewAccount account = new NewAccount();
        account.setUsername(Fixtures.unique("otp."));
        account.setDisplayName("Two Factor");
        account.setInitialPassword(PASSWORD);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        return fixtures.runAs(ADMIN, () -> accounts.create(account));
    }
}
