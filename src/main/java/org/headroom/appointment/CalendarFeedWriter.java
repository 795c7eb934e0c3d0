package org.headroom.appointment;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientOwners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a therapist's calendar feed for the secret in its address: the appointments from 30 days
 * ago to a year ahead that hold time, each with its type and the client's initials, never a name
 * or health data (RFC 5545; UID, DTSTAMP, DTSTART and DTEND in UTC). Internal: the secret is the
 * only key, checked here.
 */
@Component
class CalendarFeedWriter {

    private final CalendarFeedRepository feeds;
    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;
    private final ClientOwners owners;
    private final Clock clock;

    CalendarFeedWriter(
            CalendarFeedRepository feeds,
            AppointmentRepository appointments,
            AppointmentTypeRepository types,
            ClientOwners owners,
            Clock clock) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.types = types;
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<String> feed(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(SecretTokens.hash(token)).map(feed -> write(feed.getTherapistId()));
    }

    private String write(long therapistId) {
        Instant now = clock.instant();
        Instant from = now.minusSeconds(30L * 24 * 3600);
        Instant to = now.plusSeconds(366L * 24 * 3600);
        List<Appointment> found =
                appointments.findByTherapistIdAndStartsAtBetweenOrderByStartsAtAsc(therapistId, from, to);
        Map<Long, String> names = new java.util.HashMap<>();
        types.findAll().forEach(t -> names.put(t.getId(), t.toInfo().name()));
        Map<Long, String> initials = owners.initials(
                found.stream().map(Appointment::getClientId).collect(java.util.stream.Collectors.toSet()));
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Headroom//Appointment book//EN");
        for (Appointment a : found) {
            if (!a.getStatus().holdsTime()) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid("appointment-" + a.getId() + "@headroom");
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(a.getStartsAt()));
            event.setDateEnd(Date.from(a.getEndsAt()));
            event.setSummary(names.getOrDefault(a.getTypeId(), "Appointment") + " – "
                    + initials.getOrDefault(a.getClientId(), "?"));
            event.setStatus(Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }
}
