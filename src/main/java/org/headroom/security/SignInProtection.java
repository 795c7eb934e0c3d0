package org.headroom.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles failed sign-ins per account and per address ({@link SignInSettings}). Accounts count
 * in the database, so that a lock holds across restarts and servers; addresses count in memory.
 * The message at the sign-in page is the same whatever the reason, so nobody learns whether an
 * account exists or is locked.
 */
@Component
class SignInProtection {

    /** Beyond this many addresses, the oldest are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final AppUserRepository users;
    private final SignInSettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInProtection(AppUserRepository users, SignInSettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
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
        if (failuresByAddress.size() >= MAX_ADDRESSES) {
            forgetOld();
        }
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(clock.instant());
            while (failures.size() > settings.addressMaxFailures()) {
                failures.removeFirst();
            }
        }
    }

    /** Whether sign-in attempts from this address are refused for now. */
    boolean addressBlocked(String address) {
        Deque<Instant> failures = address == null ? null : failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        Instant since = clock.instant().minus(settings.addressWindow());
        synchronized (failures) {
            failures.removeIf(t -> t.isBefore(since));
            return failures.size() >= settings.addressMaxFailures();
        }
    }

    private void forgetOld() {
        Instant since = clock.instant().minus(settings.addressWindow());
        failuresByAddress.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().getLast().isBefore(since);
            }
        });
        if (failuresByAddress.size() >= MAX_ADDRESSES) {
            failuresByAddress.clear();
        }
    }
}
