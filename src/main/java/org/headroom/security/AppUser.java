package org.headroom.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.headroom.base.AbstractEntity;

/** A person who signs in: a therapist, a practice admin, or both. */
@Entity
@Table(name = "app_user")
class AppUser extends AbstractEntity {

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Size(max = 100)
    @Column(name = "professional_registration", length = 100)
    private String professionalRegistration;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** Failed sign-ins since the last success; changed by bulk updates that leave the version alone. */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Enumerated(EnumType.STRING)
    @Column(name = "colours", nullable = false, length = 8)
    private org.headroom.base.ColourChoice colours = org.headroom.base.ColourChoice.SYSTEM;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The last time step a code was accepted for; changed only by a conditional bulk update. */
    @Column(name = "totp_last_step", insertable = false, updatable = false)
    private Long totpLastStep;

    protected AppUser() {}

    AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getProfessionalRegistration() {
        return professionalRegistration;
    }

    void setProfessionalRegistration(String professionalRegistration) {
        this.professionalRegistration = professionalRegistration;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles = EnumSet.copyOf(roles);
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    String getTotpSecret() {
        return totpSecret;
    }

    boolean isTotpEnabled() {
        return totpEnabled;
    }

    /** A secret being set up: kept, but not asked for at sign-in until confirmed with a code. */
    void setPendingTotpSecret(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
    }

    /** The same secret, re-encrypted (an older plain-text one). */
    void replaceTotpSecret(String secret) {
        this.totpSecret = secret;
    }

    void enableTotp() {
        this.totpEnabled = true;
    }

    void disableTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
    }

    UserAccount toAccount(Instant now) {
        return new UserAccount(
                getId(),
                getVersion(),
                username,
                displayName,
                professionalRegistration,
                enabled,
                getRoles(),
                isLockedAt(now) ? lockedUntil : null,
                totpEnabled);
    }

    org.headroom.base.ColourChoice getColours() {
        return colours;
    }

    void setColours(org.headroom.base.ColourChoice colours) {
        this.colours = colours;
    }
}
