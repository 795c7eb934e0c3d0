package org.headroom.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security events in the server log (logger {@code headroom.security}), so that an operator can
 * see an attack: failed sign-ins, locks, wrong codes, refused addresses and links. Never a password,
 * code or token; user names are cut short and stripped of line breaks so that nobody can forge log
 * lines through the sign-in form.
 */
public final class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger("headroom.security");

    private SecurityLog() {}

    /** One event: what happened, to which account (as typed, if any), from which address. */
    public static void event(String what, String username, String address) {
        LOG.warn("{} user={} address={}", what, clean(username), clean(address));
    }

    /** The address of the request being served, if any. */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String flat = value.replaceAll("[\\p{Cntrl}]", "_");
        return flat.length() > 64 ? flat.substring(0, 64) + "..." : flat;
    }
}
