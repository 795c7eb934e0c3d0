package org.headroom.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session may go without the person doing anything before it ends
 * ({@code HEADROOM_SESSION_TIMEOUT}, the servlet session timeout; OWASP ASVS 3.3.2). Heartbeats of
 * an open tab do not count as activity.
 */
@Component
public class IdleTimeout {

    private volatile Duration timeout;

    IdleTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    public Duration get() {
        return timeout;
    }

    /** Changes the timeout while running; tests use it to see a session end in seconds. */
    public void set(Duration timeout) {
        this.timeout = timeout;
    }
}
