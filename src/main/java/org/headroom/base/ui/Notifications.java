package org.headroom.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Calm, consistent notifications; the text is already translated. They appear at the top right,
 * over the header, where they never cover the menu, a form's action bar or the field a problem
 * puts the focus on (WCAG 2.4.11); Vaadin announces them to screen readers.
 */
public final class Notifications {

    private Notifications() {}

    public static void saved(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something worth knowing that is no problem, e.g. that an action was already done. */
    public static void info(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    public static void problem(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
