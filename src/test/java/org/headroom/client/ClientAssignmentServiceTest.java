package org.headroom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.ConcurrentEditException;
import org.headroom.security.TherapistSummary;
import org.headroom.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ClientAssignmentServiceTest {

    @Autowired
    ClientAssignmentService assignments;

    @Autowired
    ClientService clients;

    @Autowired
    UserAccountService accounts;

    @Autowired
    Fixtures fixtures;

    @Test
    void admin_moves_a_client_to_another_therapist() {
        ClientDetails client = fixtures.clientOf(ANNA, "Moving", "Client");
        long ben = therapistId("Ben Therapist");

        ClientAssignment moved = fixtures.runAs(ADMIN, () -> assignments.reassign(client.id(), client.version(), ben));

        assertThat(moved.therapistId()).isEqualTo(ben);
        assertThat(fixtures.runAs(BEN, () -> clients.find(client.id()))).isPresent();
        assertThat(fixtures.runAs(ANNA, () -> clients.find(client.id()))).isEmpty();
    }

    @Test
    void admin_sees_every_therapists_clients_by_name() {
        ClientDetails annas = fixtures.clientOf(ANNA, "Listed", "Anna");
        ClientDetails bens = fixtures.clientOf(BEN, "Listed", "Ben");

        var found = fixtures.runAs(
                ADMIN,
                () -> assignments.search(
                        new ClientFilter(annas.lastName(), ClientFilter.Status.ALL), PageRequest.of(0, 10)));
        var foundBen = fixtures.runAs(
                ADMIN,
                () -> assignments.search(
                        new ClientFilter(bens.lastName(), ClientFilter.Status.ALL), PageRequest.of(0, 10)));

        assertThat(found).extracting(ClientAssignment::id).containsExactly(annas.id());
        assertThat(foundBen).extracting(ClientAssignment::id).containsExactly(bens.id());
    }

    @Test
    void reassignment_to_someone_who_is_not_an_active_therapist_is_refused() {
        ClientDetails client = fixtures.clientOf(ANNA, "Stays", "Put");
        long adminId = fixtures.runAs(ADMIN, () -> accounts.list(PageRequest.of(0, 100))).stream()
                .filter(a -> a.username().equals(ADMIN))
                .findFirst()
                .orElseThrow()
                .id();

        assertThatThrownBy(
                        () -> fixtures.runAs(ADMIN, () -> assignments.reassign(client.id(), client.version(), adminId)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixtures.runAs(
                        ADMIN,
                        () -> assignments.reassign(client.id(), client.version() + 7, therapistId("Ben Therapist"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fixtures.runAs(ANNA, () -> clients.find(client.id()))).isPresent();
    }

    @Test
    void a_therapist_cannot_reassign_clients() {
        ClientDetails client = fixtures.clientOf(ANNA, "Not", "Mine");
        assertThatThrownBy(() -> fixtures.runAs(
                        ANNA, () -> assignments.reassign(client.id(), client.version(), therapistId("Anna Therapist"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long therapistId(String name) {
        return fixtures.runAs(ADMIN, () -> accounts.activeTherapists()).stream()
                .filter(t -> t.displayName().equals(name))
                .mapToLong(TherapistSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
