package org.headroom.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a page for a message to a client: {@code HEADROOM_PUBLIC_URL} when set (the
 * address clients reach the practice at), otherwise the address of the request being served, as
 * the proxy forwarded it in production.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${headroom.public-url:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
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
                throw new IllegalStateException("Set HEADROOM_PUBLIC_URL: a message sent outside a request needs it");
            }
        }
        return base.replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    }
}
