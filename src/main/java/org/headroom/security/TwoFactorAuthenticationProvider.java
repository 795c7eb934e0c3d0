package org.headroom.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks the password, then, for an account with two-factor sign-in (or when the practice
 * requires it and the account has none yet), hands out a sign-in that can do nothing but give the
 * code (or set it up): {@link SignInStage}.
 */
final class TwoFactorAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final TwoFactorPolicy policy;

    TwoFactorAuthenticationProvider(AuthenticationProvider passwords, TwoFactorPolicy policy) {
        this.passwords = passwords;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result = passwords.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof SignedInUser user) {
            if (user.twoFactor()) {
                return stage(user, SignInStage.TWO_FACTOR_PENDING, result);
            }
            if (policy.requiredForEveryone()) {
                return stage(user, SignInStage.TWO_FACTOR_SETUP, result);
            }
        }
        return result;
    }

    private static Authentication stage(SignedInUser user, String stage, Authentication passwordResult) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + stage)));
        token.setDetails(passwordResult.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
