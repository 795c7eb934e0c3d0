package org.headroom.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentStatus;
import org.headroom.appointment.AppointmentView;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The week on the calendar page and the appointments on the client page: book, see, clash, move. */
class CalendarViewTest extends ViewTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService book;

    @Test
    @WithUserDetails(ANNA)
    void a_booking_from_the_client_page_shows_on_the_week_and_a_clash_is_refused_with_nothing_saved() {
        ClientDetails client = fixtures.clientOf(ANNA, "Gwen", Fixtures.unique("Week"));
        LocalDate monday = LocalDate.now(LONDON).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);

        navigateTo("clients/" + client.id());
        test(find(Button.class).id("client-book")).click();
        BookDialog dialog = find(BookDialog.class).single();
        assertThat(dialog.client.isVisible())
                .as("the client is known on their page")
                .isFalse();
        test(dialog.date).setValue(wednesday);
        test(dialog.time).setValue(LocalTime.of(14, 0));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(Card.class).id("appointments-card").getElement().getTextRecursively())
                .contains(org.headroom.base.Formats.date(wednesday) + ", 14:00–15:00", "Follow-up", "Booked");

        test(find(Button.class).id("client-book")).click();
        BookDialog clash = find(BookDialog.class).single();
        test(clash.date).setValue(wednesday);
        test(clash.time).setValue(LocalTime.of(14, 30));
        test(clash.save).click();
        assertThat(clash.isOpened())
                .as("refused: the dialog stays with the message")
                .isTrue();
        assertThat(clash.problem.getText()).startsWith("That time overlaps another appointment");
        assertThat(book.forClient(client.id())).hasSize(1);
        clash.close();

        navigateTo("calendar");
        test(find(Button.class).id("week-next")).click();
        String day =
                find(Div.class).id("calendar-day-" + wednesday).getElement().getTextRecursively();
        assertThat(day).contains("14:00–15:00", "Gwen", "Follow-up");

        AppointmentView booked = book.forClient(client.id()).getFirst();
        test(find(Button.class).id("appointment-move-" + booked.id())).click();
        BookDialog move = find(BookDialog.class).single();
        test(move.time).setValue(LocalTime.of(16, 0));
        test(move.save).click();
        assertThat(book.forClient(client.id()).getFirst().start()).isEqualTo(wednesday.atTime(16, 0));
        assertThat(book.forClient(client.id()).getFirst().status()).isEqualTo(AppointmentStatus.BOOKED);
    }
}
