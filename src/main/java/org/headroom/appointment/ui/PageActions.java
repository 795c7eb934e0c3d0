package org.headroom.appointment.ui;

import java.util.Optional;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentView;
import org.headroom.client.ClientService;
import org.headroom.treatment.SessionNoteService;

/**
 * What an appointment list on a page does: "Move" opens the booking dialog on the appointment, a
 * move or a change redraws the page, "Write the note" starts the note from the appointment. Each
 * action first runs {@code before} (e.g. closing the dialog the list is in).
 */
class PageActions implements AppointmentList.Actions {

    private final AppointmentService book;
    private final ClientService clients;
    private final SessionNoteService notes;
    private final Runnable redraw;
    private final Runnable before;

    PageActions(AppointmentService book, ClientService clients, SessionNoteService notes, Runnable redraw) {
        this(book, clients, notes, redraw, () -> {});
    }

    PageActions(
            AppointmentService book,
            ClientService clients,
            SessionNoteService notes,
            Runnable redraw,
            Runnable before) {
        this.book = book;
        this.clients = clients;
        this.notes = notes;
        this.redraw = redraw;
        this.before = before;
    }

    @Override
    public void move(AppointmentView appointment) {
        before.run();
        new BookDialog(
                        book,
                        clients,
                        appointment,
                        appointment.clientId(),
                        appointment.start().toLocalDate(),
                        appointment.start().toLocalTime(),
                        redraw)
                .open();
    }

    @Override
    public void changed() {
        before.run();
        redraw.run();
    }

    @Override
    public Optional<Runnable> writeNote(AppointmentView appointment) {
        return NoteFromAppointment.starter(notes, appointment).map(start -> () -> {
            before.run();
            start.run();
        });
    }
}
