package org.headroom.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class PublicIntakeServiceTest {

    private static final LocalDate BORN = LocalDate.of(1984, 5, 17);

    @Autowired
    IntakeLinkService linkService;

    @Autowired
    PublicIntakeService publicIntakes;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_client_fills_in_the_intake_through_the_link_once_and_the_therapist_accepts_it() {
        ClientDetails client = fixtures.clientOf(ANNA, "Linda", "Link");
        String token = token(fixtures.runAs(ANNA, () -> linkService.create(client.id())));
        assertThat(publicIntakes.check(token)).isEqualTo(LinkState.VALID);

        PublicIntakeForm form = publicIntakes.open(token, BORN);
        assertThat(form.firstName()).isEqualTo("Linda");
        assertThat(form.consentTexts()).extracting(ConsentText::type).containsExactlyInAnyOrder(ConsentType.values());

        IntakeAnswers answers = IntakeFixtures.complete();
        answers.setRedFlags(EnumSet.of(RedFlag.HEAD_OR_NECK_INJURY));
        publicIntakes.submit(
                token, BORN, form.version(), answers, IntakeFixtures.allTyped(form.consentTexts(), "Linda Link"));

        assertThat(publicIntakes.check(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> publicIntakes.open(token, BORN)).isInstanceOf(LinkUnavailableException.class);

        TreatmentStatus status = fixtures.runAs(ANNA, () -> intakes.status(client.id()));
        assertThat(status.openIntake()).isPresent();
        assertThat(status.openIntake().get().status()).isEqualTo(IntakeStatus.AWAITING_REVIEW);
        assertThat(status.consents().hasRequired()).isTrue();
        assertThat(fixtures.runAs(ANNA, () -> consents.consents(client.id()))).allSatisfy(c -> {
            assertThat(c.takenVia()).isEqualTo("CLIENT_LINK");
            assertThat(c.takenBy()).isNull();
        });

        IntakeDetails submitted =
                fixtures.runAs(ANNA, () -> intakes.get(status.openIntake().get().id()));
        assertThat(submitted.submittedByClientAt()).isNotNull();
        IntakeDetails accepted =
                fixtures.runAs(ANNA, () -> intakes.complete(submitted.id(), submitted.version(), submitted.answers()));
        assertThat(accepted.status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(fixtures.runAs(ANNA, () -> intakes.status(client.id())).readiness())
                .isEqualTo(Readiness.DECISION_NEEDED);
    }

    @Test
    void a_client_saves_part_of_the_intake_and_carries_on_later_through_the_same_link() {
        ClientDetails client = fixtures.clientOf(ANNA, "Later", "Saver");
        String token = token(fixtures.runAs(ANNA, () -> linkService.create(client.id())));
        PublicIntakeForm form = publicIntakes.open(token, BORN);
        assertThat(form.linkExpiresAt()).isAfter(java.time.Instant.now().minusSeconds(60));

        IntakeAnswers part = new IntakeAnswers();
        part.setConditions("Asthma");
        part.setHeadacheDaysPerMonth(9);
        long version = publicIntakes.saveDraft(token, BORN, form.version(), part);
        assertThat(version).isGreaterThan(form.version());

        // The link still works; opening it again shows what was saved.
        assertThat(publicIntakes.check(token)).isEqualTo(LinkState.VALID);
        PublicIntakeForm again = publicIntakes.open(token, BORN);
        assertThat(again.answers().getConditions()).isEqualTo("Asthma");
        assertThat(again.answers().getHeadacheDaysPerMonth()).isEqualTo(9);
        assertThat(again.version()).isEqualTo(version);

        // A save from a form opened before that save is refused, not overwritten.
        IntakeAnswers stale = new IntakeAnswers();
        stale.setConditions("Something else");
        assertThatThrownBy(() -> publicIntakes.saveDraft(token, BORN, form.version(), stale))
                .isInstanceOf(org.headroom.base.ConcurrentEditException.class);
        // Out-of-range answers are refused with nothing saved.
        IntakeAnswers wrong = new IntakeAnswers();
        wrong.setHeadacheDaysPerMonth(40);
        assertThatThrownBy(() -> publicIntakes.saveDraft(token, BORN, version, wrong))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(publicIntakes.open(token, BORN).answers().getConditions()).isEqualTo("Asthma");
        // A wrong date of birth saves nothing either.
        assertThatThrownBy(() -> publicIntakes.saveDraft(token, BORN.plusDays(1), version, stale))
                .isInstanceOf(WrongAnswerException.class);

        IntakeAnswers rest = IntakeFixtures.complete();
        rest.setConditions("Asthma");
        publicIntakes.submit(token, BORN, version, rest, IntakeFixtures.allTyped(form.consentTexts(), "Later Saver"));
        assertThat(publicIntakes.check(token)).isEqualTo(LinkState.USED);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where client_id = ? and action = 'UPDATE' order by id",
                        String.class,
                        client.id()))
                .first()
                .asString()
                .contains("saved by the client");
    }

    @Test
    void wrong_dates_of_birth_are_counted_and_lock_the_link() {
        ClientDetails client = fixtures.clientOf(ANNA, "Locked", "Out");
        String token = token(fixtures.runAs(ANNA, () -> linkService.create(client.id())));

        for (int left = 4; left >= 0; left--) {
            int expected = left;
            assertThatThrownBy(() -> publicIntakes.open(token, BORN.plusDays(1)))
                    .isInstanceOfSatisfying(WrongAnswerException.class, e -> assertThat(e.attemptsLeft())
                            .isEqualTo(expected));
        }
        assertThat(publicIntakes.check(token)).isEqualTo(LinkState.LOCKED);
        assertThatThrownBy(() -> publicIntakes.open(token, BORN))
                .isInstanceOfSatisfying(LinkUnavailableException.class, e -> assertThat(e.state())
                        .isEqualTo(LinkState.LOCKED));
        // Written as the link's attempts, never as the therapist opening the record.
        assertThat(jdbc.queryForList(
                        "select concat(username, ' ', action, ' ', record_type, ' ', coalesce(detail, ''))"
                                + " from audit_event where client_id = ? and action = 'READ' order by id",
                        String.class,
                        client.id()))
                .hasSize(5)
                .allMatch(line -> line.startsWith("client link READ INTAKE_LINK wrong date of birth given"))
                .last()
                .asString()
                .endsWith("link locked");
    }

    @Test
    void an_incomplete_submission_saves_nothing_and_the_link_stays_usable() {
        ClientDetails client = fixtures.clientOf(ANNA, "Half", "Done");
        String token = token(fixtures.runAs(ANNA, () -> linkService.create(client.id())));
        PublicIntakeForm form = publicIntakes.open(token, BORN);

        IntakeAnswers partial = new IntakeAnswers();
        partial.setGoals("Only this");
        assertThatThrownBy(() -> publicIntakes.submit(
                        token, BORN, form.version(), partial, IntakeFixtures.allTyped(form.consentTexts(), "Half")))
                .isInstanceOf(IncompleteIntakeException.class);
        List<ConsentSubmission> onlyOne =
                IntakeFixtures.allTyped(form.consentTexts(), "Half").subList(0, 1);
        assertThatThrownBy(() -> publicIntakes.submit(token, BORN, form.version(), IntakeFixtures.complete(), onlyOne))
                .isInstanceOf(ConsentRefusedException.class);

        assertThat(publicIntakes.check(token)).isEqualTo(LinkState.VALID);
        assertThat(fixtures.runAs(ANNA, () -> consents.consents(client.id()))).isEmpty();
        assertThat(fixtures.runAs(ANNA, () -> intakes.status(client.id()))
                        .openIntake()
                        .orElseThrow()
                        .status())
                .isEqualTo(IntakeStatus.DRAFT);
    }

    @Test
    void expired_unknown_and_replaced_links_open_nothing() {
        ClientDetails client = fixtures.clientOf(ANNA, "Late", "Comer");
        IntakeLinkService.CreatedLink first = fixtures.runAs(ANNA, () -> linkService.create(client.id()));
        assertThat(first.expiresAt())
                .isBetween(
                        java.time.Instant.now().plusSeconds(71 * 3600),
                        java.time.Instant.now().plusSeconds(73 * 3600));
        IntakeLinkService.CreatedLink second = fixtures.runAs(ANNA, () -> linkService.create(client.id()));

        assertThat(publicIntakes.check(token(first))).isEqualTo(LinkState.USED);
        assertThat(publicIntakes.check("x".repeat(43))).isEqualTo(LinkState.UNKNOWN);
        assertThat(publicIntakes.check("short")).isEqualTo(LinkState.UNKNOWN);

        jdbc.update(
                "update intake_link set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                SecretTokens.hash(token(second)));
        assertThat(publicIntakes.check(token(second))).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> publicIntakes.open(token(second), BORN)).isInstanceOf(LinkUnavailableException.class);
    }

    private static String token(IntakeLinkService.CreatedLink link) {
        return link.path().substring(IntakeLinkService.PATH_PREFIX.length());
    }
}
