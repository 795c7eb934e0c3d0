package org.headroom.security;

import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests an open page sends while it is used: Vaadin's round trips ({@code POST ?v-r=uidl})
 * and heartbeats ({@code POST ?v-r=heartbeat}) to the application's root. Each carries the UI's
 * own security key, which Vaadin checks, and every view and service it reaches checks access
 * again, so they get the short filter chain (ADR 0022).
 */
final class VaadinRoundTrips implements RequestMatcher {

    private static final String REQUEST_TYPE = "v-r";

    private final RequestUtil requestUtil;

    VaadinRoundTrips(RequestUtil requestUtil) {
        this.requestUtil = requestUtil;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String type = request.getParameter(REQUEST_TYPE);
        return (RequestType.UIDL.getIdentifier().equals(type)
                        || RequestType.HEARTBEAT.getIdentifier().equals(type))
                && requestUtil.isFrameworkInternalRequest(request);
    }
}
