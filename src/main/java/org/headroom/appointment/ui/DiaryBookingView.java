package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.headroom.appointment.AppointmentTypeInfo;
import org.headroom.appointment.BookableTime;
import org.headroom.appointment.BookingOffer;
import org.headroom.appointment.BookingRefusedException;
import org.headroom.appointment.BookingService;
import org.headroom.appointment.ClientAppointment;
import org.headroom.base.Formats;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.ui.DiaryCookies;
import org.headroom.security.TherapistSummary;

/**
 * Booking from the diary pages: the phone that keeps the diary names the client, so there is
 * nothing to fill in but the type and the time, always with their own therapist. Lists the
 * appointments already booked.
 */
@Route(value = "diary/book", autoLayout = false)
@AnonymousAllowed
final class DiaryBookingView extends PublicBookingPage implements BeforeEnterObserver {

    private final BookingService booking;
    private final ClientDiaryService diary;
    private final Clock clock;
    private String device;
    private TherapistSummary therapist;
    private BookingOffer offer;

    DiaryBookingView(BookingService booking, ClientDiaryService diary, Clock clock) {
        this.booking = booking;
        this.diary = diary;
        this.clock = clock;
        setId("diary-booking-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyTheme();
        device = DiaryCookies.read(DiaryCookies.DEVICE).orElse(null);
        removeAll();
        if (device == null || !diary.deviceKnown(device)) {
            add(new H1(getTranslation("cd.none.title")), new Paragraph(getTranslation("cd.none.text")));
            return;
        }
        offer = booking.offer();
        therapist = booking.diaryTherapist(device).orElse(null);
        show(null);
    }

    private void show(AppointmentTypeInfo type) {
        removeAll();
        H1 h1 = new H1(getTranslation("bk.diary.title"));
        h1.setId("diary-booking-heading");
        Anchor back = new Anchor("diary", getTranslation("cd.back"));
        back.addClassName("hr-diary-back");
        back.setId("diary-back");
        add(back, h1, status());
        List<ClientAppointment> coming = booking.diaryAppointments(device);
        Div mine = new Div(new H2(getTranslation("bk.diary.coming")));
        mine.addClassName("hr-diary-card");
        mine.setId("diary-appointments");
        if (coming.isEmpty()) {
            mine.add(new Paragraph(getTranslation("bk.diary.none")));
        }
        coming.forEach(a -> mine.add(new Paragraph(describe(a.type().name(), a.therapistName(), a.start()))));
        add(mine);
        if (therapist == null || offer.types().isEmpty()) {
            add(new Paragraph(getTranslation("bk.diary.closed")));
            return;
        }
        add(new Paragraph(getTranslation("bk.with", therapist.displayName())));
        Div types = new Div(new H2(getTranslation("bk.type.title")));
        types.addClassName("hr-booking-choices");
        for (AppointmentTypeInfo t : offer.types()) {
            Button b = choice(getTranslation("book.type.item", t.name(), t.durationMinutes()), t.equals(type));
            b.setId("type-" + t.id());
            b.addClickListener(e -> show(t));
            types.add(b);
        }
        add(types);
        if (type != null) {
            add(new TimeChoice(
                    (from, days) -> booking.freeTimes(therapist.id(), type.id(), from, days),
                    time -> confirm(type, time),
                    LocalDate.now(clock),
                    offer.horizonDays()));
        }
    }

    private void confirm(AppointmentTypeInfo type, BookableTime time) {
        removeAll();
        Paragraph what = new Paragraph(describe(type.name(), time.therapistName(), time.start()));
        what.addClassName("hr-booking-summary");
        what.setId("booking-summary");
        Button book = new Button(getTranslation("bk.book"));
        book.setId("booking-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        book.setWidthFull();
        book.setDisableOnClick(true);
        book.addClickListener(e -> {
            try {
                ClientAppointment done = booking.bookFromDiary(device, type.id(), time.start(), remoteAddress());
                show(null);
                say(getTranslation(
                        "bk.diary.booked",
                        Formats.date(done.start().toLocalDate()),
                        done.start().toLocalTime()));
            } catch (BookingRefusedException refused) {
                show(type);
                say(getTranslation(refused.getMessage()));
            }
        });
        Button other = new Button(getTranslation("bk.change-time"), e -> show(type));
        other.setId("booking-change-time");
        other.setWidthFull();
        add(new H1(getTranslation("bk.diary.confirm")), what, book, other);
    }
}
