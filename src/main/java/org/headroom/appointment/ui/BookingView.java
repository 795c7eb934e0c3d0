package org.headroom.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
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
import org.headroom.appointment.BookingRequest;
import org.headroom.appointment.BookingService;
import org.headroom.appointment.ClientAppointment;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.ui.BirthDateField;
import org.headroom.security.TherapistSummary;

/**
 * The public booking page of the practice ({@code book}) or of one therapist ({@code book/7}):
 * the appointment type, the therapist (or anyone), a free time, then name, date of birth, e-mail,
 * phone and agreement to be contacted. A time taken meanwhile is answered with a clear message
 * and the fresh free times.
 */
@Route(value = "book/:therapistId?", autoLayout = false)
@AnonymousAllowed
final class BookingView extends PublicBookingPage implements BeforeEnterObserver {

    private final BookingService booking;
    private final PracticeSettings practice;
    private final Clock clock;
    private BookingOffer offer;
    private AppointmentTypeInfo type;
    private Long therapistId;
    private boolean therapistFixed;
    private BookableTime time;
    private TimeChoice times;

    BookingView(BookingService booking, PracticeSettings practice, Clock clock) {
        this.booking = booking;
        this.practice = practice;
        this.clock = clock;
        setId("booking-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyTheme();
        offer = booking.offer();
        String param = event.getRouteParameters().get("therapistId").orElse(null);
        therapistId = null;
        therapistFixed = false;
        if (param != null) {
            TherapistSummary one = offer.therapists().stream()
                    .filter(t -> String.valueOf(t.id()).equals(param))
                    .findFirst()
                    .orElse(null);
            if (one == null) {
                closed();
                return;
            }
            therapistId = one.id();
            therapistFixed = true;
        }
        if (!offer.open()) {
            closed();
            return;
        }
        if (offer.types().size() == 1) {
            type = offer.types().getFirst();
        }
        if (offer.therapists().size() == 1) {
            therapistId = offer.therapists().getFirst().id();
            therapistFixed = true;
        }
        chooseWhat();
    }

    private void closed() {
        removeAll();
        add(new H1(getTranslation("bk.title")), new Paragraph(getTranslation("bk.closed", contact())));
    }

    private H1 heading() {
        String name = practice.name() == null || practice.name().isBlank() ? "" : " – " + practice.name();
        H1 h1 = new H1(getTranslation("bk.title") + name);
        h1.setId("booking-heading");
        return h1;
    }

    /** Step 1: the type, and (on the practice's page) the therapist. */
    private void chooseWhat() {
        removeAll();
        add(heading(), status());
        if (therapistFixed) {
            add(new Paragraph(getTranslation("bk.with", name(therapistId))));
        }
        Div types = new Div(new H2(getTranslation("bk.type.title")));
        types.addClassName("hr-booking-choices");
        types.setId("booking-types");
        for (AppointmentTypeInfo t : offer.types()) {
            Button b = choice(getTranslation("book.type.item", t.name(), t.durationMinutes()), t.equals(type));
            b.setId("type-" + t.id());
            b.addClickListener(e -> {
                type = t;
                chooseWhat();
            });
            types.add(b);
        }
        add(types);
        if (!therapistFixed) {
            Div whom = new Div(new H2(getTranslation("bk.therapist.title")));
            whom.addClassName("hr-booking-choices");
            whom.setId("booking-therapists");
            Button anyone = choice(getTranslation("bk.therapist.any"), therapistId == null);
            anyone.setId("therapist-any");
            anyone.addClickListener(e -> {
                therapistId = null;
                chooseWhat();
            });
            whom.add(anyone);
            for (TherapistSummary t : offer.therapists()) {
                Button b = choice(t.displayName(), Long.valueOf(t.id()).equals(therapistId));
                b.setId("therapist-" + t.id());
                b.addClickListener(e -> {
                    therapistId = t.id();
                    chooseWhat();
                });
                whom.add(b);
            }
            add(whom);
        }
        if (type != null) {
            LocalDate today = LocalDate.now(clock);
            times = new TimeChoice(
                    (from, days) -> firstOfEach(booking.freeTimes(therapistId, type.id(), from, days)),
                    this::details,
                    today,
                    offer.horizonDays());
            add(times);
        }
    }

    /** With anyone, each time once: with the first therapist (by name) free then. */
    private static List<BookableTime> firstOfEach(List<BookableTime> times) {
        java.util.Map<java.time.LocalDateTime, BookableTime> first = new java.util.LinkedHashMap<>();
        times.forEach(t -> first.putIfAbsent(t.start(), t));
        return List.copyOf(first.values());
    }

    /** Step 2: who is booking. */
    private void details(BookableTime chosen) {
        time = chosen;
        removeAll();
        say("");
        Paragraph summary = new Paragraph(summary(chosen));
        summary.addClassName("hr-booking-summary");
        summary.setId("booking-summary");
        Button change = new Button(getTranslation("bk.change-time"), e -> chooseWhat());
        change.setId("booking-change-time");
        TextField first = field("bk.first-name", "booking-first-name", "given-name");
        TextField last = field("bk.last-name", "booking-last-name", "family-name");
        DatePicker birth = BirthDateField.configure(new DatePicker(), "booking-dob");
        birth.setLabel(getTranslation("bk.dob"));
        birth.setHelperText(getTranslation("public.dob.help.booking"));
        EmailField email = new EmailField(getTranslation("bk.email"));
        email.setId("booking-email");
        email.setWidthFull();
        email.getElement().setAttribute("autocomplete", "email");
        TextField phone = field("bk.phone", "booking-phone", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        Checkbox agree = new Checkbox(getTranslation("bk.agree"));
        agree.setId("booking-agree");
        // The honeypot: out of sight and out of the tab order; people leave it empty.
        TextField website = new TextField(getTranslation("bk.website"));
        website.setId("booking-website");
        website.addClassName("hr-hp");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        Button book = new Button(getTranslation("bk.book"));
        book.setId("booking-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        book.setWidthFull();
        book.setDisableOnClick(true);
        List<com.vaadin.flow.component.HasValidation> fields = List.of(first, last, birth, email, phone);
        book.addClickListener(e -> {
            fields.forEach(f -> f.setInvalid(false));
            try {
                ClientAppointment done = booking.bookNew(
                        time.therapistId(),
                        type.id(),
                        time.start(),
                        new BookingRequest(
                                first.getValue(),
                                last.getValue(),
                                birth.getValue(),
                                email.getValue(),
                                phone.getValue(),
                                agree.getValue(),
                                website.getValue()),
                        remoteAddress());
                booked(done, email.getValue());
            } catch (BookingRefusedException refused) {
                book.setEnabled(true);
                if ("booking.taken".equals(refused.getMessage())) {
                    chooseWhat();
                    say(getTranslation("booking.taken"));
                    return;
                }
                say(getTranslation(refused.getMessage()));
                Component field =
                        switch (refused.field() == null ? "" : refused.field()) {
                            case "firstName" -> first;
                            case "lastName" -> last;
                            case "dateOfBirth" -> birth;
                            case "email" -> email;
                            case "phone" -> phone;
                            default -> null;
                        };
                if (field instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(getTranslation(refused.getMessage()));
                    v.setInvalid(true);
                    ((com.vaadin.flow.component.Focusable<?>) field).focus();
                }
            }
        });
        add(
                heading(),
                status(),
                summary,
                change,
                first,
                last,
                birth,
                email,
                phone,
                agree,
                website,
                book,
                new Paragraph(getTranslation("bk.privacy")));
    }

    private TextField field(String label, String id, String autocomplete) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setWidthFull();
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }

    private void booked(ClientAppointment done, String email) {
        removeAll();
        say(getTranslation("bk.done.status"));
        H1 h1 = new H1(getTranslation("bk.done.title"));
        h1.setId("booking-done");
        Paragraph what = new Paragraph(describe(done.type().name(), done.therapistName(), done.start()));
        what.addClassName("hr-booking-summary");
        Anchor manage = new Anchor(done.managePath(), getTranslation("bk.done.manage"));
        manage.setId("booking-manage");
        add(h1, status(), what, new Paragraph(getTranslation("bk.done.email", email)), manage);
    }

    private String summary(BookableTime t) {
        return getTranslation(
                "bk.summary",
                type.name(),
                t.therapistName(),
                t.start().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Formats.LOCALE),
                Formats.date(t.start().toLocalDate()),
                t.start().toLocalTime());
    }

    private String name(Long id) {
        return offer.therapists().stream()
                .filter(t -> Long.valueOf(t.id()).equals(id))
                .map(TherapistSummary::displayName)
                .findFirst()
                .orElse("");
    }

    private String contact() {
        return practice.phone() == null || practice.phone().isBlank() ? "" : practice.phone();
    }
}
