package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.List;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentStatus;
import org.headroom.appointment.AppointmentView;
import org.headroom.base.ui.Notifications;

/**
 * Appointments as rows: time, client, type (with its colour), status, and what can be done next
 * (move; attended, no-show, cancelled, cancelled late).
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/appointments.css")
final class AppointmentList extends Div {

    /** @param today today in the practice's zone: a note can be written from an appointment of today or before */
    AppointmentList(
            AppointmentService book,
            List<AppointmentView> appointments,
            boolean showClient,
            java.time.LocalDate today,
            Actions actions) {
        addClassName("hr-appointments");
        for (AppointmentView a : appointments) {
            Div row = new Div();
            row.addClassName("hr-appointment");
            row.setId("appointment-" + a.id());
            row.getStyle()
                    .set(
                            "border-left",
                            "6px solid " + (a.type() == null ? "#888" : a.type().colour()));
            Span when = new Span(getTranslation(
                    "book.row.time",
                    org.headroom.base.Formats.date(a.start().toLocalDate()),
                    a.start().toLocalTime(),
                    a.end().toLocalTime()));
            when.addClassName("hr-appointment-time");
            row.add(when);
            if (showClient) {
                row.add(new Span(a.clientName() == null ? "" : a.clientName()));
            }
            row.add(new Span(a.type() == null ? "" : a.type().name()));
            Span status = new Span(getTranslation("book.status." + a.status().name()));
            status.setId("appointment-status-" + a.id());
            status.addClassName("hr-appointment-status");
            row.add(status);
            boolean begun = !a.start().toLocalDate().isAfter(today);
            if (begun && (a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.ATTENDED)) {
                actions.writeNote(a).ifPresent(start -> {
                    Button note = new Button(getTranslation("book.note"), e -> start.run());
                    note.setId("appointment-note-" + a.id());
                    note.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    row.add(note);
                });
            }
            if (a.status() == AppointmentStatus.BOOKED) {
                Button move = new Button(getTranslation("book.move"), e -> actions.move(a));
                move.setId("appointment-move-" + a.id());
                move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                MenuBar end = new MenuBar();
                end.addThemeVariants(MenuBarVariant.LUMO_SMALL);
                end.setId("appointment-end-" + a.id());
                MenuItem top = end.addItem(getTranslation("book.end"));
                for (AppointmentStatus s : List.of(
                        AppointmentStatus.ATTENDED,
                        AppointmentStatus.NO_SHOW,
                        AppointmentStatus.CANCELLED,
                        AppointmentStatus.LATE_CANCELLATION)) {
                    top.getSubMenu().addItem(getTranslation("book.status." + s.name()), e -> {
                        try {
                            book.conclude(a.id(), a.version(), s);
                            actions.changed();
                        } catch (org.headroom.appointment.AppointmentRefusedException ex) {
                            Notifications.problem(getTranslation(ex.getMessage()));
                        }
                    });
                }
                row.add(move, end);
            }
            actions.notice(a).ifPresent(text -> {
                Span notice = new Span(text);
                notice.setId("appointment-notice-" + a.id());
                notice.addClassName("hr-problem");
                row.add(notice);
            });
            add(row);
        }
        if (appointments.isEmpty()) {
            Span none = new Span(getTranslation("book.none"));
            none.addClassName("hr-muted");
            add(none);
        }
    }

    /** What the page does when an appointment is to be moved or has changed. */
    interface Actions {
        void move(AppointmentView appointment);

        void changed();

        /** Starts the session note of an appointment (date and time filled in); none by default. */
        default java.util.Optional<Runnable> writeNote(AppointmentView appointment) {
            return java.util.Optional.empty();
        }

        /** A line under the appointment, e.g. what needs doing first; none by default. */
        default java.util.Optional<String> notice(AppointmentView appointment) {
            return java.util.Optional.empty();
        }
    }
}
