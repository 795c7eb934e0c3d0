package org.headroom.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.SingleStatementRead;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and ten single-use recovery
 * codes: setting it up (a secret shown as a QR code, confirmed by a first code), giving the code at
 * sign-in, and switching it off. A wrong code counts towards the account lock like a wrong
 * password; a code works once.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Headroom";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final CurrentUser currentUser;
    private final SignInProtection protection;
    private final SecretCipher cipher;
    private final Clock clock;

    TwoFactorService(
            AppUserRepository users,
            RecoveryCodeRepository recoveryCodes,
            CurrentUser currentUser,
            SignInProtection protection,
            SecretCipher cipher,
            Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.currentUser = currentUser;
        this.protection = protection;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A secret being set up: the text to type into the app, and the same as a QR code. */
    public record Enrolment(String secret, String uri, byte[] qrPng) {}

    /** Whether the signed-in account has two-factor sign-in, and how many recovery codes are left. */
    @SingleStatementRead
    public Status status() {
        long id = currentUser.require().id();
        Object[] state = users.twoFactorState(id).stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("User", id));
        return new Status((Boolean) state[0], ((Number) state[1]).longValue());
    }

    public record Status(boolean enabled, long recoveryCodesLeft) {}

    /** Starts setting up: a fresh secret, not asked for at sign-in until {@link #confirm} succeeds. */
    public Enrolment start() {
        AppUser user = me();
        if (user.isTotpEnabled()) {
            throw new TwoFactorException("twofactor.already-on");
        }
        String secret = Totp.newSecret();
        user.setPendingTotpSecret(cipher.encrypt(secret));
        String uri = Totp.uri(ISSUER, user.getUsername(), secret);
        return new Enrolment(secret, uri, org.headroom.base.QrCodes.png(uri));
    }

    /**
     * Confirms the set-up with a code from the app; returns the recovery codes, shown once. A
     * sign-in that was waiting for the set-up (the practice requires it) becomes a full sign-in.
     */
    public List<String> confirm(String code) {
        AppUser user = me();
        if (user.getTotpSecret() == null || user.isTotpEnabled()) {
            throw new TwoFactorException("twofactor.start-first");
        }
        if (!acceptTotp(user, code)) {
            throw new TwoFactorException("twofactor.wrong-code");
        }
        user.enableTotp();
        List<String> codes = newRecoveryCodes(user.getId());
        if (currentUser.hasStage(SignInStage.TWO_FACTOR_SETUP)) {
            users.clearFailures(user.getId());
            signInFully();
        }
        return codes;
    }

    /** Switches two-factor sign-in off; needs a current code or a recovery code. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRACTICE_ADMIN')")
    public void disable(String code) {
        AppUser user = me();
        if (!user.isTotpEnabled()) {
            return;
        }
        if (!acceptTotp(user, code) && !acceptRecoveryCode(user, code)) {
            protection.wrongCode(user.getUsername());
            throw new TwoFactorException("twofactor.wrong-code");
        }
        user.disableTotp();
        recoveryCodes.deleteByUserId(user.getId());
    }

    /**
     * The second step of signing in: a code from the app or a recovery code. Right, and the
     * sign-in becomes full and the account's failures are cleared; wrong, and it counts towards
     * the account lock like a wrong password. A locked account is refused whatever the code.
     */
    @PreAuthorize("hasRole('" + SignInStage.TWO_FACTOR_PENDING + "')")
    public boolean verify(String code) {
        AppUser user = me();
        if (!user.isEnabled() || user.isLockedAt(clock.instant())) {
            protection.refusedWhileLocked(user.getUsername());
            return false;
        }
        if (acceptTotp(user, code) || acceptRecoveryCode(user, code)) {
            users.clearFailures(user.getId());
            signInFully();
            return true;
        }
        protection.wrongCode(user.getUsername());
        return false;
    }

    /** Whether the code is right for a time step later than any accepted before, on any server. */
    private boolean acceptTotp(AppUser user, String code) {
        long step = Totp.matchingStep(cipher.decrypt(user.getTotpSecret()), code, clock.instant());
        return step >= 0 && users.takeTotpStep(user.getId(), step) == 1;
    }

    private boolean acceptRecoveryCode(AppUser user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String hash = hash(normalise(code));
        for (RecoveryCode candidate : recoveryCodes.findByUserIdAndUsedAtIsNull(user.getId())) {
            if (MessageDigest.isEqual(
                    candidate.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII))) {
                candidate.use(clock.instant());
                return true;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(long userId) {
        recoveryCodes.deleteByUserId(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            String raw = Totp.base32(bytes).substring(0, 12).toLowerCase(java.util.Locale.ROOT);
            String shown = raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
            recoveryCodes.save(new RecoveryCode(userId, hash(raw)));
            codes.add(shown);
        }
        return codes;
    }

    /** Recovery codes are 60 random bits: a plain SHA-256 is enough to keep them unreadable. */
    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String code) {
        return code.strip().replace("-", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Replaces the staged sign-in with one that has the account's roles, and keeps it in the session. */
    private void signInFully() {
        SignedInUser user = currentUser.require();
        UsernamePasswordAuthenticationToken full =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    private AppUser me() {
        long id = currentUser.require().id();
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }
}
