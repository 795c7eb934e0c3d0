package org.headroom.client;

import java.time.Clock;
import java.util.List;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.security.CurrentUser;
import org.headroom.security.TherapistSummary;
import org.headroom.security.UserAccountService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice admin's view of which therapist looks after which client, and reassignment (a
 * therapist leaves, a client moves). Shows identity only, never clinical records.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PRACTICE_ADMIN')")
public class ClientAssignmentService {

    private final ClientRepository clients;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ClientAssignmentService(
            ClientRepository clients,
            UserAccountService accounts,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ClientAssignment> search(ClientFilter filter, Pageable pageable) {
        return clients.search(null, filter.archivedFlag(), filter.likePrefix(), pageable).stream()
                .map(Client::toAssignment)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(ClientFilter filter) {
        return clients.countSearch(null, filter.archivedFlag(), filter.likePrefix());
    }

    /** Moves a client to another enabled therapist; refused if the client changed meanwhile. */
    public ClientAssignment reassign(long clientId, long expectedVersion, long therapistId) {
        Client client = clients.findById(clientId)
                .orElseThrow(() -> new RecordNotFoundException(ClientService.RECORD, clientId));
        ConcurrentEditException.check(ClientService.RECORD, clientId, expectedVersion, client.getVersion());
        boolean activeTherapist = accounts.activeTherapists().stream()
                .mapToLong(TherapistSummary::id)
                .anyMatch(id -> id == therapistId);
        if (!activeTherapist) {
            throw new IllegalArgumentException("Not an active therapist: " + therapistId);
        }
        client.reassign(therapistId, currentUser.require().id(), clock.instant());
        audit.change(
                AuditAction.UPDATE, RecordType.CLIENT, clientId, clientId, "reassigned to therapist " + therapistId);
        return clients.saveAndFlush(client).toAssignment();
    }
}
