package org.headroom.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.headroom.Fixtures.ANNA;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.MidasAnswers;
import org.headroom.diary.RatingKind;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeLinkService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.LinkUnavailableException;
import org.headroom.intake.PublicIntakeService;
import org.headroom.intake.SignerRole;
import org.headroom.intake.WrongAnswerException;
import org.headroom.reporting.OutcomeService;
import org.headroom.reporting.PracticeOutcomeService;
import org.headroom.reporting.ReportRefusedException;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input to every form and to the public intake link: each is refused with a reason the page
 * can show (never a server error), and nothing of it is saved.
 */
@IntegrationTest
class BadInputTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String LONG = "x".repeat(5000);

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    PracticeOutcomeService practice;

    @Autowired
    IntakeLinkService links;

    @Autowired
    PublicIntakeService publicIntakes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void every_form_refuses_bad_input_with_a_reason_and_saves_nothing() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Bad", "Input");
        long clientId = client.id();
        fixtures.runAs(
                ANNA,
                () -> consents.record(
                        clientId, null, IntakeFixtures.typed(text(ConsentType.TREATMENT), true, "Bad Input")));
        var draft = fixtures.runAs(ANNA, () -> intakes.start(clientId));
        var note = fixtures.runAs(ANNA, () -> notes.start(clientId));
        Map<String, Long> before = counts(clientId);

        List<Supplier<Object>> attempts = new ArrayList<>();
        // Client record
        attempts.add(() -> fixtures.clientService().create(Fixtures.validForm("", "")));
        attempts.add(() -> {
            ClientForm form = Fixtures.validForm("Dee", "Future");
            form.setDateOfBirth(TODAY.plusDays(1));
            return fixtures.clientService().create(form);
        });
        attempts.add(() -> {
            ClientForm form = Fixtures.validForm("Eve", "Email");
            form.setEmail("not an email");
            form.setPhone("call me maybe");
            form.setNotes(LONG);
            return fixtures.clientService().update(clientId, form);
        });
        // Intake
        attempts.add(() -> {
            IntakeAnswers answers = IntakeFixtures.complete();
            answers.setHeadacheDaysPerMonth(40);
            return intakes.saveDraft(draft.id(), draft.version(), answers);
        });
        attempts.add(() -> intakes.complete(draft.id(), draft.version(), new IntakeAnswers()));
        attempts.add(() -> intakes.recordDecision(draft.id(), null, null, null));
        // Consent
        attempts.add(() -> consents.record(
                clientId,
                null,
                new ConsentSubmission(text(ConsentType.HEALTH_DATA).id(), true, "", SignerRole.CLIENT)));
        // Diary and questionnaires
        attempts.add(() -> diary.save(clientId, null, DiaryEntryForm.attackOn(TODAY.plusDays(2))));
        attempts.add(() -> {
            DiaryEntryForm form = DiaryEntryForm.attackOn(TODAY);
            form.setIntensity(11);
            return diary.save(clientId, null, form);
        });
        attempts.add(() -> diary.save(clientId, null, DiaryEntryForm.attackOn(TODAY)));
        attempts.add(() -> diary.recordMidas(clientId, TODAY, new MidasAnswers(100, 0, 0, 0, 0, 5, 5)));
        attempts.add(() -> diary.recordHit6(clientId, TODAY, List.of(1, 2, 3), null));
        attempts.add(() -> diary.recordHit6(clientId, TODAY, null, 37));
        attempts.add(() -> diary.recordRatings(clientId, TODAY, Map.of(RatingKind.STRESS, 11)));
        attempts.add(() -> {
            diary.setBaseline(clientId, TODAY.plusDays(5));
            return null;
        });
        // Session note
        attempts.add(() -> {
            SessionNoteForm form = note.content();
            form.setPainBefore(12);
            form.setDurationMinutes(1);
            return notes.saveDraft(note.id(), note.version(), form);
        });
        attempts.add(() -> {
            SessionNoteForm form = note.content();
            form.setPainBefore(5);
            return notes.sign(note.id(), note.version(), form, null);
        });
        attempts.add(() -> {
            SessionNoteForm form = note.content();
            form.setDurationMinutes(30);
            form.setPainBefore(5);
            form.setPainAfter(2);
            form.setPalpation(LONG);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
            return notes.sign(note.id(), note.version(), form, null);
        });
        // Reports
        attempts.add(() -> practice.outcomes(null, TODAY, TODAY.minusDays(1)));
        attempts.add(
                () -> outcomes.pdf(clientId, TODAY.minusDays(30), TODAY, org.headroom.reporting.ReportAudience.GP));

        for (int i = 0; i < attempts.size(); i++) {
            Supplier<Object> attempt = attempts.get(i);
            Throwable refused = catchThrowable(() -> fixtures.runAs(ANNA, attempt));
            assertThat(refused).as("attempt %d is refused", i).isNotNull();
            assertThat(refused)
                    .as("attempt %d is refused with a reason the page shows: %s", i, refused)
                    .isInstanceOfAny(
                            ConstraintViolationException.class,
                            IllegalArgumentException.class,
                            ReportRefusedException.class);
        }
        assertThat(counts(clientId)).as("nothing was saved").isEqualTo(before);
        assertThat(fixtures.runAs(ANNA, () -> fixtures.clientService().get(clientId))
                        .notes())
                .isEqualTo(client.notes());
    }

    @Test
    void the_public_link_refuses_bad_tokens_dates_and_answers_and_saves_nothing() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Link", "Bad");
        var link = fixtures.runAs(ANNA, () -> links.create(client.id()));
        String token = link.path().substring(IntakeLinkService.PATH_PREFIX.length());
        Map<String, Long> before = counts(client.id());

        assertThat(catchThrowable(() -> publicIntakes.open("'; drop table client; --", client.dateOfBirth())))
                .isInstanceOf(LinkUnavailableException.class);
        assertThat(catchThrowable(() -> publicIntakes.open(token + "x", client.dateOfBirth())))
                .isInstanceOf(LinkUnavailableException.class);
        assertThat(catchThrowable(
                        () -> publicIntakes.open(token, client.dateOfBirth().plusDays(1))))
                .isInstanceOf(WrongAnswerException.class);
        assertThat(catchThrowable(() -> publicIntakes.open(token, null))).isInstanceOf(WrongAnswerException.class);
        IntakeAnswers tooMany = IntakeFixtures.complete();
        tooMany.setHeadacheDaysPerMonth(99);
        assertThat(catchThrowable(() -> publicIntakes.submit(
                        token,
                        client.dateOfBirth(),
                        publicIntakes.open(token, client.dateOfBirth()).version(),
                        tooMany,
                        List.of())))
                .isInstanceOfAny(ConstraintViolationException.class, IllegalArgumentException.class);
        assertThat(catchThrowable(() -> publicIntakes.submit(
                        token,
                        client.dateOfBirth(),
                        publicIntakes.open(token, client.dateOfBirth()).version(),
                        IntakeFixtures.complete(),
                        List.of())))
                .as("every consent must be answered")
                .isInstanceOf(IllegalArgumentException.class);

        Map<String, Long> after = counts(client.id());
        assertThat(after).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from intake where id = ?", String.class, link.intakeId()))
                .isEqualTo("DRAFT");
    }

    private org.headroom.intake.ConsentText text(ConsentType type) {
        return fixtures.runAs(ANNA, () -> consents.currentTexts().stream()
                .filter(t -> t.type() == type)
                .findFirst()
                .orElseThrow());
    }

    private Map<String, Long> counts(long clientId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of(
                "consent",
                "diary_entry",
                "midas_assessment",
                "hit6_assessment",
                "rating",
                "diary_baseline",
                "intake")) {
            counts.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) from " + table + " where client_id = ?", Long.class, clientId));
        }
        counts.put(
                "signed notes",
                jdbc.queryForObject(
                        "select count(*) from session_note where client_id = ? and status = 'SIGNED'",
                        Long.class,
                        clientId));
        counts.put(
                "intake versions",
                jdbc.queryForObject(
                        "select coalesce(sum(version), 0) from intake where client_id = ?", Long.class, clientId));
        counts.put(
                "note versions",
                jdbc.queryForObject(
                        "select coalesce(sum(version), 0) from session_note where client_id = ?",
                        Long.class,
                        clientId));
        counts.put(
                "clients named Dee or Eve",
                jdbc.queryForObject("select count(*) from client where first_name in ('Dee', 'Eve')", Long.class));
        return counts;
    }
}
