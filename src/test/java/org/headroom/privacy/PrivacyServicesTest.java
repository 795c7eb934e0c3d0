package org.headroom.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeService;
import org.headroom.intake.SignerRole;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class PrivacyServicesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    SubjectAccessService subjectAccess;

    @Autowired
    ErasureService erasure;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void one_download_holds_everything_as_data_and_as_print() throws IOException {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Sabine", "Access");
        fixtures.runAs(ANNA, () -> {
            var draft = intakes.start(client.id());
            var done = intakes.complete(draft.id(), draft.version(), IntakeFixtures.complete());
            var treatment = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            ConsentSubmission drawn = new ConsentSubmission(treatment.id(), true, "Sabine Access", SignerRole.CLIENT);
            drawn.setSignaturePng(IntakeFixtures.signaturePng());
            consents.record(client.id(), done.id(), drawn);
            DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusDays(3));
            attack.setStartTime(LocalTime.of(8, 0));
            attack.setDurationHours(4.0);
            attack.setIntensity(6);
            attack.setNotes("Started after a long drive");
            diary.save(client.id(), null, attack);
            sign(client.id(), TODAY.minusDays(2));
            return null;
        });

        byte[] zip = fixtures.runAs(ANNA, () -> subjectAccess.export(client.id()));
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet())
                .contains("README.txt", "records.json", "intakes/intake-1.pdf", "outcome-report.pdf")
                .anyMatch(n -> n.startsWith("session-notes/note-") && n.endsWith(".pdf"))
                .anyMatch(n -> n.startsWith("signatures/consent-") && n.endsWith(".png"));
        String json = new String(files.get("records.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"firstName\" : \"Sabine\"",
                        "Started after a long drive",
                        "\"painBefore\" : 6",
                        "\"type\" : \"TREATMENT\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where client_id = ? and action = 'EXPORT'"
                                + " and record_type = 'SUBJECT_ACCESS'",
                        Long.class,
                        client.id()))
                .isEqualTo(1);
        assertThatThrownBy(() -> fixtures.runAs(BEN, () -> subjectAccess.export(client.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void erasure_is_refused_while_records_must_be_kept_and_the_refusal_recorded() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Recent", "Client");
        fixtures.runAs(ANNA, () -> {
            consent(client.id());
            sign(client.id(), TODAY.minusYears(2));
            return null;
        });

        ErasureOutcome outcome = fixtures.runAs(ANNA, () -> erasure.request(client.id()));

        assertThat(outcome.erased()).isFalse();
        assertThat(outcome.retentionUntil()).isEqualTo(TODAY.minusYears(2).plusYears(8));
        assertThat(jdbc.queryForObject(
                        "select outcome from erasure_request where client_id = ?", String.class, client.id()))
                .isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where client_id = ? and action = 'ERASURE_REFUSED'",
                        String.class,
                        client.id()))
                .startsWith("Records must be kept until");
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_note where client_id = ?", Long.class, client.id()))
                .isEqualTo(1);
    }

    @Test
    void a_client_treated_as_a_child_is_kept_until_25() {
        ClientForm form = Fixtures.validForm("Young", Fixtures.unique("Client"));
        form.setDateOfBirth(TODAY.minusYears(20));
        ClientDetails client =
                fixtures.runAs(ANNA, () -> fixtures.clientService().create(form));
        fixtures.runAs(ANNA, () -> {
            consent(client.id());
            sign(client.id(), TODAY.minusYears(9));
            return null;
        });
        ErasureOutcome outcome = fixtures.runAs(ANNA, () -> erasure.request(client.id()));
        assertThat(outcome.erased()).isFalse();
        assertThat(outcome.retentionUntil()).isEqualTo(TODAY.minusYears(20).plusYears(25));
    }

    @Test
    void after_retention_every_record_goes_and_the_client_is_anonymised() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Old", "Client");
        fixtures.runAs(ANNA, () -> {
            var draft = intakes.start(client.id());
            intakes.complete(draft.id(), draft.version(), IntakeFixtures.complete());
            consent(client.id());
            DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusYears(9).minusDays(3));
            attack.setIntensity(5);
            diary.save(client.id(), null, attack);
            sign(client.id(), TODAY.minusYears(9));
            return null;
        });
        long auditBefore =
                jdbc.queryForObject("select count(*) from audit_event where client_id = ?", Long.class, client.id());

        ErasureOutcome outcome = fixtures.runAs(ANNA, () -> erasure.request(client.id()));

        assertThat(outcome.erased()).isTrue();
        for (String table : List.of("intake", "consent", "diary_entry", "session_note")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where client_id = ?", Long.class, client.id()))
                    .as(table)
                    .isZero();
        }
        Map<String, Object> row = jdbc.queryForMap(
                "select first_name, last_name, email, phone, date_of_birth, archived from client where id = ?",
                client.id());
        assertThat(row.get("first_name")).isEqualTo("Erased");
        assertThat(row.get("last_name")).isEqualTo("client " + client.id());
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("archived")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ?", Long.class, client.id()))
                .as("the audit trail stays whole and says so")
                .isGreaterThan(auditBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where client_id = ? and action = 'ERASE'",
                        Long.class,
                        client.id()))
                .isEqualTo(1);
    }

    @Test
    void erasure_covers_every_table_that_holds_client_records() {
        List<String> withClient = jdbc.queryForList(
                "select table_name from information_schema.columns where table_schema = database()"
                        + " and column_name = 'client_id' and table_name not in ('audit_event', 'erasure_request')",
                String.class);
        List<String> covered = new ArrayList<>();
        ErasureService.DELETIONS.forEach(sql -> covered.add(sql.split(" ")[2]));
        assertThat(covered).containsAll(withClient);
        // Tables reached through a parent: amendments (note), links and decisions (intake).
        assertThat(covered).contains("session_note_amendment", "intake_link", "intake_decision");
    }

    private void consent(long clientId) {
        var text = consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow();
        consents.record(clientId, null, IntakeFixtures.typed(text, true, "Client"));
    }

    private void sign(long clientId, LocalDate date) {
        var draft = notes.start(clientId);
        var form = draft.content();
        form.setDate(date);
        form.setDurationMinutes(45);
        form.setPainBefore(6);
        form.setPainAfter(3);
        form.setTechniques(List.of(new TechniqueUse(Technique.SWEDISH_MASSAGE, 45, PressureLevel.LIGHT)));
        form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
        notes.sign(draft.id(), draft.version(), form, null);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
