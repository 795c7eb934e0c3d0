package org.headroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import org.headroom.base.ColourChoice;

/**
 * Puts a page in light or dim colours. Signed-in pages follow the account's choice, public pages
 * the device's (a cookie, readable by nobody but this site, holding only "light" or "dim"); with
 * no choice the device's own light or dark setting decides. The palette is in headroom.css.
 */
public final class Colours {

    /** The device's choice on public pages; the name predates the sign-in pages following it. */
    static final String COOKIE = "headroom_diary_theme";

    private static final Duration KEPT = Duration.ofDays(400);

    private Colours() {}

    /** The choice this device made, {@link ColourChoice#SYSTEM} when none. */
    public static ColourChoice device() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return ColourChoice.SYSTEM;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(v -> switch (v == null ? "" : v) {
                    case "light" -> ColourChoice.LIGHT;
                    case "dim" -> ColourChoice.DIM;
                    default -> ColourChoice.SYSTEM;
                })
                .findFirst()
                .orElse(ColourChoice.SYSTEM);
    }

    /** Shows the current page in the device's colours. */
    public static void applyDevice() {
        apply(device());
    }

    /** Keeps the choice on this device and shows the page in it at once. */
    public static void chooseForDevice(ColourChoice choice) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            String value = choice == ColourChoice.SYSTEM ? "" : choice.name().toLowerCase(java.util.Locale.ROOT);
            Cookie cookie = new Cookie(COOKIE, value);
            String path = request == null ? "" : request.getContextPath();
            cookie.setPath(path == null || path.isEmpty() ? "/" : path);
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setMaxAge(choice == ColourChoice.SYSTEM ? 0 : (int) KEPT.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        apply(choice);
    }

    /** Shows the current page in the given colours, and keeps the choice with the page ({@link #shown}). */
    public static void apply(ColourChoice choice) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        com.vaadin.flow.component.ComponentUtil.setData(ui, ColourChoice.class, choice);
        ui.getPage()
                .setColorScheme(
                        switch (choice) {
                            case LIGHT -> ColorScheme.Value.LIGHT;
                            case DIM -> ColorScheme.Value.DARK;
                            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
                        });
        ui.getPage()
                .executeJs(
                        "document.documentElement.dataset.hrColours = $0;",
                        choice.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The colours the current page was last shown in, when any were applied to it. */
    public static java.util.Optional<ColourChoice> shown() {
        UI ui = UI.getCurrent();
        return ui == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(
                        com.vaadin.flow.component.ComponentUtil.getData(ui, ColourChoice.class));
    }

    /** The three choices, labelled; the caller keeps the value. */
    public static com.vaadin.flow.component.radiobutton.RadioButtonGroup<ColourChoice> field(ColourChoice value) {
        var field = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<ColourChoice>();
        field.setLabel(field.getTranslation("colours.title"));
        field.setItems(ColourChoice.values());
        field.setItemLabelGenerator(c -> field.getTranslation("colours." + c.name()));
        field.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        field.setValue(value);
        return field;
    }

    /**
     * One tap between dim and light for a public page, labelled with what it will do. With no
     * choice made yet, it asks the browser which of the two the device shows now.
     */
    public static com.vaadin.flow.component.button.Button quickSwitch() {
        var button = new com.vaadin.flow.component.button.Button();
        button.setId("switch-theme");
        boolean[] dimNow = {device() == ColourChoice.DIM};
        Runnable label = () -> button.setText(button.getTranslation(dimNow[0] ? "cd.theme.light" : "cd.theme.dim"));
        label.run();
        if (device() == ColourChoice.SYSTEM) {
            button.getElement()
                    .executeJs("return window.matchMedia('(prefers-color-scheme: dark)').matches;")
                    .then(Boolean.class, dark -> {
                        dimNow[0] = Boolean.TRUE.equals(dark);
                        label.run();
                    });
        }
        button.addClickListener(e -> {
            dimNow[0] = !dimNow[0];
            chooseForDevice(dimNow[0] ? ColourChoice.DIM : ColourChoice.LIGHT);
            label.run();
        });
        return button;
    }
}
