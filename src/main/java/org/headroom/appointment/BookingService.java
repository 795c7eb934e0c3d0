package org.headroom.appointment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientForm;
import org.headroom.client.ClientService;
import org.headroom.diary.ClientDiaryService;
import org.headroom.intake.IntakeLinkService;
import org.headroom.security.PublicTherapists;
import org.headroom.security.SecurityLog;
import org.headroom.security.SystemAccounts;
import org.headroom.security.TherapistSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online booking, for anyone (docs/adr/0018): the therapists who take bookings online, their free
 * times (from working hours, days off, buffers and the times already held; never whose), booking
 * by someone new (created as "new, booked online", sent the intake link) or by a client from their
 * diary pages, and cancelling or moving through the link in a message. Each booking sent counts
 * against its address (the throttle, kept in the database so that it holds across servers); a
 * filled-in honeypot field refuses quietly. The times are checked again when booking, and the
 * slots' primary key refuses a time taken at the same moment.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class BookingService {

    private static final Logger LOG = LoggerFactory.getLogger(BookingService.class);

    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;
    private final WorkingHoursRepository hours;
    private final DayOffRepository daysOff;
    private final OnlineBookingRepository online;
    private final AppointmentLinkRepository links;
    private final BookingAttemptRepository attempts;
    private final AppointmentPlacer placer;
    private final AppointmentMessages messages;
    private final PublicTherapists therapists;
    private final ClientService clients;
    private final IntakeLinkService intakeLinks;
    private final ClientDiaryService diaries;
    private final SystemAccounts system;
    private final org.headroom.audit.AuditTrail audit;
    private final BookingSettings settings;
    private final Validator validator;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    BookingService(
            AppointmentRepository appointments,
            AppointmentTypeRepository types,
            WorkingHoursRepository hours,
            DayOffRepository daysOff,
            OnlineBookingRepository online,
            AppointmentLinkRepository links,
            BookingAttemptRepository attempts,
            AppointmentPlacer placer,
            AppointmentMessages messages,
            PublicTherapists therapists,
            ClientService clients,
            IntakeLinkService intakeLinks,
            ClientDiaryService diaries,
            SystemAccounts system,
            org.headroom.audit.AuditTrail audit,
            BookingSettings settings,
            Validator validator,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.appointments = appointments;
        this.types = types;
        this.hours = hours;
        this.daysOff = daysOff;
        this.online = online;
        this.links = links;
        this.attempts = attempts;
        this.placer = placer;
        this.messages = messages;
        this.therapists = therapists;
        this.clients = clients;
        this.intakeLinks = intakeLinks;
        this.diaries = diaries;
        this.system = system;
        this.audit = audit;
        this.settings = settings;
        this.validator = validator;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The therapists who take bookings online (turned on, with working hours) and the types. */
    @Transactional(readOnly = true)
    public BookingOffer offer() {
        if (!settings.online()) {
            return new BookingOffer(List.of(), List.of(), settings.horizonDays());
        }
        List<TherapistSummary> all = therapists.enabled();
        Set<Long> working = hours.findByTherapistIdIn(ids(all)).stream()
                .map(WorkingHours::getTherapistId)
                .collect(Collectors.toSet());
        Set<Long> off = online.findAllById(ids(all)).stream()
                .filter(o -> !o.isEnabled())
                .map(o -> o.therapistId())
                .collect(Collectors.toSet());
        List<TherapistSummary> offered = all.stream()
                .filter(t -> working.contains(t.id()) && !off.contains(t.id()))
                .toList();
        List<AppointmentTypeInfo> active = types.findAllByOrderByIdAsc().stream()
                .map(AppointmentType::toInfo)
                .filter(AppointmentTypeInfo::active)
                .toList();
        return new BookingOffer(offered, active, settings.horizonDays());
    }

    /**
     * Free times for a type from a day for some days, with one therapist or (null) any who takes
     * bookings online; only between the minimum notice and the horizon.
     */
    @Transactional(readOnly = true)
    public List<BookableTime> freeTimes(Long therapistId, long typeId, LocalDate from, int days) {
        BookingOffer offer = offer();
        List<TherapistSummary> whom = offer.therapists().stream()
                .filter(t -> therapistId == null || t.id() == therapistId)
                .toList();
        if (therapistId != null && whom.isEmpty()) {
            throw new BookingRefusedException("booking.therapist.unknown", "therapist");
        }
        AppointmentTypeInfo type = type(typeId);
        return free(whom, type, from, days, null);
    }

    /** Books someone new (or, by name, date of birth and e-mail, a client the therapist knows). */
    public ClientAppointment bookNew(
            long therapistId, long typeId, LocalDateTime start, BookingRequest person, String remoteAddress) {
        throttle(remoteAddress);
        if (person == null || (person.website() != null && !person.website().isBlank())) {
            SecurityLog.event("booking honeypot filled", null, remoteAddress);
            throw new BookingRefusedException("booking.refused", null);
        }
        ClientForm form = check(person);
        AppointmentTypeInfo type = type(typeId);
        Instant at = offered(therapistId, type, start, null);
        return system.runAsUser(therapistId, () -> {
            Optional<Long> known = clients.knownForBooking(
                    form.getFirstName(), form.getLastName(), form.getDateOfBirth(), form.getEmail());
            long clientId = known.orElseGet(
                    () -> clients.createBookedOnline(form, clock.instant()).id());
            Appointment booked = book(therapistId, clientId, type, at, AppointmentSource.ONLINE);
            if (known.isEmpty()) {
                sendIntakeLink(clientId);
            }
            return client(booked, messages.newLink(booked.getId()));
        });
    }

    /** Books for the client whose diary this remembered phone keeps, with their own therapist. */
    public ClientAppointment bookFromDiary(String deviceToken, long typeId, LocalDateTime start, String remoteAddress) {
        throttle(remoteAddress);
        ClientDiaryService.DiaryOwner owner = diaries.owner(deviceToken);
        AppointmentTypeInfo type = type(typeId);
        Instant at = offered(owner.therapistId(), type, start, null);
        return system.runAsUser(owner.therapistId(), () -> {
            Appointment booked = book(owner.therapistId(), owner.clientId(), type, at, AppointmentSource.DIARY);
            return client(booked, messages.newLink(booked.getId()));
        });
    }

    /** The diary client's therapist (for the diary's booking page). */
    @Transactional(readOnly = true)
    public Optional<TherapistSummary> diaryTherapist(String deviceToken) {
        long therapistId = diaries.owner(deviceToken).therapistId();
        return offer().therapists().stream().filter(t -> t.id() == therapistId).findFirst();
    }

    /** The diary client's appointments to come. */
    @Transactional(readOnly = true)
    public List<ClientAppointment> diaryAppointments(String deviceToken) {
        long clientId = diaries.owner(deviceToken).clientId();
        Instant now = clock.instant();
        audit.byLink(
                org.headroom.audit.AuditAction.READ,
                org.headroom.audit.RecordType.APPOINTMENT,
                null,
                clientId,
                "appointments opened on the diary's pages");
        return appointments.findByClientIdOrderByStartsAtAsc(clientId).stream()
                .filter(a -> a.getStatus() == AppointmentStatus.BOOKED
                        && a.getStartsAt().isAfter(now))
                .map(a -> client(a, null))
                .toList();
    }

    /** The appointment a link in a message reaches, if the link is real. */
    @Transactional(readOnly = true)
    public Optional<ClientAppointment> find(String token) {
        return linked(token).map(a -> {
            audit.byLink(
                    org.headroom.audit.AuditAction.READ,
                    org.headroom.audit.RecordType.APPOINTMENT,
                    a.getId(),
                    a.getClientId(),
                    "opened through the appointment's link");
            return client(a, AppointmentMessages.LINK_PATH + token);
        });
    }

    /**
     * Cancels through the link: a cancellation later than the notice policy allows is recorded as
     * a late cancellation (and the client is told so).
     */
    public ClientAppointment cancel(String token) {
        Appointment a = linked(token).orElseThrow(() -> new BookingRefusedException("booking.link.unknown", null));
        if (a.getStatus() != AppointmentStatus.BOOKED || !a.getStartsAt().isAfter(clock.instant())) {
            throw new BookingRefusedException("booking.cancel.too-late", null);
        }
        AppointmentStatus status = late(a) ? AppointmentStatus.LATE_CANCELLATION : AppointmentStatus.CANCELLED;
        Appointment saved = placer.conclude(a, status, true);
        return client(saved, AppointmentMessages.LINK_PATH + token);
    }

    /** Free times to move a linked appointment to (same therapist and type). */
    @Transactional(readOnly = true)
    public List<BookableTime> freeTimesToMove(String token, LocalDate from, int days) {
        Appointment a = linked(token).orElseThrow(() -> new BookingRefusedException("booking.link.unknown", null));
        TherapistSummary therapist = new TherapistSummary(
                a.getTherapistId(), therapists.name(a.getTherapistId()).orElse(""), null);
        return free(List.of(therapist), type(a.getTypeId()), from, days, a.getId());
    }

    /**
     * Moves through the link to a free time of the same therapist and type; refused within the
     * notice policy (the client then calls the practice, or cancels late).
     */
    public ClientAppointment reschedule(String token, LocalDateTime start) {
        Appointment a = linked(token).orElseThrow(() -> new BookingRefusedException("booking.link.unknown", null));
        if (a.getStatus() != AppointmentStatus.BOOKED || late(a)) {
            throw new BookingRefusedException("booking.change.too-late", null);
        }
        AppointmentTypeInfo type = type(a.getTypeId());
        Instant at = offered(a.getTherapistId(), type, start, a.getId());
        try {
            Appointment saved = placer.move(a, type, at, true);
            return client(saved, AppointmentMessages.LINK_PATH + token);
        } catch (AppointmentTakenException e) {
            throw new BookingRefusedException("booking.taken", "time");
        }
    }

    private Appointment book(
            long therapistId, long clientId, AppointmentTypeInfo type, Instant at, AppointmentSource source) {
        try {
            return placer.book(therapistId, clientId, therapistId, type, at, source);
        } catch (AppointmentTakenException e) {
            throw new BookingRefusedException("booking.taken", "time");
        }
    }

    private void sendIntakeLink(long clientId) {
        try {
            IntakeLinkService.CreatedLink link = intakeLinks.create(clientId);
            intakeLinks.email(clientId, link);
        } catch (RuntimeException e) {
            // The booking stands; the therapist sees "intake not done" on the today page.
            LOG.warn("Intake link for a new online client not sent: {}", e.getMessage());
        }
    }

    private List<BookableTime> free(
            List<TherapistSummary> whom, AppointmentTypeInfo type, LocalDate from, int days, Long moving) {
        if (whom.isEmpty()) {
            return List.of();
        }
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from == null || from.isBefore(today) ? today : from;
        LocalDate lastAllowed = today.plusDays(settings.horizonDays());
        LocalDate last = first.plusDays(Math.max(1, Math.min(days, 62)) - 1L);
        if (last.isAfter(lastAllowed)) {
            last = lastAllowed;
        }
        if (first.isAfter(last)) {
            return List.of();
        }
        Collection<Long> ids = ids(whom);
        Map<Long, List<WorkingStretch>> week = hours.findByTherapistIdIn(ids).stream()
                .collect(Collectors.groupingBy(
                        WorkingHours::getTherapistId,
                        Collectors.mapping(WorkingHours::toStretch, Collectors.toList())));
        Map<Long, List<DaysOff>> off = daysOff.findByTherapistIdInAndLastDayGreaterThanEqual(ids, first).stream()
                .collect(Collectors.groupingBy(
                        DayOff::getTherapistId, Collectors.mapping(DayOff::toInfo, Collectors.toList())));
        List<BusyTime> busy = appointments
                .busy(
                        ids,
                        first.atStartOfDay(zone).toInstant(),
                        last.plusDays(2).atStartOfDay(zone).toInstant())
                .stream()
                .filter(b -> moving == null || b.appointmentId() != moving)
                .toList();
        Map<Long, List<BusyTime>> busyBy = busy.stream().collect(Collectors.groupingBy(BusyTime::therapistId));
        Instant earliest = now.plus(settings.minimumNotice());
        Instant latest = now.plus(Duration.ofDays(settings.horizonDays()));
        List<BookableTime> times = new ArrayList<>();
        for (TherapistSummary t : whom) {
            FreeSlots.of(
                            t.id(),
                            week.getOrDefault(t.id(), List.of()),
                            off.getOrDefault(t.id(), List.of()),
                            busyBy.getOrDefault(t.id(), List.of()),
                            type,
                            first,
                            last,
                            earliest,
                            latest,
                            zone,
                            settings.stepMinutes())
                    .forEach(s -> times.add(new BookableTime(t.id(), t.displayName(), s.start())));
        }
        times.sort(Comparator.comparing(BookableTime::start).thenComparing(BookableTime::therapistName));
        return times;
    }

    /** The instant of a time this therapist is offered for this type now; refused otherwise. */
    private Instant offered(long therapistId, AppointmentTypeInfo type, LocalDateTime start, Long moving) {
        if (start == null) {
            throw new BookingRefusedException("booking.time.required", "time");
        }
        TherapistSummary therapist = offer().therapists().stream()
                .filter(t -> t.id() == therapistId)
                .findFirst()
                .orElseThrow(() -> new BookingRefusedException("booking.therapist.unknown", "therapist"));
        boolean free = free(List.of(therapist), type, start.toLocalDate(), 1, moving).stream()
                .anyMatch(t -> t.start().equals(start));
        if (!free) {
            throw new BookingRefusedException("booking.taken", "time");
        }
        return placer.instant(start.toLocalDate(), start.toLocalTime());
    }

    private ClientForm check(BookingRequest person) {
        ClientForm form = new ClientForm();
        form.setFirstName(strip(person.firstName()));
        form.setLastName(strip(person.lastName()));
        form.setDateOfBirth(person.dateOfBirth());
        form.setEmail(strip(person.email()));
        form.setPhone(strip(person.phone()));
        Set<ConstraintViolation<ClientForm>> problems = validator.validate(form);
        if (!problems.isEmpty()) {
            // The first problem in the order the form asks.
            List<String> order = List.of("firstName", "lastName", "dateOfBirth", "email", "phone");
            ConstraintViolation<ClientForm> first = problems.stream()
                    .min(Comparator.comparingInt((ConstraintViolation<ClientForm> v) -> {
                        int at = order.indexOf(v.getPropertyPath().toString());
                        return at < 0 ? order.size() : at;
                    }))
                    .orElseThrow();
            throw new BookingRefusedException(
                    "booking.person." + first.getPropertyPath(),
                    first.getPropertyPath().toString());
        }
        if (form.getDateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new BookingRefusedException("booking.person.dateOfBirth", "dateOfBirth");
        }
        if (form.getEmail().isBlank()) {
            throw new BookingRefusedException("booking.person.email", "email");
        }
        if (form.getPhone().isBlank()) {
            throw new BookingRefusedException("booking.person.phone", "phone");
        }
        if (!person.agreesToBeContacted()) {
            throw new BookingRefusedException("booking.person.agree", "agree");
        }
        return form;
    }

    /** Counts a booking sent from the address, in its own transaction, and refuses past the limit. */
    private void throttle(String remoteAddress) {
        String key = SecretTokens.hash("booking:" + (remoteAddress == null ? "unknown" : remoteAddress));
        Instant now = clock.instant();
        Boolean allowed = ownTransaction.execute(tx -> {
            attempts.forgetBefore(now.minus(Duration.ofHours(2)));
            long recent = attempts.countByAddressHashAndAttemptedAtAfter(key, now.minus(Duration.ofHours(1)));
            if (recent >= settings.attemptsPerHour()) {
                return false;
            }
            attempts.save(new BookingAttempt(key, now));
            return true;
        });
        if (!Boolean.TRUE.equals(allowed)) {
            SecurityLog.event("booking throttled", null, remoteAddress);
            throw new BookingRefusedException("booking.throttled", null);
        }
    }

    private Optional<Appointment> linked(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return links.findById(SecretTokens.hash(token)).flatMap(l -> appointments.findById(l.getAppointmentId()));
    }

    private boolean late(Appointment a) {
        return Duration.between(clock.instant(), a.getStartsAt()).compareTo(settings.cancellationNotice()) < 0;
    }

    private ClientAppointment client(Appointment a, String path) {
        ZoneId zone = clock.getZone();
        boolean booked = a.getStatus() == AppointmentStatus.BOOKED;
        boolean ahead = a.getStartsAt().isAfter(clock.instant());
        return new ClientAppointment(
                a.getTherapistId(),
                therapists.name(a.getTherapistId()).orElse(""),
                types.findById(a.getTypeId()).map(AppointmentType::toInfo).orElseThrow(),
                LocalDateTime.ofInstant(a.getStartsAt(), zone),
                LocalDateTime.ofInstant(a.getEndsAt(), zone),
                a.getStatus(),
                path,
                booked && ahead && !late(a),
                booked && ahead,
                booked && ahead && late(a));
    }

    private AppointmentTypeInfo type(long typeId) {
        return types.findById(typeId)
                .map(AppointmentType::toInfo)
                .filter(AppointmentTypeInfo::active)
                .orElseThrow(() -> new BookingRefusedException("appointment.type.unknown", "type"));
    }

    private static List<Long> ids(List<TherapistSummary> list) {
        return list.stream().map(TherapistSummary::id).toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
