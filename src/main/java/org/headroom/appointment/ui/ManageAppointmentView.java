package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.headroom.appointment.AppointmentStatus;
import org.headroom.appointment.BookableTime;
import org.headroom.appointment.BookingRefusedException;
import org.headroom.appointment.BookingService;
import org.headroom.appointment.BookingSettings;
import org.headroom.appointment.ClientAppointment;
import org.headroom.base.Formats;

/**
 * The page behind the link in a message about an appointment: when, what and with whom; cancel it
 * (inside the notice policy it is recorded as a late cancellation, and the page says so first) or
 * choose another free time of the same therapist while the policy allows.
 */
@Route(value = "appointment/:token", autoLayout = false)
@AnonymousAllowed
final class ManageAppointmentView extends PublicBookingPage implements BeforeEnterObserver {

    private final BookingService booking;
    private final BookingSettings settings;
    private final Clock clock;
    private String token;

    ManageAppointmentView(BookingService booking, BookingSettings settings, Clock clock) {
        this.booking = booking;
        this.settings = settings;
        this.clock = clock;
        setId("manage-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyTheme();
        token = event.getRouteParameters().get("token").orElse("");
        show();
    }

    private void show() {
        removeAll();
        ClientAppointment a = booking.find(token).orElse(null);
        H1 h1 = new H1(getTranslation("bk.manage.title"));
        h1.setId("manage-heading");
        if (a == null) {
            add(h1, new Paragraph(getTranslation("booking.link.unknown")));
            return;
        }
        Paragraph what = new Paragraph(describe(a.type().name(), a.therapistName(), a.start()));
        what.addClassName("hr-booking-summary");
        what.setId("manage-what");
        Paragraph state =
                new Paragraph(getTranslation("book.status." + a.status().name()));
        state.setId("manage-state");
        add(h1, status(), what, state);
        if (a.changeable()) {
            Button move = new Button(getTranslation("bk.manage.move"), e -> chooseTime(a));
            move.setId("manage-move");
            move.setWidthFull();
            add(move);
        } else if (a.cancellable()) {
            add(new Paragraph(getTranslation("booking.change.too-late")));
        }
        if (a.cancellable()) {
            Button cancel = new Button(getTranslation("bk.manage.cancel"), e -> confirmCancel(a));
            cancel.setId("manage-cancel");
            cancel.setWidthFull();
            add(cancel);
        }
        if (a.status() == AppointmentStatus.BOOKED && a.cancellable()) {
            add(new Paragraph(getTranslation(
                    "bk.manage.policy", settings.cancellationNotice().toHours())));
        }
    }

    private void confirmCancel(ClientAppointment a) {
        removeAll();
        H1 h1 = new H1(getTranslation("bk.manage.cancel.title"));
        Paragraph warn = new Paragraph(getTranslation(
                a.lateIfCancelledNow() ? "bk.manage.cancel.late" : "bk.manage.cancel.sure",
                settings.cancellationNotice().toHours()));
        warn.setId("manage-cancel-warning");
        Button yes = new Button(getTranslation("bk.manage.cancel.yes"));
        yes.setId("manage-cancel-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setWidthFull();
        yes.addClickListener(e -> {
            try {
                ClientAppointment done = booking.cancel(token);
                show();
                say(getTranslation(
                        done.status() == AppointmentStatus.LATE_CANCELLATION
                                ? "bk.manage.cancelled.late"
                                : "bk.manage.cancelled"));
            } catch (BookingRefusedException refused) {
                show();
                say(getTranslation(refused.getMessage()));
            }
        });
        Button no = new Button(getTranslation("bk.manage.keep"), e -> show());
        no.setId("manage-keep");
        no.setWidthFull();
        add(h1, warn, yes, no);
    }

    private void chooseTime(ClientAppointment a) {
        removeAll();
        H1 h1 = new H1(getTranslation("bk.manage.move.title"));
        Button back = new Button(getTranslation("bk.manage.keep"), e -> show());
        back.setId("manage-keep");
        add(
                h1,
                status(),
                back,
                new TimeChoice(
                        (from, days) -> booking.freeTimesToMove(token, from, days).stream()
                                .filter(t -> !t.start().equals(a.start()))
                                .toList(),
                        this::move,
                        LocalDate.now(clock),
                        settings.horizonDays()));
    }

    private void move(BookableTime t) {
        try {
            booking.reschedule(token, t.start());
            show();
            say(getTranslation(
                    "bk.manage.moved",
                    Formats.date(t.start().toLocalDate()),
                    t.start().toLocalTime()));
        } catch (BookingRefusedException refused) {
            ClientAppointment a = booking.find(token).orElse(null);
            if (a != null && "booking.taken".equals(refused.getMessage())) {
                chooseTime(a);
            } else {
                show();
            }
            say(getTranslation(refused.getMessage()));
        }
    }
}
