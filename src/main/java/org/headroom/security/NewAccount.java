package org.headroom.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What the practice admin enters to create an account; a form bean for the binder. */
public class NewAccount {

    @NotBlank(message = "{account.username.required}")
    @Size(min = 3, max = 100, message = "{account.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}")
    private String username = "";

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String displayName = "";

    @Size(max = 100, message = "{field.too-long}")
    private String professionalRegistration = "";

    @NotBlank(message = "{account.password.required}")
    private String initialPassword = "";

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.of(Role.THERAPIST);

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getProfessionalRegistration() {
        return professionalRegistration;
    }

    public void setProfessionalRegistration(String professionalRegistration) {
        this.professionalRegistration = professionalRegistration;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
