package org.headroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in from an address with too many recent failures, before the password is checked. */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInProtection protection;

    SignInThrottleFilter(SignInProtection protection) {
        this.protection = protection;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && "/login".equals(request.getServletPath())
                && protection.addressBlocked(request.getRemoteAddr())) {
            SecurityLog.event("sign-in refused: too many failures from this address", null, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
