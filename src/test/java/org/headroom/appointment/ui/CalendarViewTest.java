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

    @Autowired
    org.headroom.appointment.WorkingHoursService hours;

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

        // The week as a grid: the appointment is a block at its time; opening it offers its actions.
        navigateTo("calendar");
        test(find(Button.class).id("week-next")).click();
        AppointmentView onGrid = book.forClient(client.id()).getFirst();
        com.vaadin.flow.component.html.NativeButton block =
                find(com.vaadin.flow.component.html.NativeButton.class).id("grid-appointment-" + onGrid.id());
        assertThat(block.getElement().getTextRecursively()).contains("14:00–15:00", "Gwen", "Follow-up");
        assertThat(block.getStyle().get("top")).as("placed by its time").isNotBlank();
        test(block).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class)
                        .id("appointment-dialog")
                        .isOpened())
                .isTrue();
        assertThat(find(Button.class).id("appointment-move-" + onGrid.id()).isVisible())
                .isTrue();
        find(com.vaadin.flow.component.dialog.Dialog.class)
                .id("appointment-dialog")
                .close();

        // A free half-hour of the grid opens booking at that day and time.
        var free = find(com.vaadin.flow.component.html.NativeButton.class).all().stream()
                .filter(b -> b.getElement().getAttribute("aria-label") != null
                        && b.getElement()
                                .getAttribute("aria-label")
                                .contains(org.headroom.base.Formats.date(monday.plusDays(1)) + " 11:30"))
                .findFirst()
                .orElseThrow();
        test(free).click();
        BookDialog fromGrid = find(BookDialog.class).single();
        assertThat(fromGrid.date.getValue()).isEqualTo(monday.plusDays(1));
        assertThat(fromGrid.time.getValue()).isEqualTo(LocalTime.of(11, 30));
        fromGrid.close();

        // The day view shows the one day; the list view a phone's list of the week.
        test(find(Button.class).id("calendar-mode-day")).click();
        assertThat(find(Div.class).withClassName("hr-grid-day").all()).hasSize(1);
        test(find(Button.class).id("calendar-mode-list")).click();
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

    @Test
    @WithUserDetails(ANNA)
    void a_phone_opens_the_calendar_on_the_list_unless_the_address_asks_for_another_view() {
        windowWidth(390);
        assertThat(((CalendarView) navigateTo("calendar")).mode).isEqualTo(CalendarView.Mode.LIST);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("calendar", com.vaadin.flow.router.QueryParameters.of("view", "day"));
        assertThat(((CalendarView) getCurrentView()).mode).isEqualTo(CalendarView.Mode.DAY);
        windowWidth(1280);
        assertThat(((CalendarView) navigateTo("calendar")).mode).isEqualTo(CalendarView.Mode.WEEK);
    }

    @Test
    @WithUserDetails(ANNA)
    void working_hours_with_a_break_and_days_off_are_kept_and_a_bad_stretch_saves_nothing() {
        navigateTo("calendar");
        test(find(Button.class).id("hours-open")).click();
        HoursDialog dialog = find(HoursDialog.class).single();
        HoursDialog.DayRow monday = dialog.row(DayOfWeek.MONDAY);
        check(monday.works(), true);
        test(monday.from()).setValue(LocalTime.of(9, 0));
        test(monday.to()).setValue(LocalTime.of(12, 30));
        test(monday.from2()).setValue(LocalTime.of(13, 30));
        test(monday.to2()).setValue(LocalTime.of(17, 0));
        HoursDialog.DayRow friday = dialog.row(DayOfWeek.FRIDAY);
        check(friday.works(), true);
        test(friday.from()).setValue(LocalTime.of(15, 0));
        test(friday.to()).setValue(LocalTime.of(10, 0));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("Friday ends before it starts").isTrue();
        assertThat(dialog.problem.getText()).isEqualTo("A working stretch must end after it starts.");

        check(friday.works(), false);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(hours.week())
                .filteredOn(s -> s.day() == DayOfWeek.MONDAY)
                .containsExactly(
                        new org.headroom.appointment.WorkingStretch(
                                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new org.headroom.appointment.WorkingStretch(
                                DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)));
        assertThat(hours.week()).noneMatch(s -> s.day() == DayOfWeek.FRIDAY);

        test(find(Button.class).id("hours-open")).click();
        LocalDate holiday = LocalDate.now(LONDON).plusDays(20);
        test(find(com.vaadin.flow.component.datepicker.DatePicker.class).id("off-first"))
                .setValue(holiday);
        test(find(com.vaadin.flow.component.datepicker.DatePicker.class).id("off-last"))
                .setValue(holiday.plusDays(2));
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("off-note"))
                .setValue("Course");
        test(find(Button.class).id("off-add")).click();
        assertThat(hours.daysOff())
                .anyMatch(d -> d.first().equals(holiday) && d.last().equals(holiday.plusDays(2)));
        long id = hours.daysOff().stream()
                .filter(d -> d.first().equals(holiday))
                .findFirst()
                .orElseThrow()
                .id();
        test(find(Button.class).id("off-remove-" + id)).click();
        assertThat(hours.daysOff()).noneMatch(d -> d.first().equals(holiday));
    }

    private void check(com.vaadin.flow.component.checkbox.Checkbox box, boolean on) {
        if (box.getValue() != on) {
            test(box).click();
        }
    }
}
