package org.headroom.security;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.base.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Account administration for the practice admin: create therapist accounts, change roles, disable
 * and re-enable them, reset passwords and two-factor sign-in. A disabled account cannot sign in.
 * Every change is announced as an {@link AccountChanged} event, which the audit trail records.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('PRACTICE_ADMIN')")
public class UserAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final RecoveryCodeRepository recoveryCodes;
    private final TwoFactorPolicy twoFactorPolicy;
    private final ApplicationEventPublisher events;

    UserAccountService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            RecoveryCodeRepository recoveryCodes,
            TwoFactorPolicy twoFactorPolicy,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.recoveryCodes = recoveryCodes;
        this.twoFactorPolicy = twoFactorPolicy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(Pageable pageable) {
        return users.findPage(pageable).stream()
                .map(u -> u.toAccount(clock.instant()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /** Creates an account; refuses a taken user name or a weak password, saving nothing. */
    public UserAccount create(@Valid NewAccount account) {
        String username = account.getUsername().trim();
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new UsernameTakenException(username);
        }
        passwordPolicy.check(account.getInitialPassword(), username);
        AppUser user = new AppUser(
                username,
                account.getDisplayName().trim(),
                passwordEncoder.encode(account.getInitialPassword()),
                account.getRoles());
        user.setProfessionalRegistration(blankToNull(account.getProfessionalRegistration()));
        AppUser saved = users.save(user);
        record(saved, AccountChanged.Change.CREATED, "account created with roles " + roles(saved.getRoles()));
        return saved.toAccount(clock.instant());
    }

    /**
     * Changes an account's roles. An admin cannot take the admin role from themselves, so that the
     * practice always keeps someone who can manage accounts.
     */
    public UserAccount changeRoles(long userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalStateException("admin.roles-required");
        }
        AppUser user = find(userId);
        if (currentUser.require().id() == userId && !roles.contains(Role.PRACTICE_ADMIN)) {
            throw new IllegalStateException("admin.cannot-demote-self");
        }
        Set<Role> before = user.getRoles();
        if (!before.equals(roles)) {
            user.setRoles(roles);
            record(user, AccountChanged.Change.CHANGED, "roles " + roles(before) + " -> " + roles(roles));
        }
        return user.toAccount(clock.instant());
    }

    /** Disables or re-enables an account. Admins cannot disable themselves, so nobody locks the practice out. */
    public UserAccount setEnabled(long userId, boolean enabled) {
        AppUser user = find(userId);
        if (!enabled && currentUser.require().id() == userId) {
            throw new IllegalStateException("admin.cannot-disable-self");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            record(user, AccountChanged.Change.CHANGED, enabled ? "account re-enabled" : "account disabled");
        }
        return user.toAccount(clock.instant());
    }

    /** Whether every account must use two-factor sign-in. */
    @Transactional(readOnly = true)
    public boolean twoFactorRequired() {
        return twoFactorPolicy.requiredForEveryone();
    }

    /** Requires (or stops requiring) two-factor sign-in for every account, from their next sign-in. */
    public void requireTwoFactor(boolean required) {
        if (twoFactorPolicy.requiredForEveryone() != required) {
            twoFactorPolicy.setRequiredForEveryone(
                    required, currentUser.require().id());
            events.publishEvent(new AccountChanged(
                    0,
                    null,
                    AccountChanged.Change.CHANGED,
                    required ? "two-factor sign-in required for everyone" : "two-factor sign-in no longer required"));
        }
    }

    /** Lifts a lock left by failed sign-ins before it ends by itself. */
    public void unlock(long userId) {
        AppUser user = find(userId);
        users.unlock(userId);
        record(user, AccountChanged.Change.CHANGED, "sign-in lock lifted");
    }

    /** Removes an account's two-factor sign-in, e.g. when a phone is lost and no recovery code is left. */
    public void resetTwoFactor(long userId) {
        AppUser user = find(userId);
        user.disableTotp();
        recoveryCodes.deleteByUserId(userId);
        record(user, AccountChanged.Change.CHANGED, "two-factor sign-in removed");
    }

    public void resetPassword(long userId, String newPassword) {
        AppUser user = find(userId);
        passwordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        record(user, AccountChanged.Change.CHANGED, "password reset");
    }

    /** Enabled therapists, for assigning clients. */
    @Transactional(readOnly = true)
    public List<TherapistSummary> activeTherapists() {
        return users.findEnabledWithRole(Role.THERAPIST).stream()
                .map(u -> new TherapistSummary(u.getId(), u.getDisplayName(), u.getProfessionalRegistration()))
                .toList();
    }

    /** Every therapist's name by id, disabled ones included, to label existing assignments. */
    @Transactional(readOnly = true)
    public Map<Long, String> therapistNames() {
        return users.findAllWithRole(Role.THERAPIST).stream()
                .collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
    }

    private void record(AppUser user, AccountChanged.Change change, String what) {
        events.publishEvent(new AccountChanged(user.getId(), user.getUsername(), change, what));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining("+"));
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
