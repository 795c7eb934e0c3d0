package org.headroom.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentView;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.SessionNoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The therapist's home is today: the day's appointments with what needs doing first, the note
 * written from an appointment (client, date and time filled in), and the notes left unsigned.
 */
class TodayViewTest extends ViewTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService book;

    @Autowired
    ConsentService consents;

    @Autowired
    SessionNoteService notes;

    @Test
    @WithUserDetails(ANNA)
    void today_lists_the_appointments_with_what_comes_first_and_starts_the_note_from_one() {
        LocalDate today = LocalDate.now(LONDON);
        ClientDetails newcomer = fixtures.clientOf(ANNA, "Hana", Fixtures.unique("Today"));
        ClientDetails regular = fixtures.clientOf(ANNA, "Ivor", Fixtures.unique("Today"));
        var treatment = consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow();
        consents.record(regular.id(), null, IntakeFixtures.typed(treatment, true, "Ivor"));
        ClientDetails earlier = fixtures.clientOf(ANNA, "Jo", Fixtures.unique("Today"));
        consents.record(earlier.id(), null, IntakeFixtures.typed(treatment, true, "Jo"));
        long type = book.types().getFirst().id();
        AppointmentView first = bookFree(newcomer.id(), type, today, LocalTime.of(0, 0));
        AppointmentView second = bookFree(regular.id(), type, today, first.end().toLocalTime());

        // A draft from an earlier day, left unsigned.
        var draft = notes.start(earlier.id());
        var form = draft.content();
        form.setDate(today.minusDays(3));
        notes.saveDraft(draft.id(), draft.version(), form);

        assertThat(book.days(today, 1)).extracting(AppointmentView::id).contains(first.id(), second.id());
        assertThat(navigateTo("").getClass().getSimpleName()).isEqualTo("TodayView");
        assertThat(find(Span.class).id("appointment-notice-" + first.id()).getText())
                .isEqualTo("First: intake not done; diary not started");
        assertThat(find(Div.class).id("today-unsigned").getElement().getTextRecursively())
                .contains(org.headroom.base.Formats.date(today.minusDays(3)), "Jo");

        test(find(Button.class).id("appointment-note-" + second.id())).click();
        String path = com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getPath();
        assertThat(path).startsWith("clients/" + regular.id() + "/notes/");
        var opened = notes.get(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))
                .content();
        assertThat(opened.getDate()).isEqualTo(today);
        assertThat(opened.getStartTime()).isEqualTo(second.start().toLocalTime());
    }

    /** The first time today from {@code from} still free in Anna's book (other tests book today too). */
    private AppointmentView bookFree(long clientId, long type, LocalDate today, LocalTime from) {
        for (LocalTime at = from; ; at = at.plusMinutes(15)) {
            try {
                return book.book(clientId, type, today, at);
            } catch (org.headroom.appointment.AppointmentTakenException taken) {
                assertThat(at).as("a free time today").isBefore(LocalTime.of(22, 0));
            }
        }
    }
}
