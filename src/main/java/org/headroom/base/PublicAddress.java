package org.headroom.base;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a page for a message to a client: {@code HEADROOM_PUBLIC_URL} when set (the
 * address clients reach the practice at), otherwise the address of the request being served;
 * outside a request (a scheduled reminder) this machine's own address.
 *
 * <p>Production ({@code prod}) refuses to start without {@code HEADROOM_PUBLIC_URL}. A request's
 * address is whatever its {@code Host} header says, and an online booking is a visitor's request:
 * taken from there, the link in the confirmation that the practice e-mails to the address the
 * visitor typed could point at any site. Made before the web server opens ({@code @Lazy(false)},
 * see {@code DeferredComponents}), so that such a start stops before it serves a page.
 */
@Component
@Lazy(false)
public class PublicAddress {

    private final String configured;
    private final org.springframework.core.env.Environment environment;

    PublicAddress(
            @Value("${headroom.public-url:}") String configured, org.springframework.core.env.Environment environment) {
        this.configured = checked(configured == null ? "" : configured.strip(), environment);
        this.environment = environment;
    }

    private static String checked(String configured, org.springframework.core.env.Environment environment) {
        if (configured.isEmpty()) {
            if (environment.matchesProfiles("prod")) {
                throw new IllegalStateException("Set HEADROOM_PUBLIC_URL to the address clients reach the practice at"
                        + " (e.g. https://care.example.org): links in e-mails are made from it, never from the"
                        + " address a visitor's request names");
            }
            return configured;
        }
        URI uri;
        try {
            uri = new URI(configured);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalStateException("HEADROOM_PUBLIC_URL must be a full web address such as"
                    + " https://care.example.org, not '" + configured + "'");
        }
        return configured;
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
