package org.headroom.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles failed sign-ins per account and per address ({@link SignInSettings}). Both count in
 * the database, so that a lock holds across restarts and across the servers of a cluster
 * (docs/scale-out.md); an address's failures older than its window are deleted as new ones come.
 * The message at the sign-in page is the same whatever the reason, so nobody learns whether an
 * account exists or is locked.
 */
@Component
class SignInProtection {

    private final AppUserRepository users;
    private final SignInSettings settings;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    SignInProtection(AppUserRepository users, SignInSettings settings, Clock clock, JdbcTemplate jdbc) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String address = null;
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            address = details.getRemoteAddress();
            addressFailed(address);
        }
        SecurityLog.event("sign-in failed", event.getAuthentication().getName(), address);
        accountFailed(event.getAuthentication().getName());
    }

    /**
     * Clears the account's failures once the whole sign-in has succeeded. A password that leads to
     * the second-factor step clears nothing: otherwise every new password attempt would wipe the
     * wrong codes counted before it, and codes could be guessed without limit.
     */
    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user
                && event.getAuthentication().getAuthorities().stream()
                        .noneMatch(a -> a.getAuthority().equals("ROLE_" + SignInStage.TWO_FACTOR_PENDING)
                                || a.getAuthority().equals("ROLE_" + SignInStage.TWO_FACTOR_SETUP))) {
            users.clearFailures(user.id());
        }
    }

    /** A wrong second-factor code: counts towards the account lock like a wrong password. */
    @Transactional
    public void wrongCode(String username) {
        SecurityLog.event("wrong two-factor code", username, SecurityLog.currentAddress());
        accountFailed(username);
    }

    /** A code given for an account that is locked or disabled: refused without looking at it. */
    void refusedWhileLocked(String username) {
        SecurityLog.event(
                "two-factor code refused: account locked or disabled", username, SecurityLog.currentAddress());
    }

    /** A wrong password or second-factor code for this account; locks it when there have been too many. */
    @Transactional
    public void accountFailed(String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        String name = username.strip();
        users.addFailure(name);
        if (users.lockIfOver(name, settings.maxFailures(), clock.instant().plus(settings.lockDuration())) > 0) {
            SecurityLog.event("account locked for " + settings.lockDuration(), name, SecurityLog.currentAddress());
        }
    }

    void addressFailed(String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update(
                "insert into sign_in_address_failure (address, failed_at) values (?, ?)", address, Timestamp.from(now));
        jdbc.update(
                "delete from sign_in_address_failure where failed_at < ?",
                Timestamp.from(now.minus(settings.addressWindow())));
    }

    /** Whether sign-in attempts from this address are refused for now. */
    boolean addressBlocked(String address) {
        if (address == null) {
            return false;
        }
        Integer failures = jdbc.queryForObject(
                "select count(*) from sign_in_address_failure where address = ? and failed_at >= ?",
                Integer.class,
                address,
                Timestamp.from(clock.instant().minus(settings.addressWindow())));
        return failures != null && failures >= settings.addressMaxFailures();
    }
}
