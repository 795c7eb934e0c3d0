package org.headroom.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientService;
import org.headroom.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in therapist's appointment book. Times are local to the practice's zone
 * ({@code headroom.time-zone}) and kept as instants, so that they stay right across the clock
 * changes; a local time that does not exist (the spring change) is refused, one that happens twice
 * (the autumn change) is the first. Each active appointment holds its five-minute slots with its
 * buffer, and the slots' primary key refuses a second booking of the same time, even at the same
 * moment from two places (docs/adr/0017).
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class AppointmentService {

    static final String RECORD = "Appointment";

    private final AppointmentRepository appointments;
    private final AppointmentPlacer placer;
    private final AppointmentTypeRepository types;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            AppointmentPlacer placer,
            AppointmentTypeRepository types,
            ClientService clients,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.appointments = appointments;
        this.placer = placer;
        this.types = types;
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AppointmentTypeInfo> types() {
        return types.findAllByOrderByIdAsc().stream()
                .map(AppointmentType::toInfo)
                .filter(AppointmentTypeInfo::active)
                .toList();
    }

    /** The therapist's appointments from {@code from} for {@code days} days, cancelled ones included. */
    @Transactional(readOnly = true)
    public List<AppointmentView> days(LocalDate from, int days) {
        long therapistId = currentUser.requireTherapistId();
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(zone).toInstant().minusNanos(1);
        List<Appointment> found =
                appointments.findByTherapistIdAndStartsAtBetweenOrderByStartsAtAsc(therapistId, start, end);
        audit.read(RecordType.APPOINTMENT, null, null, "book from " + from + " for " + days + " days");
        return views(found);
    }

    /** The client's appointments, oldest first. */
    @Transactional(readOnly = true)
    public List<AppointmentView> forClient(long clientId) {
        clients.checkAccess(clientId);
        audit.read(RecordType.APPOINTMENT, null, clientId);
        return views(appointments.findByClientIdOrderByStartsAtAsc(clientId));
    }

    /**
     * Books the client at a local date and time; refused when the time is taken or does not exist.
     * The client is sent a confirmation with a calendar file when they have an e-mail address.
     */
    public AppointmentView book(long clientId, long typeId, LocalDate date, LocalTime time) {
        clients.checkAccess(clientId);
        long therapistId = currentUser.requireTherapistId();
        Appointment saved = placer.book(
                therapistId,
                clientId,
                currentUser.require().id(),
                type(typeId),
                placer.instant(date, time),
                AppointmentSource.PRACTICE);
        return view(saved);
    }

    /** Moves an appointment to another date and time (and type); its old time is freed, the client told. */
    public AppointmentView move(long appointmentId, long expectedVersion, long typeId, LocalDate date, LocalTime time) {
        Appointment appointment = owned(appointmentId);
        ConcurrentEditException.check(RECORD, appointmentId, expectedVersion, appointment.getVersion());
        return view(placer.move(appointment, type(typeId), placer.instant(date, time), false));
    }

    /**
     * Records how the appointment ended: attended, no-show, cancelled or cancelled late. A
     * cancellation frees its time and tells the client (with a calendar file that removes it).
     */
    public AppointmentView conclude(long appointmentId, long expectedVersion, AppointmentStatus status) {
        Appointment appointment = owned(appointmentId);
        ConcurrentEditException.check(RECORD, appointmentId, expectedVersion, appointment.getVersion());
        if (status == null || status == AppointmentStatus.BOOKED) {
            throw new AppointmentRefusedException("appointment.status.invalid");
        }
        boolean started = !appointment.getStartsAt().isAfter(clock.instant());
        if ((status == AppointmentStatus.ATTENDED || status == AppointmentStatus.NO_SHOW) && !started) {
            throw new AppointmentRefusedException("appointment.not-yet");
        }
        return view(placer.conclude(appointment, status, false));
    }

    private AppointmentTypeInfo type(long typeId) {
        return types.findById(typeId)
                .map(AppointmentType::toInfo)
                .filter(AppointmentTypeInfo::active)
                .orElseThrow(() -> new AppointmentRefusedException("appointment.type.unknown"));
    }

    private Appointment owned(long appointmentId) {
        long therapistId = currentUser.requireTherapistId();
        return appointments
                .findById(appointmentId)
                .filter(a -> a.getTherapistId() == therapistId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, appointmentId));
    }

    private List<AppointmentView> views(List<Appointment> found) {
        Set<Long> clientIds = found.stream().map(Appointment::getClientId).collect(Collectors.toSet());
        Map<Long, String> names = clientIds.isEmpty() ? Map.of() : clients.names(clientIds);
        Map<Long, AppointmentTypeInfo> byId = types.findAll().stream()
                .map(AppointmentType::toInfo)
                .collect(Collectors.toMap(AppointmentTypeInfo::id, t -> t));
        return found.stream()
                .map(a -> view(a, names.get(a.getClientId()), byId.get(a.getTypeId())))
                .toList();
    }

    private AppointmentView view(Appointment a) {
        return views(List.of(a)).getFirst();
    }

    private AppointmentView view(Appointment a, String clientName, AppointmentTypeInfo type) {
        ZoneId zone = clock.getZone();
        return new AppointmentView(
                a.getId(),
                a.getVersion(),
                a.getTherapistId(),
                a.getClientId(),
                clientName,
                type,
                LocalDateTime.ofInstant(a.getStartsAt(), zone),
                LocalDateTime.ofInstant(a.getEndsAt(), zone),
                a.getStatus());
    }
}
