package org.headroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.NoteRefusedException;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

@IntegrationTest
class AuditTrailTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditService audit;

    @Autowired
    SessionNoteService notes;

    @Autowired
    ConsentService consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    Fixtures fixtures;

    @Test
    void reads_and_changes_are_recorded_with_who_what_and_which_record() {
        ClientDetails client = fixtures.clientOf(ANNA, "Audit", "Ed");
        long noteId = fixtures.runAs(ANNA, () -> {
            consent(client.id());
            var draft = notes.start(client.id());
            var form = draft.content();
            form.setDurationMinutes(30);
            form.setPainBefore(4);
            assertThatThrownBy(() -> notes.sign(draft.id(), draft.version(), form, null))
                    .isInstanceOf(NoteRefusedException.class);
            form.setPainAfter(2);
            form.setTechniques(List.of(new TechniqueUse(Technique.REFLEXOLOGY, 30, PressureLevel.LIGHT)));
            form.setAreas(EnumSet.of(BodyRegion.FOREHEAD));
            notes.sign(draft.id(), draft.version(), form, null);
            notes.get(draft.id());
            notes.pdf(draft.id());
            return draft.id();
        });

        List<AuditEvent> events = fixtures.runAs(
                ADMIN, () -> audit.search(new AuditFilter(null, client.id(), null, TODAY, TODAY), 0, 100));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.username()).isEqualTo(ANNA);
            assertThat(e.clientId()).isEqualTo(client.id());
        });
        assertThat(events)
                .extracting(AuditEvent::action, AuditEvent::recordType, AuditEvent::recordId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, RecordType.CLIENT, client.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, RecordType.NOTE, noteId),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN, RecordType.NOTE, noteId),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, RecordType.NOTE, noteId),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PRINT, RecordType.NOTE, noteId));
        assertThat(events.stream().filter(e -> e.action() == AuditAction.SIGN))
                .as("the refused signing left no trace of a signature")
                .hasSize(1);
        assertThat(events.getFirst().occurredAt())
                .isAfterOrEqualTo(events.getLast().occurredAt());
    }

    @Test
    void a_read_is_written_once_per_web_request_however_many_parts_of_a_page_ask() {
        ClientDetails client = fixtures.clientOf(ANNA, "Page", "Reads");
        String count = "select count(*) from audit_event where client_id = ? and action = 'READ'";
        try {
            for (int request = 0; request < 2; request++) {
                org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                        new org.springframework.web.context.request.ServletRequestAttributes(
                                new org.springframework.mock.web.MockHttpServletRequest("POST", "/")));
                fixtures.runAs(ANNA, () -> {
                    fixtures.clientService().get(client.id());
                    fixtures.clientService().get(client.id());
                    return fixtures.clientService().find(client.id());
                });
            }
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        assertThat(jdbc.queryForObject(count, Long.class, client.id()))
                .as("one line per request")
                .isEqualTo(2);
    }

    @Test
    void a_read_is_written_while_every_other_application_connection_is_taken() throws Exception {
        ClientDetails client = fixtures.clientOf(ANNA, "Busy", "Pool");
        com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        List<java.sql.Connection> taken = new java.util.ArrayList<>();
        try {
            // Leave the reading transaction the last connection, as under load: writing its audit line
            // must not need a second one from the same pool (that deadlocked the pool at 200 therapists).
            while (pool.getHikariPoolMXBean().getActiveConnections() < pool.getMaximumPoolSize() - 1) {
                taken.add(pool.getConnection());
            }
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10),
                    () -> fixtures.runAs(ANNA, () -> fixtures.clientService().get(client.id())));
        } finally {
            for (java.sql.Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where client_id = ? and action = 'READ'",
                        Long.class,
                        client.id()))
                .isEqualTo(1);
    }

    @Test
    void a_change_is_written_only_inside_the_transaction_that_makes_it() {
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> {
                    trail.change(AuditAction.UPDATE, RecordType.CLIENT, 1L, 1L);
                    return null;
                }))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_audit_line() {
        fixtures.clientOf(ANNA, "Keep", "Trail");
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'someone' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be deleted");
        assertThat(jdbc.queryForObject("select username from audit_event where id = ?", String.class, id))
                .isEqualTo(ANNA);
    }

    @Test
    void a_therapist_sees_who_opened_their_own_clients_and_nobody_elses() {
        ClientDetails annas = fixtures.clientOf(ANNA, "Mine", "Only");
        fixtures.runAs(ANNA, () -> fixtures.clientService().get(annas.id()));
        AuditFilter forClient = new AuditFilter(null, annas.id(), null, null, null);

        List<AuditEvent> mine = fixtures.runAs(ANNA, () -> audit.onMyClients(forClient, 0, 50));
        assertThat(mine).extracting(AuditEvent::action).contains(AuditAction.CREATE, AuditAction.READ);
        assertThat(mine).allSatisfy(e -> assertThat(e.clientName()).isEqualTo(annas.fullName()));
        assertThat(fixtures.runAs(ANNA, () -> audit.countOnMyClients(forClient)))
                .isEqualTo(mine.size());

        assertThat(fixtures.runAs(BEN, () -> audit.onMyClients(forClient, 0, 50)))
                .isEmpty();
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> audit.search(forClient, 0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_admin_filters_and_exports_and_the_export_is_recorded() {
        ClientDetails client = fixtures.clientOf(ANNA, "Export", "Me");
        AuditFilter created = new AuditFilter("ann", client.id(), AuditAction.CREATE, TODAY, TODAY);
        assertThat(fixtures.runAs(ADMIN, () -> audit.count(created))).isEqualTo(1);
        assertThat(fixtures.runAs(ADMIN, () -> audit.count(new AuditFilter("ben", client.id(), null, null, null))))
                .isZero();

        StringWriter csv = new StringWriter();
        fixtures.runAs(ADMIN, () -> {
            audit.writeCsv(created, csv);
            return null;
        });
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",\"anna\",CREATE,CLIENT," + client.id() + "," + client.id() + ",");
        assertThat(fixtures.runAs(
                        ADMIN,
                        () -> audit.count(new AuditFilter(ADMIN, client.id(), AuditAction.EXPORT, TODAY, TODAY))))
                .isEqualTo(1);
    }

    private void consent(long clientId) {
        var text = consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow();
        consents.record(clientId, null, IntakeFixtures.typed(text, true, "Client"));
    }
}
