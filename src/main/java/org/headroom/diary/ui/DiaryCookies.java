package org.headroom.diary.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookies of a client's diary pages: the device's token (HttpOnly, so page scripts never see
 * it; SameSite=Lax; Secure over HTTPS). The device's colours are {@link org.headroom.base.ui.Colours}'s.
 */
public final class DiaryCookies {

    public static final String DEVICE = "headroom_diary_device";

    private DiaryCookies() {}

    public static Optional<String> read(String name) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(name))
                .map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    static void write(String name, String value, Duration lifetime, boolean httpOnly) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(name, value == null ? "" : value);
        cookie.setPath(contextPath(request));
        cookie.setHttpOnly(httpOnly);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setMaxAge(value == null ? 0 : (int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds()));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String contextPath(VaadinRequest request) {
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
