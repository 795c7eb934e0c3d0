package org.headroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, the sign-in page and the app's own pages alike (OWASP ASVS
 * 14.4): the content security policy, no framing, no MIME sniffing, a same-origin referrer, and
 * HSTS where enabled ({@code prod}) on secure requests. Registered ahead of everything, so that no
 * page can be served without them; a later attempt to relax framing is ignored.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * What Vaadin needs and no more (Vaadin documentation, "Content Security Policy"): its bootstrap
     * runs an inline script and it evaluates the expressions the server sends; styles are inline;
     * images include the charts and signatures as data and blob addresses; nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    private static final String FRAME_OPTIONS = "X-Frame-Options";

    private final boolean hsts;

    SecurityHeadersFilter(boolean hsts) {
        this.hsts = hsts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader(FRAME_OPTIONS, "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (hsts && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
