package org.headroom.security;

import java.util.Set;

/** A user account as the practice admin sees it. Never carries the password hash. */
public record UserAccount(
        long id,
        long version,
        String username,
        String displayName,
        String professionalRegistration,
        boolean enabled,
        Set<Role> roles,
        java.time.Instant lockedUntil,
        boolean twoFactor) {

    public boolean isTherapist() {
        return roles.contains(Role.THERAPIST);
    }

    public boolean isAdmin() {
        return roles.contains(Role.PRACTICE_ADMIN);
    }
}
