package org.headroom.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's enabled therapists by name, as the public booking page and the messages to
 * clients name them. Gives nothing but id and name, and only of enabled therapist accounts.
 */
@Component
public class PublicTherapists {

    private final AppUserRepository users;

    PublicTherapists(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<TherapistSummary> enabled() {
        return users.findEnabledWithRole(Role.THERAPIST).stream()
                .map(u -> new TherapistSummary(u.getId(), u.getDisplayName(), null))
                .sorted(java.util.Comparator.comparing(TherapistSummary::displayName))
                .toList();
    }

    /** An enabled therapist's name. */
    @Transactional(readOnly = true)
    public Optional<String> name(long therapistId) {
        return users.findById(therapistId)
                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.THERAPIST))
                .map(AppUser::getDisplayName);
    }
}
