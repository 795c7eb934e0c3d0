package org.headroom.security;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of the people who created, changed or signed records, so that every entry is attributable
 * (CNHC code: records are attributable). Gives names and registration numbers only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserDirectory {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    public Map<Long, String> names(Collection<Long> ids) {
        return users
                .findAllById(ids.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
    }

    public TherapistSummary therapist(long id) {
        return users.findById(id)
                .map(u -> new TherapistSummary(u.getId(), u.getDisplayName(), u.getProfessionalRegistration()))
                .orElseThrow(() -> new org.headroom.base.RecordNotFoundException("User", id));
    }
}
