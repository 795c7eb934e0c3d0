package org.headroom.diary.ui;

import java.util.Locale;

/** A short, human name for a device from its browser's User-Agent, for the therapist's list ("Chrome on Android"). */
final class DeviceLabel {

    private DeviceLabel() {}

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "A browser";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/")
                ? "Edge"
                : ua.contains("firefox/")
                        ? "Firefox"
                        : ua.contains("chrome/") || ua.contains("crios/")
                                ? "Chrome"
                                : ua.contains("safari/") ? "Safari" : "A browser";
        String system = ua.contains("android")
                ? "Android"
                : ua.contains("iphone")
                        ? "iPhone"
                        : ua.contains("ipad")
                                ? "iPad"
                                : ua.contains("windows")
                                        ? "Windows"
                                        : ua.contains("mac os")
                                                ? "Mac"
                                                : ua.contains("linux") ? "Linux" : "another system";
        return browser + " on " + system;
    }
}
