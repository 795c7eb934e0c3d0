package org.headroom.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account work done without a person signed in: creating the first practice admin at start-up, and
 * running a task on behalf of a named user so that it passes through the same service checks as
 * that person would (demo data; an intake link acting for the therapist who sent it).
 */
@Component
public class SystemAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final DatabaseUserDetailsService userDetails;

    SystemAccounts(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            DatabaseUserDetailsService userDetails) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.userDetails = userDetails;
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return users.existsEnabledWithRole(Role.PRACTICE_ADMIN);
    }

    /**
     * Creates the first practice admin. Does nothing when an enabled admin exists already, so that it
     * can never be used to add a second admin behind the first one's back.
     *
     * @return whether an account was created
     */
    @Transactional
    public boolean createFirstAdmin(String username, String displayName, String password) {
        if (users.existsEnabledWithRole(Role.PRACTICE_ADMIN)) {
            return false;
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new UsernameTakenException(username);
        }
        passwordPolicy.check(password, username);
        users.save(new AppUser(
                username.trim(), displayName, passwordEncoder.encode(password), Set.of(Role.PRACTICE_ADMIN)));
        return true;
    }

    /** Runs a task with the named user signed in, then restores whatever was there before. */
    public <T> T runAs(String username, Supplier<T> task) {
        return runAs(userDetails.loadUserByUsername(username), task);
    }

    /** Runs a task on behalf of the user with this id; refuses a disabled account. */
    public <T> T runAsUser(long userId, Supplier<T> task) {
        AppUser user = users.findById(userId)
                .filter(AppUser::isEnabled)
                .orElseThrow(
                        () -> new org.springframework.security.access.AccessDeniedException("No such active user"));
        return runAs(userDetails.loadUserByUsername(user.getUsername()), task);
    }

    private <T> T runAs(org.springframework.security.core.userdetails.UserDetails principal, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
