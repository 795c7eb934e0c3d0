package org.headroom.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the database. A disabled or locked account is refused by Spring Security. */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final java.time.Clock clock;

    DatabaseUserDetailsService(AppUserRepository users, java.time.Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Keeps the stronger hash Spring Security made at sign-in from a password that matched an older one. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.rehashPassword(user.getUsername(), newPassword);
        return loadUserByUsername(user.getUsername());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getPasswordHash(),
                user.isEnabled(),
                user.getRoles(),
                user.isLockedAt(clock.instant()),
                user.isTotpEnabled());
    }
}
