package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** Failed sign-ins lock the account for a while or until the admin unlocks it; addresses are throttled. */
@IntegrationTest
class SignInProtectionTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AppUserRepository users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void five_wrong_passwords_lock_the_account_until_the_admin_unlocks_it() throws Exception {
        UserAccount account = account();
        AuthenticationManager manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(manager, account.username(), "wrong password " + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // A success before the fifth failure starts the count again.
        assertThat(signIn(manager, account.username(), PASSWORD).isAuthenticated())
                .isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(manager, account.username(), "wrong password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(manager, account.username(), PASSWORD))
                .as("locked: even the right password is refused")
                .isInstanceOf(LockedException.class);
        UserAccount listed =
                fixtures
                        .runAs(ADMIN, () -> accounts.list(org.springframework.data.domain.PageRequest.of(0, 500)))
                        .stream()
                        .filter(a -> a.id() == account.id())
                        .findFirst()
                        .orElseThrow();
        assertThat(listed.lockedUntil()).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
        assertThat(listed.version())
                .as("counting failures does not disturb an edit in progress")
                .isEqualTo(account.version());

        fixtures.runAs(ADMIN, () -> {
            accounts.unlock(account.id());
            return null;
        });
        assertThat(signIn(manager, account.username(), PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void an_address_with_many_failures_is_refused_until_they_age_out() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
        SignInSettings settings = new SignInSettings(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(10));
        // Two application servers of one cluster: each counts the failures the other saw.
        SignInProtection serverA = new SignInProtection(users, settings, clock, jdbc);
        SignInProtection serverB = new SignInProtection(users, settings, clock, jdbc);
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        jdbc.update("delete from sign_in_address_failure where address = ?", address);
        serverA.addressFailed(address);
        serverB.addressFailed(address);
        assertThat(serverA.addressBlocked(address)).isFalse();
        serverA.addressFailed(address);
        assertThat(serverA.addressBlocked(address)).isTrue();
        assertThat(serverB.addressBlocked(address))
                .as("the other server refuses it too")
                .isTrue();
        assertThat(serverA.addressBlocked("198.51.100.4"))
                .as("other addresses are not affected")
                .isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(serverB.addressBlocked(address)).isFalse();
        serverB.addressFailed(address);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_address_failure where address = ?", Integer.class, address))
                .as("failures older than the window are deleted")
                .isEqualTo(1);
    }

    private Authentication signIn(AuthenticationManager manager, String username, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private UserAccount account() {
        NewAccount account = new NewAccount();
        account.setUsername(Fixtures.unique("lock."));
        account.setDisplayName("Lock Test");
        account.setInitialPassword(PASSWORD);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        return fixtures.runAs(ADMIN, () -> accounts.create(account));
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
