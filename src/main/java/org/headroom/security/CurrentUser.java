package org.headroom.security;

import java.util.Optional;
import org.headroom.base.SignedInName;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that must check ownership and for the layout's header. */
@Component
public class CurrentUser implements SignedInName {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> displayName() {
        return get().map(SignedInUser::displayName);
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** Whether the sign-in is at a stage before full access ({@link SignInStage}). */
    public boolean hasStage(String stage) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + stage).equals(a.getAuthority()));
    }

    /** The id of the signed-in therapist, the owner of every client record they create. */
    public long requireTherapistId() {
        SignedInUser user = require();
        if (!user.hasRole(Role.THERAPIST)) {
            throw new AccessDeniedException("Not a therapist");
        }
        return user.id();
    }
}
