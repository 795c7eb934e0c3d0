package org.headroom.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the security context: the database id lets services check ownership without
 * a look-up on every call.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final boolean locked;
    private final boolean twoFactor;

    SignedInUser(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            boolean locked,
            boolean twoFactor) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
        this.locked = locked;
        this.twoFactor = twoFactor;
    }

    /** Whether the account asks for a code from an authenticator app after the password. */
    public boolean twoFactor() {
        return twoFactor;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Locked after too many failed sign-ins, until the lock ends or the admin lifts it. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The hash is not needed after sign-in and is not kept in the HTTP session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
