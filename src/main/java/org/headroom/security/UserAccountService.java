package org.headroom.security;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headroom.base.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Account administration for the practice admin: create therapist accounts, disable and re-enable
 * them, reset passwords. A disabled account cannot sign in.
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

    UserAccountService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            RecoveryCodeRepository recoveryCodes,
            TwoFactorPolicy twoFactorPolicy,
            java.time.Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.recoveryCodes = recoveryCodes;
        this.twoFactorPolicy = twoFactorPolicy;
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
        return users.save(user).toAccount(clock.instant());
    }

    /** Disables or re-enables an account. Admins cannot disable themselves, so nobody locks the practice out. */
    public UserAccount setEnabled(long userId, boolean enabled) {
        AppUser user = find(userId);
        if (!enabled && currentUser.require().id() == userId) {
            throw new IllegalStateException("admin.cannot-disable-self");
        }
        user.setEnabled(enabled);
        return user.toAccount(clock.instant());
    }

    /** Whether every account must use two-factor sign-in. */
    @Transactional(readOnly = true)
    public boolean twoFactorRequired() {
        return twoFactorPolicy.requiredForEveryone();
    }

    /** Requires (or stops requiring) two-factor sign-in for every account, from their next sign-in. */
    public void requireTwoFactor(boolean required) {
        twoFactorPolicy.setRequiredForEveryone(required, currentUser.require().id());
    }

    /** Lifts a lock left by failed sign-ins before it ends by itself. */
    public void unlock(long userId) {
        find(userId);
        users.unlock(userId);
    }

    /** Removes an account's two-factor sign-in, e.g. when a phone is lost and no recovery code is left. */
    public void resetTwoFactor(long userId) {
        find(userId).disableTotp();
        recoveryCodes.deleteByUserId(userId);
    }

    public void resetPassword(long userId, String newPassword) {
        AppUser user = find(userId);
        passwordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
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

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
