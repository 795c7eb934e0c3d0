package org.headroom.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.client.ClientOwners;
import org.headroom.security.PublicTherapists;
import org.headroom.security.TherapistSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every therapist's calendar for the practice admin, who runs the diary of the practice but is not
 * a client's therapist: times, types, status and the client's initials, never a name or anything
 * from the record (docs/adr/0018). Each look is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PRACTICE_ADMIN')")
public class PracticeCalendarService {

    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;
    private final WorkingHoursRepository hours;
    private final DayOffRepository daysOff;
    private final PublicTherapists therapists;
    private final ClientOwners owners;
    private final AuditTrail audit;
    private final Clock clock;

    PracticeCalendarService(
            AppointmentRepository appointments,
            AppointmentTypeRepository types,
            WorkingHoursRepository hours,
            DayOffRepository daysOff,
            PublicTherapists therapists,
            ClientOwners owners,
            AuditTrail audit,
            Clock clock) {
        this.appointments = appointments;
        this.types = types;
        this.hours = hours;
        this.daysOff = daysOff;
        this.therapists = therapists;
        this.owners = owners;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TherapistSummary> therapists() {
        return therapists.enabled();
    }

    /** A therapist's appointments from a day for some days, the client shown by initials only. */
    public List<AppointmentView> days(long therapistId, LocalDate from, int days) {
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(zone).toInstant().minusNanos(1);
        Map<Long, AppointmentTypeInfo> byId = new HashMap<>();
        types.findAll().forEach(t -> byId.put(t.getId(), t.toInfo()));
        audit.read(RecordType.APPOINTMENT, null, null, "practice calendar of user " + therapistId + " from " + from);
        List<Appointment> found =
                appointments.findByTherapistIdAndStartsAtBetweenOrderByStartsAtAsc(therapistId, start, end);
        Map<Long, String> initials = owners.initials(
                found.stream().map(Appointment::getClientId).collect(java.util.stream.Collectors.toSet()));
        return found.stream()
                .map(a -> new AppointmentView(
                        a.getId(),
                        a.getVersion(),
                        a.getTherapistId(),
                        a.getClientId(),
                        initials.getOrDefault(a.getClientId(), "?"),
                        byId.get(a.getTypeId()),
                        LocalDateTime.ofInstant(a.getStartsAt(), zone),
                        LocalDateTime.ofInstant(a.getEndsAt(), zone),
                        a.getStatus()))
                .toList();
    }

    public List<WorkingStretch> week(long therapistId) {
        return WorkingHoursService.sorted(hours.findByTherapistId(therapistId).stream()
                .map(WorkingHours::toStretch)
                .toList());
    }

    public List<DaysOff> daysOff(long therapistId, LocalDate from) {
        return daysOff.findByTherapistIdAndLastDayGreaterThanEqualOrderByFirstDayAsc(therapistId, from).stream()
                .map(DayOff::toInfo)
                .toList();
    }
}
