package org.headroom.client;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.SingleStatementRead;
import org.headroom.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Client records for the signed-in therapist. Every method works only on the therapist's own
 * clients: another therapist's client is reported as not found, never shown. Other features call
 * {@link #checkAccess(long)} before they touch anything that belongs to a client.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class ClientService {

    static final String RECORD = "Client";

    private final ClientRepository clients;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ClientService(ClientRepository clients, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @SingleStatementRead
    public List<ClientSummary> search(ClientFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return clients
                .rows(currentUser.requireTherapistId(), filter.archivedFlag(), filter.likePrefix(), pageable)
                .stream()
                .map(row -> row.toSummary(today))
                .toList();
    }

    /**
     * The signed-in therapist's clients (archived ones included) with the same first and last name
     * and date of birth as this form: probably the same person, so the screen offers the existing
     * record before a second one is made.
     */
    @Transactional(readOnly = true)
    public List<ClientSummary> sameNameAndBirth(ClientForm form) {
        if (form.getFirstName() == null || form.getLastName() == null || form.getDateOfBirth() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return clients
                .sameNameAndBirth(
                        currentUser.requireTherapistId(),
                        form.getFirstName().strip(),
                        form.getLastName().strip(),
                        form.getDateOfBirth())
                .stream()
                .map(c -> c.toSummary(today))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(ClientFilter filter) {
        return clients.countSearch(currentUser.requireTherapistId(), filter.archivedFlag(), filter.likePrefix());
    }

    /** The client, or empty when it does not exist or belongs to another therapist. */
    @Transactional(readOnly = true)
    public Optional<ClientDetails> find(long clientId) {
        Optional<ClientDetails> found = findOwned(clientId).map(c -> c.toDetails(LocalDate.now(clock)));
        found.ifPresent(c -> audit.read(RecordType.CLIENT, clientId, clientId));
        return found;
    }

    @Transactional(readOnly = true)
    public ClientDetails get(long clientId) {
        ClientDetails client = owned(clientId).toDetails(LocalDate.now(clock));
        audit.read(RecordType.CLIENT, clientId, clientId);
        return client;
    }

    /**
     * The client as a link sent by their therapist needs them (to check the date of birth and greet
     * them), run on behalf of that therapist. Writes no "opened by the therapist" line: the link
     * records its own use ({@code AuditTrail.byLink}).
     */
    @Transactional(readOnly = true)
    public ClientDetails getForLink(long clientId) {
        return owned(clientId).toDetails(LocalDate.now(clock));
    }

    /**
     * Refuses with {@link RecordNotFoundException} unless the client exists and belongs to the
     * signed-in therapist.
     */
    @Transactional(readOnly = true)
    public void checkAccess(long clientId) {
        // Asked by every service that touches a client, several times for one page: a look-up in
        // the primary key, without loading the record.
        if (!clients.existsByIdAndTherapistId(clientId, currentUser.requireTherapistId())) {
            throw new RecordNotFoundException(RECORD, clientId);
        }
    }

    public ClientDetails create(@Valid ClientForm form) {
        long therapistId = currentUser.requireTherapistId();
        Instant now = clock.instant();
        Client client = new Client(therapistId, therapistId, now);
        client.apply(form, therapistId, now);
        Client saved = clients.saveAndFlush(client);
        audit.change(AuditAction.CREATE, RecordType.CLIENT, saved.getId(), saved.getId());
        return saved.toDetails(LocalDate.now(clock));
    }

    /**
     * Creates a client from an online booking: "new, booked online" until the therapist saves the
     * record, with the time they agreed to be contacted. The caller has checked the booking.
     */
    public ClientDetails createBookedOnline(@Valid ClientForm form, Instant agreedAt) {
        long therapistId = currentUser.requireTherapistId();
        Instant now = clock.instant();
        Client client = new Client(therapistId, therapistId, now);
        client.apply(form, therapistId, now);
        client.bookedOnline(agreedAt);
        Client saved = clients.saveAndFlush(client);
        audit.change(AuditAction.CREATE, RecordType.CLIENT, saved.getId(), saved.getId(), "booked online");
        return saved.toDetails(LocalDate.now(clock));
    }

    /**
     * The therapist's active client with this name, date of birth and e-mail address, if there is
     * exactly one: an online booking by someone already known is booked for their record (and
     * confirmed to the address on it) rather than making a second one.
     */
    @Transactional(readOnly = true)
    public Optional<Long> knownForBooking(String firstName, String lastName, LocalDate dateOfBirth, String email) {
        List<Client> same = clients.sameNameAndBirth(
                currentUser.requireTherapistId(), firstName.strip(), lastName.strip(), dateOfBirth);
        LocalDate today = LocalDate.now(clock);
        List<Client> matching = same.stream()
                .filter(c -> !c.isArchived())
                .filter(c -> email.strip().equalsIgnoreCase(c.toDetails(today).email()))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.getFirst().getId()) : Optional.empty();
    }

    /**
     * Saves an edit. Refused with {@link ConcurrentEditException} when someone else saved the client
     * after {@code form.version}; nothing is overwritten.
     */
    public ClientDetails update(long clientId, @Valid ClientForm form) {
        Client client = owned(clientId);
        ConcurrentEditException.check(RECORD, clientId, form.getVersion(), client.getVersion());
        client.apply(form, currentUser.require().id(), clock.instant());
        client.reviewed();
        audit.change(AuditAction.UPDATE, RecordType.CLIENT, clientId, clientId);
        return clients.saveAndFlush(client).toDetails(LocalDate.now(clock));
    }

    /** Archives instead of deleting: records must be kept for the retention period. */
    public ClientDetails archive(long clientId, long expectedVersion) {
        return setArchived(clientId, expectedVersion, true);
    }

    public ClientDetails restore(long clientId, long expectedVersion) {
        return setArchived(clientId, expectedVersion, false);
    }

    private ClientDetails setArchived(long clientId, long expectedVersion, boolean archived) {
        Client client = owned(clientId);
        ConcurrentEditException.check(RECORD, clientId, expectedVersion, client.getVersion());
        client.setArchived(archived, currentUser.require().id(), clock.instant());
        audit.change(AuditAction.UPDATE, RecordType.CLIENT, clientId, clientId, archived ? "archived" : "restored");
        return clients.saveAndFlush(client).toDetails(LocalDate.now(clock));
    }

    /**
     * The names of those of the given clients that belong to the signed-in therapist (for a list
     * of appointments); others are left out. Writes no read line: the caller's record does.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> names(java.util.Collection<Long> clientIds) {
        long therapistId = currentUser.requireTherapistId();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        clients.findAllById(clientIds).stream()
                .filter(c -> c.getTherapistId() == therapistId)
                .forEach(c ->
                        names.put(c.getId(), c.toDetails(LocalDate.now(clock)).fullName()));
        return names;
    }

    private Optional<Client> findOwned(long clientId) {
        long therapistId = currentUser.requireTherapistId();
        return clients.findById(clientId).filter(c -> c.getTherapistId() == therapistId);
    }

    private Client owned(long clientId) {
        return findOwned(clientId).orElseThrow(() -> new RecordNotFoundException(RECORD, clientId));
    }
}
