package org.headroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has been idle for longer than {@link IdleTimeout}, before Spring Security
 * reads the sign-in from it. An open tab sends heartbeats every few minutes, which keep the
 * servlet session alive and so the sign-in with it: Vaadin closes the idle UI, but the sign-in
 * lived on and any address opened without a password. Here only real requests count as activity;
 * the first request after the timeout finds the session gone, and goes to the sign-in page.
 */
final class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";
    private static final Logger LOG = LoggerFactory.getLogger(IdleSessionFilter.class);

    private final IdleTimeout timeout;
    private final Clock clock;

    IdleSessionFilter(IdleTimeout timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last
                    && last.plus(timeout.get()).isBefore(now)) {
                LOG.info("A session idle since {} ended", last);
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
