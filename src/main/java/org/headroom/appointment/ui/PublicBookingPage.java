package org.headroom.appointment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import org.headroom.diary.ui.DiaryCookies;

/**
 * A public page of the appointment book (booking, an appointment's link, booking from the diary):
 * phone first, dim by default like the diary (the same per-device choice), no animation, targets of
 * 44 px or more, one column. Says nothing about anyone but the person it is for.
 */
@StyleSheet("styles/client-diary.css")
@StyleSheet("styles/booking.css")
abstract class PublicBookingPage extends VerticalLayout implements HasDynamicTitle {

    private final Paragraph status = new Paragraph();

    PublicBookingPage() {
        addClassNames("hr-diary", "hr-booking");
        setPadding(true);
        setSpacing(true);
        status.setId("booking-status");
        status.addClassName("hr-diary-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bk.title");
    }

    protected void applyTheme() {
        boolean dim = !"light".equals(DiaryCookies.read(DiaryCookies.THEME).orElse("dim"));
        setClassName("hr-dim", dim);
        setClassName("hr-light", !dim);
        UI.getCurrent().getPage().setColorScheme(dim ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    /** The line at the top that says what just happened (announced to screen readers). */
    protected Paragraph status() {
        return status;
    }

    protected void say(String text) {
        status.setText(text == null ? "" : text);
    }

    /** The address a booking comes from, for the throttle. */
    protected static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            return request.getRemoteAddr();
        }
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null
                ? "unknown"
                : session.getBrowser().getAddress();
    }
}
