package org.headroom.security;

/** What a signed-in user may do. A user may hold both roles (a therapist who runs the practice). */
public enum Role {
    /** Keeps records of their own clients. */
    THERAPIST,
    /** Manages accounts and client assignment; sees no clinical record by this role alone. */
    PRACTICE_ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_THERAPIST}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
