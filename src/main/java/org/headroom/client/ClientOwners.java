package org.headroom.client;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose client a client is, for work done without a therapist signed in (a client's own diary
 * link acts for the client's current therapist, through that therapist's checks). Internal: the
 * caller has already checked the link or device that names the client.
 */
@Component
public class ClientOwners {

    private final ClientRepository clients;

    ClientOwners(ClientRepository clients) {
        this.clients = clients;
    }

    /** How a client is greeted and reached, for a message or a date-of-birth check. */
    public record Contact(long therapistId, String greetingName, String email, java.time.LocalDate dateOfBirth) {}

    @Transactional(readOnly = true)
    public Optional<Contact> contact(long clientId) {
        return clients.findById(clientId).filter(c -> !c.isArchived()).map(c -> {
            ClientDetails d = c.toDetails(java.time.LocalDate.now());
            return new Contact(d.therapistId(), d.greetingName(), d.email(), d.dateOfBirth());
        });
    }

    /**
     * The clients' initials ("A. B.") by id, read in one go, for a calendar feed or the admin's
     * calendar, which must not carry names; a client that does not exist is left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> initials(java.util.Collection<Long> clientIds) {
        java.util.Map<Long, String> initials = new java.util.HashMap<>();
        clients.findAllById(clientIds).forEach(c -> {
            ClientDetails d = c.toDetails(java.time.LocalDate.now());
            initials.put(c.getId(), initial(d.firstName()) + " " + initial(d.lastName()));
        });
        return initials;
    }

    private static String initial(String name) {
        return name == null || name.isBlank()
                ? ""
                : name.strip().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".";
    }

    /** The therapist of an active (not archived) client. */
    @Transactional(readOnly = true)
    public Optional<Long> therapistOf(long clientId) {
        return clients.findById(clientId).filter(c -> !c.isArchived()).map(Client::getTherapistId);
    }
}
