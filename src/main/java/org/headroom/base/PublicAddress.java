package org.headroom.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a page for a message to a client: {@code HEADROOM_PUBLIC_URL} when set (the
 * address clients reach the practice at), otherwise the address of the request being served, as
 * the proxy forwarded it in production; outside a request (a scheduled reminder) this machine's own
 * address, so production sets {@code HEADROOM_PUBLIC_URL}.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final org.springframework.core.env.Environment environment;

    PublicAddress(
            @Value("${headroom.public-url:}") String configured, org.springframework.core.env.Environment environment) {
        this.configured = configured == null ? "" : configured.strip();
        this.environment = environment;
    }

    public String of(String path) {
        String base = configured;
        if (base.isEmpty()) {
            if (RequestContextHolder.getRequestAttributes() != null) {
                base = ServletUriComponentsBuilder.fromCurrentContextPath()
                        .build()
                        .toUriString();
            } else if (com.vaadin.flow.server.VaadinServletRequest.getCurrent() != null) {
                base = ServletUriComponentsBuilder.fromContextPath(
                                com.vaadin.flow.server.VaadinServletRequest.getCurrent()
                                        .getHttpServletRequest())
                        .build()
                        .toUriString();
            } else {
                // A scheduled message (a reminder) has no request to take the address from: without
                // HEADROOM_PUBLIC_URL it can only name this machine, which suits the embedded default.
                base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
            }
        }
        return base.replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    }
}
