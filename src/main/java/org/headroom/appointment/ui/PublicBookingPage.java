package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDateTime;
import org.headroom.base.Formats;

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
        // The page is its own main landmark (no menu around it).
        getElement().setAttribute("role", "main");
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
        org.headroom.base.ui.Colours.applyDevice();
    }

    /** The line at the top that says what just happened (announced to screen readers). */
    protected Paragraph status() {
        return status;
    }

    protected void say(String text) {
        status.setText(text == null ? "" : text);
    }

    /** A large choice button that says whether it is the one chosen. */
    protected Button choice(String text, boolean selected) {
        Button b = new Button(text);
        b.setWidthFull();
        b.getElement().setAttribute("aria-pressed", String.valueOf(selected));
        if (selected) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** "Follow-up with Anna Lee, 3 Dec 2026 at 10:00". */
    protected String describe(String type, String therapist, LocalDateTime start) {
        return getTranslation("bk.done.text", type, therapist, Formats.date(start.toLocalDate()), start.toLocalTime());
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
