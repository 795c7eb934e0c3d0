package org.headroom.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Puts appointments in the book, moves and cancels them, for the therapist's own book and for
 * online booking alike: the time in the practice's zone, the five-minute slots whose primary key
 * refuses a double booking, the audit line, and the message to the client. Internal: the callers
 * (services) have checked who may do it, and run it in their transaction.
 */
@Component
class AppointmentPlacer {

    private final AppointmentRepository appointments;
    private final AppointmentSlotRepository slots;
    private final AppointmentMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    AppointmentPlacer(
            AppointmentRepository appointments,
            AppointmentSlotRepository slots,
            AppointmentMessages messages,
            AuditTrail audit,
            Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books; the slots are taken before the client is told, so a taken time sends nothing. */
    Appointment book(
            long therapistId,
            long clientId,
            long userId,
            AppointmentTypeInfo type,
            Instant start,
            AppointmentSource source) {
        Instant now = clock.instant();
        Appointment appointment = new Appointment(therapistId, clientId, userId, now);
        appointment.setSource(source);
        appointment.place(type, start, now);
        Appointment saved = appointments.saveAndFlush(appointment);
        hold(saved);
        if (source == AppointmentSource.PRACTICE) {
            audit.change(AuditAction.CREATE, RecordType.APPOINTMENT, saved.getId(), clientId);
        } else {
            audit.changeByLink(
                    AuditAction.CREATE,
                    RecordType.APPOINTMENT,
                    saved.getId(),
                    clientId,
                    "booked by the client (" + source.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (saved.getStartsAt().isAfter(now)) {
            // A past appointment recorded afterwards needs no confirmation.
            messages.tell(saved, AppointmentMessages.Kind.CONFIRMED);
        }
        return saved;
    }

    Appointment move(Appointment appointment, AppointmentTypeInfo type, Instant start, boolean byClient) {
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw new AppointmentRefusedException("appointment.not-booked");
        }
        slots.release(appointment.getId());
        appointment.place(type, start, clock.instant());
        appointment.changedForClient();
        Appointment saved = appointments.saveAndFlush(appointment);
        hold(saved);
        record(saved, "moved", byClient);
        messages.tell(saved, AppointmentMessages.Kind.CHANGED);
        return saved;
    }

    Appointment conclude(Appointment appointment, AppointmentStatus status, boolean byClient) {
        if (!status.holdsTime()) {
            slots.release(appointment.getId());
        }
        boolean tellClient = !status.holdsTime()
                && appointment.getStatus() == AppointmentStatus.BOOKED
                && appointment.getStartsAt().isAfter(clock.instant());
        appointment.setStatus(status, clock.instant());
        if (tellClient) {
            appointment.changedForClient();
        }
        Appointment saved = appointments.saveAndFlush(appointment);
        record(saved, status.name().toLowerCase(java.util.Locale.ROOT), byClient);
        if (tellClient) {
            messages.tell(saved, AppointmentMessages.Kind.CANCELLED);
        }
        return saved;
    }

    private void record(Appointment a, String what, boolean byClient) {
        if (byClient) {
            audit.changeByLink(
                    AuditAction.UPDATE, RecordType.APPOINTMENT, a.getId(), a.getClientId(), what + " by the client");
        } else {
            audit.change(AuditAction.UPDATE, RecordType.APPOINTMENT, a.getId(), a.getClientId(), what);
        }
    }

    /** The instant of a local date and time; a time the spring clock change skips does not exist. */
    Instant instant(LocalDate date, LocalTime time) {
        if (date == null || time == null) {
            throw new AppointmentRefusedException("appointment.time.required");
        }
        ZoneId zone = clock.getZone();
        LocalDateTime local = date.atTime(time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new AppointmentRefusedException("appointment.time.skipped");
        }
        if (time.getMinute() % AppointmentSlot.MINUTES != 0 || time.getSecond() != 0 || time.getNano() != 0) {
            throw new AppointmentRefusedException("appointment.time.step");
        }
        return FreeSlots.instant(date, time, zone);
    }

    /** Takes the appointment's slots; a slot already taken refuses the whole booking. */
    private void hold(Appointment appointment) {
        List<AppointmentSlot> held = new ArrayList<>();
        for (Instant slot = appointment.getStartsAt();
                slot.isBefore(appointment.getBlockedUntil());
                slot = slot.plusSeconds(AppointmentSlot.MINUTES * 60L)) {
            held.add(new AppointmentSlot(appointment.getTherapistId(), slot, appointment.getId()));
        }
        try {
            slots.saveAllAndFlush(held);
        } catch (DataIntegrityViolationException e) {
            throw new AppointmentTakenException();
        }
    }
}
