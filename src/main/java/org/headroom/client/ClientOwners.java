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

    /** A client's initials ("A. B."), for a calendar feed that must not carry names. */
    @Transactional(readOnly = true)
    public Optional<String> initials(long clientId) {
        return clients.findById(clientId).map(c -> {
            ClientDetails d = c.toDetails(java.time.LocalDate.now());
            return initial(d.firstName()) + " " + initial(d.lastName());
        });
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
