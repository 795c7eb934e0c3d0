package org.headroom.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.MidasAnswers;
import org.headroom.diary.RatingKind;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentType;
import org.headroom.intake.Decision;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeService;
import org.headroom.reporting.ReportAudience;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The access matrix: every public method of every service that takes the id of a record is called
 * by a second therapist with the first therapist's record ids and well-formed arguments; each is
 * refused (not found, or not allowed) or finds nothing (an empty optional), and leaves no trace of a change. A new
 * method with an id is covered without being listed here.
 */
@IntegrationTest
class AccessMatrixTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    /** Each test's appointment on its own day, so that Anna's book never clashes with itself. */
    private static final java.util.concurrent.atomic.AtomicInteger BOOKED =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Scopes rather than records: a therapist's own id replaces them (PracticeOutcomeServiceTest). */
    /**
     * Methods whose id names a scope rather than a record: the practice's outcomes, and online
     * booking, where anyone may ask for a therapist's free times and book one (it reaches no record;
     * BookingServiceTest covers what it reveals).
     */
    private static final Set<String> SCOPES = Set.of(
            "PracticeOutcomeService.outcomes",
            "PracticeOutcomeService.eachClient",
            "PracticeOutcomeService.writeCsv",
            "BookingService.freeTimes",
            "BookingService.bookNew");

    @Autowired
    ApplicationContext context;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    org.headroom.appointment.AppointmentService appointments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_second_therapist_is_refused_every_record_of_the_first() {
        Records anna = annasRecords();
        List<String> called = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.headroom")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || !takesAnId(method)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                if (SCOPES.contains(name)) {
                    continue;
                }
                called.add(name);
                Object[] args = arguments(method, anna);
                try {
                    Object result = fixtures.runAs(BEN, () -> invoke(bean, method, args));
                    if (!java.util.Optional.empty().equals(result)) {
                        notRefused.add(name + " returned " + result);
                    }
                } catch (RecordNotFoundException
                        | AccessDeniedException
                        | org.headroom.diary.DiaryUnavailableException refused) {
                    // refused, as it must be
                } catch (RuntimeException other) {
                    notRefused.add(name + " failed otherwise: " + other);
                }
            }
        }
        assertThat(called)
                .as("the matrix reaches the record services")
                .contains(
                        "ClientService.get",
                        "IntakeService.get",
                        "ConsentService.withdraw",
                        "DiaryService.save",
                        "SessionNoteService.sign",
                        "OutcomeService.pdf",
                        "SubjectAccessService.export",
                        "ErasureService.request",
                        "UserAccountService.resetPassword",
                        "DiaryAccessService.access",
                        "DiaryAccessService.revokeDevice",
                        "ClientDiaryService.saveDay",
                        "AppointmentService.book",
                        "AppointmentService.forClient",
                        "AppointmentService.conclude")
                .hasSizeGreaterThan(45);
        assertThat(notRefused).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where client_id = ? and username = ?",
                        Long.class,
                        anna.clientId,
                        BEN))
                .as("nothing was read or changed on their behalf")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_note where client_id = ?", Long.class, anna.clientId))
                .isEqualTo(1);
    }

    private static boolean takesAnId(Method method) {
        for (Parameter p : method.getParameters()) {
            if (p.getName().endsWith("Id") && (p.getType() == long.class || p.getType() == Long.class)) {
                return true;
            }
        }
        return false;
    }

    private static Object invoke(Object bean, Method method, Object[] args) {
        try {
            return method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object[] arguments(Method method, Records anna) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = argument(parameters[i], anna);
        }
        return args;
    }

    private Object argument(Parameter p, Records anna) {
        Class<?> type = p.getType();
        switch (p.getName()) {
            case "clientId" -> {
                return anna.clientId;
            }
            case "intakeId" -> {
                return anna.intakeId;
            }
            case "noteId" -> {
                return anna.noteId;
            }
            case "consentId" -> {
                return anna.consentId;
            }
            case "entryId" -> {
                return anna.entryId;
            }
            case "appointmentId" -> {
                return anna.appointmentId;
            }
            case "userId", "therapistId" -> {
                return anna.userId;
            }
            default -> {
                // not an id: a well-formed value below
            }
        }
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == int.class || type == Integer.class) {
            return 60;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "A reason written in full";
        }
        if (type == LocalDate.class) {
            return TODAY.minusDays(1);
        }
        if (type == java.time.LocalTime.class) {
            return LocalTime.of(10, 0);
        }
        if (type == org.headroom.appointment.AppointmentStatus.class) {
            return org.headroom.appointment.AppointmentStatus.CANCELLED;
        }
        if (type == java.time.LocalDateTime.class) {
            return TODAY.atTime(8, 0);
        }
        if (type == org.headroom.diary.Instrument.class) {
            return org.headroom.diary.Instrument.MIDAS;
        }
        if (type == org.headroom.diary.DiaryAccessService.DiaryLink.class) {
            return new org.headroom.diary.DiaryAccessService.DiaryLink("diary/start/not-a-real-token");
        }
        if (type == org.headroom.base.clinical.AcuteMedicationClass.class) {
            return org.headroom.base.clinical.AcuteMedicationClass.TRIPTAN;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        }
        if (type == ClientForm.class) {
            return Fixtures.validForm("Other", "Name");
        }
        if (type == DiaryEntryForm.class) {
            return attack();
        }
        if (type == SessionNoteForm.class) {
            SessionNoteForm form = new SessionNoteForm();
            form.setDate(TODAY);
            form.setDurationMinutes(30);
            form.setPainBefore(5);
            form.setPainAfter(2);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            return form;
        }
        if (type == IntakeAnswers.class) {
            return IntakeFixtures.complete();
        }
        if (type == ConsentSubmission.class) {
            return IntakeFixtures.typed(treatmentText(), true, "Someone");
        }
        if (type == MidasAnswers.class) {
            return new MidasAnswers(1, 1, 1, 1, 1, 5, 5);
        }
        if (type == Decision.class) {
            return Decision.TREAT;
        }
        if (type == ReportAudience.class) {
            return ReportAudience.CLIENT;
        }
        if (type == Map.class) {
            return Map.of(RatingKind.STRESS, 5);
        }
        if (type == org.headroom.intake.IntakeLinkService.CreatedLink.class) {
            return new org.headroom.intake.IntakeLinkService.CreatedLink(
                    "intake-link/not-a-real-token", java.time.Instant.now(), anna.intakeId);
        }
        if (type == org.headroom.treatment.NoteCorrection.class) {
            return new org.headroom.treatment.NoteCorrection(null, 4, null, null, null);
        }
        if (type == java.util.Set.class) {
            return java.util.EnumSet.of(org.headroom.security.Role.THERAPIST);
        }
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) p.getParameterizedType()).getActualTypeArguments()[0];
            return element == Integer.class ? List.of(13, 11, 10, 10, 8, 6) : List.of(attack());
        }
        throw new IllegalStateException("No test value for " + p + " of " + p.getDeclaringExecutable());
    }

    private static DiaryEntryForm attack() {
        DiaryEntryForm form = DiaryEntryForm.attackOn(TODAY.minusDays(1));
        form.setStartTime(LocalTime.of(7, 0));
        form.setDurationHours(2.0);
        form.setIntensity(5);
        return form;
    }

    private org.headroom.intake.ConsentText treatmentText() {
        return fixtures.runAs(ANNA, () -> consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow());
    }

    @Test
    void a_consent_cannot_be_filed_under_another_clients_intake() {
        Records anna = annasRecords();
        ClientDetails bens = fixtures.clientOf(BEN, "Own", "Client");
        assertThatThrownBy(() -> fixtures.runAs(
                        BEN,
                        () -> consents.record(
                                bens.id(), anna.intakeId, IntakeFixtures.typed(treatmentText(), true, "Own"))))
                .isInstanceOf(RecordNotFoundException.class);
        ClientDetails annasOther = fixtures.clientOf(ANNA, "Second", "Client");
        assertThatThrownBy(() -> fixtures.runAs(
                        ANNA,
                        () -> consents.record(
                                annasOther.id(), anna.intakeId, IntakeFixtures.typed(treatmentText(), true, "Two"))))
                .as("even the same therapist's other client")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(fixtures.runAs(ANNA, () -> consents.consents(annasOther.id())))
                .isEmpty();
    }

    private record Records(
            long clientId, long intakeId, long noteId, long consentId, long entryId, long userId, long appointmentId) {}

    private Records annasRecords() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Matrix", "Owner");
        return fixtures.runAs(ANNA, () -> {
            var draft = intakes.start(client.id());
            var intake = intakes.complete(draft.id(), draft.version(), IntakeFixtures.complete());
            var consent =
                    consents.record(client.id(), intake.id(), IntakeFixtures.typed(treatmentText(), true, "Matrix"));
            var entry = diary.save(client.id(), null, attack());
            var note = notes.start(client.id());
            SessionNoteForm form = note.content();
            form.setDurationMinutes(30);
            form.setPainBefore(5);
            form.setPainAfter(2);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
            notes.sign(note.id(), note.version(), form, null);
            long type = appointments.types().getFirst().id();
            var appointment = appointments.book(
                    client.id(), type, TODAY.plusDays(30 + BOOKED.getAndIncrement()), LocalTime.of(10, 0));
            return new Records(
                    client.id(),
                    intake.id(),
                    note.id(),
                    consent.id(),
                    entry.id(),
                    client.therapistId(),
                    appointment.id());
        });
    }
}
