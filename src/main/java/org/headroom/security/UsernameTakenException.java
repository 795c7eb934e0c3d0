package org.headroom.security;

/** Another account already uses that user name. */
public class UsernameTakenException extends IllegalArgumentException {

    public UsernameTakenException(String username) {
        super("User name already in use: " + username);
    }
}
