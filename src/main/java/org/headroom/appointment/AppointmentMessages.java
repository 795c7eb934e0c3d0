package org.headroom.appointment;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.PublicAddress;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientOwners;
import org.headroom.mail.Mail;
import org.headroom.mail.MailStatus;
import org.headroom.mail.Mailer;
import org.headroom.security.PublicTherapists;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages a client gets about an appointment: confirmation, change, cancellation and the
 * reminder the day before, each with its calendar file and (but for a cancellation) a link of its
 * own to cancel or reschedule. Says when, where, with whom and the appointment type; never health
 * data. Nothing is sent to a client without an e-mail address, or when the practice turned
 * messages off ({@code headroom.booking.emails}). Internal: callers have checked who may act.
 */
@Component
class AppointmentMessages {

    enum Kind {
        CONFIRMED,
        CHANGED,
        CANCELLED,
        REMINDER
    }

    static final String LINK_PATH = "appointment/";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppointmentMessages.class);

    private final AppointmentLinkRepository links;
    private final AppointmentTypeRepository types;
    private final ClientOwners owners;
    private final PublicTherapists therapists;
    private final Mailer mailer;
    private final PublicAddress address;
    private final PracticeSettings practice;
    private final BookingSettings settings;
    private final MessageSource messages;
    private final String from;
    private final Clock clock;

    AppointmentMessages(
            AppointmentLinkRepository links,
            AppointmentTypeRepository types,
            ClientOwners owners,
            PublicTherapists therapists,
            Mailer mailer,
            PublicAddress address,
            PracticeSettings practice,
            BookingSettings settings,
            MessageSource messages,
            @Value("${headroom.mail.from:Headroom <no-reply@localhost>}") String from,
            Clock clock) {
        this.links = links;
        this.types = types;
        this.owners = owners;
        this.therapists = therapists;
        this.mailer = mailer;
        this.address = address;
        this.practice = practice;
        this.settings = settings;
        this.messages = messages;
        this.from = from;
        this.clock = clock;
    }

    /** A new link to manage the appointment; only its hash is kept. @return its path */
    String newLink(long appointmentId) {
        String token = SecretTokens.newToken();
        links.save(new AppointmentLink(SecretTokens.hash(token), appointmentId, clock.instant()));
        return LINK_PATH + token;
    }

    /**
     * Tells the client. @return what became of the message, or empty when none was sent (no
     * address, or messages turned off)
     */
    Optional<MailStatus> tell(Appointment a, Kind kind) {
        if (!settings.emails()) {
            return Optional.empty();
        }
        try {
            return send(a, kind);
        } catch (RuntimeException e) {
            // A message that cannot be written never undoes the booking it is about.
            LOG.warn("Message about appointment {} not written: {}", a.getId(), e.toString());
            return Optional.empty();
        }
    }

    private Optional<MailStatus> send(Appointment a, Kind kind) {
        ClientOwners.Contact contact = owners.contact(a.getClientId()).orElse(null);
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            return Optional.empty();
        }
        ZoneId zone = clock.getZone();
        LocalDateTime start = LocalDateTime.ofInstant(a.getStartsAt(), zone);
        String therapist = therapists.name(a.getTherapistId()).orElse("");
        String type = types.findById(a.getTypeId()).map(t -> t.toInfo().name()).orElse("");
        String practiceName = practice.name() == null || practice.name().isBlank() ? "Headroom" : practice.name();
        String place = practice.address() == null ? "" : practice.address();
        String link = kind == Kind.CANCELLED ? "" : address.of(newLink(a.getId()));
        String key = "mail.appointment." + kind.name().toLowerCase(java.util.Locale.ROOT);
        boolean late = a.getStatus() == AppointmentStatus.LATE_CANCELLATION;
        String text = t(
                key + ".text",
                contact.greetingName(),
                type,
                therapist,
                Formats.date(start.toLocalDate()) + ", " + start.toLocalTime(),
                place,
                link,
                settings.cancellationNotice().toHours(),
                late ? t("mail.appointment.cancelled.late") : "",
                practiceName);
        String subject = t(key + ".subject", Formats.date(start.toLocalDate()), start.toLocalTime());
        String description = t("mail.appointment.calendar.description", therapist, link);
        String ics = AppointmentCalendarFile.write(
                new AppointmentCalendarFile.Event(
                        a.getId(),
                        a.getSequence(),
                        a.getStartsAt(),
                        a.getEndsAt(),
                        t("mail.appointment.calendar.summary", type, therapist, practiceName),
                        place,
                        kind == Kind.CANCELLED ? t("mail.appointment.calendar.cancelled") : description,
                        practiceName,
                        organizerEmail(),
                        contact.greetingName(),
                        contact.email()),
                kind == Kind.CANCELLED,
                zone,
                clock.instant());
        String method = kind == Kind.CANCELLED ? "CANCEL" : "REQUEST";
        Mail mail = new Mail(
                contact.email(),
                subject,
                text,
                new Mail.Attachment(
                        "appointment.ics",
                        "text/calendar; charset=UTF-8; method=" + method,
                        ics.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(mailer.send(mail));
    }

    private String organizerEmail() {
        if (practice.email() != null && !practice.email().isBlank()) {
            return practice.email();
        }
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            return "no-reply@localhost";
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Formats.LOCALE);
    }
}
