package org.headroom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ClientServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50, Sort.by("lastName", "firstName"));

    @Autowired
    ClientService clients;

    @Autowired
    ClientRepository repository;

    @Autowired
    Fixtures fixtures;

    @Test
    void therapist_creates_a_client_and_reads_it_back() {
        ClientForm form = Fixtures.validForm("Harriet", Fixtures.unique("Vane"));
        form.setGpPractice("Riverside Medical Centre");
        form.setNotes("Prefers morning appointments");

        ClientDetails created = fixtures.runAs(ANNA, () -> clients.create(form));
        ClientDetails read = fixtures.runAs(ANNA, () -> clients.get(created.id()));

        assertThat(read.fullName()).isEqualTo("Harriet " + form.getLastName());
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1984, 5, 17));
        assertThat(read.gpPractice()).isEqualTo("Riverside Medical Centre");
        assertThat(read.notes()).isEqualTo("Prefers morning appointments");
        assertThat(read.archived()).isFalse();
        assertThat(read.createdAt()).isNotNull();
    }

    @Test
    void another_therapists_client_is_not_found_and_cannot_be_changed() {
        ClientDetails annas = fixtures.clientOf(ANNA, "Private", "Person");
        ClientForm edit = annas.toForm();
        edit.setNotes("tampered");

        fixtures.runAs(BEN, () -> {
            assertThat(clients.find(annas.id())).isEmpty();
            assertThatThrownBy(() -> clients.get(annas.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> clients.checkAccess(annas.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> clients.update(annas.id(), edit)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> clients.archive(annas.id(), annas.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(clients.search(new ClientFilter(annas.lastName(), ClientFilter.Status.ALL), FIRST_PAGE))
                    .isEmpty();
            assertThat(clients.count(new ClientFilter(annas.lastName(), ClientFilter.Status.ALL)))
                    .isZero();
            return null;
        });
        assertThat(fixtures.runAs(ANNA, () -> clients.get(annas.id())).notes()).isNull();
    }

    @Test
    void invalid_input_is_refused_and_nothing_is_saved() {
        long before = repository.count();
        ClientForm blankName = Fixtures.validForm(" ", "Nobody");
        ClientForm futureBirth = Fixtures.validForm("Future", "Person");
        futureBirth.setDateOfBirth(LocalDate.now().plusDays(1));
        ClientForm badEmail = Fixtures.validForm("Bad", "Email");
        badEmail.setEmail("not an email");
        ClientForm badPhone = Fixtures.validForm("Bad", "Phone");
        badPhone.setPhone("call me maybe");

        for (ClientForm form : List.of(blankName, futureBirth, badEmail, badPhone)) {
            assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> clients.create(form)))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_the_first_change_is_kept() {
        ClientDetails client = fixtures.clientOf(ANNA, "Shared", "Record");
        ClientForm first = client.toForm();
        ClientForm second = client.toForm();
        first.setPhone("07700 900001");
        second.setPhone("07700 900002");

        fixtures.runAs(ANNA, () -> clients.update(client.id(), first));

        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> clients.update(client.id(), second)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fixtures.runAs(ANNA, () -> clients.get(client.id())).phone()).isEqualTo("07700 900001");
    }

    @Test
    void search_matches_name_prefixes_within_the_chosen_status() {
        String family = Fixtures.unique("Quill");
        ClientDetails ada = fixtures.runAs(ANNA, () -> clients.create(Fixtures.validForm("Ada", family)));
        ClientDetails bea = fixtures.runAs(ANNA, () -> clients.create(Fixtures.validForm("Bea", family)));
        fixtures.runAs(ANNA, () -> clients.archive(bea.id(), bea.version()));

        List<ClientSummary> active = fixtures.runAs(
                ANNA, () -> clients.search(new ClientFilter(family, ClientFilter.Status.ACTIVE), FIRST_PAGE));
        List<ClientSummary> archived = fixtures.runAs(
                ANNA,
                () -> clients.search(
                        new ClientFilter(family.substring(0, 7), ClientFilter.Status.ARCHIVED), FIRST_PAGE));
        List<ClientSummary> fullName = fixtures.runAs(
                ANNA, () -> clients.search(new ClientFilter("ada  " + family, ClientFilter.Status.ALL), FIRST_PAGE));
        List<ClientSummary> wildcard = fixtures.runAs(
                ANNA, () -> clients.search(new ClientFilter("%" + family, ClientFilter.Status.ALL), FIRST_PAGE));

        assertThat(active).extracting(ClientSummary::id).containsExactly(ada.id());
        assertThat(archived).extracting(ClientSummary::id).contains(bea.id()).doesNotContain(ada.id());
        assertThat(fullName).extracting(ClientSummary::id).containsExactly(ada.id());
        assertThat(wildcard).isEmpty();
    }

    @Test
    void archiving_keeps_the_record_and_restoring_brings_it_back() {
        ClientDetails client = fixtures.clientOf(ANNA, "Archie", "Ved");

        ClientDetails archived = fixtures.runAs(ANNA, () -> clients.archive(client.id(), client.version()));
        assertThat(archived.archived()).isTrue();
        assertThat(repository.existsById(client.id())).isTrue();

        ClientDetails restored = fixtures.runAs(ANNA, () -> clients.restore(client.id(), archived.version()));
        assertThat(restored.archived()).isFalse();
        assertThatThrownBy(() -> fixtures.runAs(ANNA, () -> clients.archive(client.id(), client.version())))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_practice_admin_who_is_not_a_therapist_reads_no_client_records() {
        ClientDetails client = fixtures.clientOf(ANNA, "Admin", "Proof");
        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> clients.get(client.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.runAs(ADMIN, () -> clients.search(ClientFilter.active(), FIRST_PAGE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThatThrownBy(() -> clients.search(ClientFilter.active(), FIRST_PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
