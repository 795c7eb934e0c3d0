package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    AppUserRepository users;

    @Autowired
    DatabaseUserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void admin_creates_a_therapist_who_can_then_sign_in() {
        NewAccount account = newAccount(Fixtures.unique("new."), "correct horse battery");

        UserAccount created = fixtures.runAs(ADMIN, () -> accounts.create(account));

        assertThat(created.isTherapist()).isTrue();
        assertThat(users.findById(created.id()).orElseThrow().getPasswordHash())
                .startsWith("{argon2}$argon2id$")
                .doesNotContain("correct horse battery");
        Authentication signedIn = signIn(account.getUsername(), "correct horse battery");
        assertThat(((SignedInUser) signedIn.getPrincipal()).id()).isEqualTo(created.id());
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_re_enabled() {
        NewAccount account = newAccount(Fixtures.unique("leaver."), "a long enough password");
        UserAccount created = fixtures.runAs(ADMIN, () -> accounts.create(account));

        fixtures.runAs(ADMIN, () -> accounts.setEnabled(created.id(), false));
        assertThatThrownBy(() -> signIn(account.getUsername(), "a long enough password"))
                .isInstanceOf(DisabledException.class);
        assertThat(fixtures.runAs(ADMIN, () -> accounts.activeTherapists()))
                .extracting(TherapistSummary::id)
                .doesNotContain(created.id());

        fixtures.runAs(ADMIN, () -> accounts.setEnabled(created.id(), true));
        assertThat(signIn(account.getUsername(), "a long enough password").isAuthenticated())
                .isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        NewAccount account = newAccount(Fixtures.unique("forgetful."), "the first password");
        UserAccount created = fixtures.runAs(ADMIN, () -> accounts.create(account));

        fixtures.runAs(ADMIN, () -> {
            accounts.resetPassword(created.id(), "the second password");
            return null;
        });

        assertThat(signIn(account.getUsername(), "the second password").isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> signIn(account.getUsername(), "the first password"))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    void weak_passwords_taken_names_and_invalid_names_are_refused_without_saving() {
        long before = users.count();
        NewAccount shortPassword = newAccount(Fixtures.unique("weak."), "short");
        NewAccount taken = newAccount(ANNA, "long enough password");
        NewAccount badName = newAccount("no spaces allowed", "long enough password");

        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> accounts.create(shortPassword)))
                .isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> accounts.create(taken)))
                .isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> accounts.create(badName)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void every_account_change_by_the_admin_is_in_the_audit_trail_with_who_to_whom_and_what() {
        UserAccount account = fixtures.runAs(
                ADMIN, () -> accounts.create(newAccount(Fixtures.unique("aud."), "a long enough password")));
        fixtures.runAs(ADMIN, () -> {
            accounts.changeRoles(account.id(), EnumSet.of(Role.THERAPIST, Role.PRACTICE_ADMIN));
            accounts.setEnabled(account.id(), false);
            accounts.setEnabled(account.id(), true);
            accounts.unlock(account.id());
            accounts.resetPassword(account.id(), "another long enough password");
            accounts.resetTwoFactor(account.id());
            return null;
        });
        List<String> lines = jdbc.queryForList(
                "select concat(username, ' ', action, ' ', detail) from audit_event"
                        + " where record_type = 'ACCOUNT' and record_id = ? order by id",
                String.class,
                account.id());
        String who = ADMIN + " ";
        String whom = account.username() + ": ";
        assertThat(lines)
                .containsExactly(
                        who + "CREATE " + whom + "account created with roles THERAPIST",
                        who + "UPDATE " + whom + "roles THERAPIST -> PRACTICE_ADMIN+THERAPIST",
                        who + "UPDATE " + whom + "account disabled",
                        who + "UPDATE " + whom + "account re-enabled",
                        who + "UPDATE " + whom + "sign-in lock lifted",
                        who + "UPDATE " + whom + "password reset",
                        who + "UPDATE " + whom + "two-factor sign-in removed")
                .noneMatch(line -> line.contains("another long enough password"));
        // The admin's audit page shows them.
        List<org.headroom.audit.AuditEvent> shown =
                fixtures.runAs(ADMIN, () -> auditService.search(org.headroom.audit.AuditFilter.none(), 0, 500));
        assertThat(shown).anyMatch(e -> e.detail() != null && e.detail().equals(whom + "password reset"));
    }

    @Test
    void requiring_two_factor_for_everyone_is_recorded() {
        fixtures.runAs(ADMIN, () -> {
            accounts.requireTwoFactor(true);
            accounts.requireTwoFactor(false);
            return null;
        });
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where record_type = 'ACCOUNT' and record_id is null"
                                + " order by id desc limit 2",
                        String.class))
                .containsExactly("two-factor sign-in no longer required", "two-factor sign-in required for everyone");
    }

    @Test
    void an_admin_cannot_take_the_admin_role_from_themselves() {
        long me = users.findByUsernameIgnoreCase(ADMIN).orElseThrow().getId();
        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> accounts.changeRoles(me, EnumSet.of(Role.THERAPIST))))
                .hasMessage("admin.cannot-demote-self");
    }

    @Autowired
    org.headroom.audit.AuditService auditService;

    @Test
    void an_admin_cannot_disable_their_own_account() {
        long adminId = users.findByUsernameIgnoreCase(ADMIN).orElseThrow().getId();
        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> accounts.setEnabled(adminId, false)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(users.findById(adminId).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void a_therapist_cannot_administer_accounts() {
        NewAccount account = newAccount(Fixtures.unique("sneaky."), "long enough password");
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> accounts.create(account)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> accounts.therapistNames()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static NewAccount newAccount(String username, String password) {
        NewAccount account = new NewAccount();
        account.setUsername(username);
        account.setDisplayName("Test " + username);
        account.setInitialPassword(password);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        return account;
    }
}
