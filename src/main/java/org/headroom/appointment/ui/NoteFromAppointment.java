package org.headroom.appointment.ui;

import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.headroom.appointment.AppointmentView;
import org.headroom.base.ui.Notifications;
import org.headroom.treatment.SessionNoteService;

/** Opens the session note of an appointment, started with its client, date and time. */
final class NoteFromAppointment {

    private NoteFromAppointment() {}

    static Optional<Runnable> starter(SessionNoteService notes, AppointmentView a) {
        return Optional.of(() -> {
            try {
                var note = notes.startFor(
                        a.clientId(), a.start().toLocalDate(), a.start().toLocalTime());
                UI.getCurrent().navigate("clients/" + a.clientId() + "/notes/" + note.id());
            } catch (org.headroom.treatment.NoteRefusedException e) {
                Notifications.problem(UI.getCurrent().getTranslation(e.getMessage()));
            }
        });
    }
}
