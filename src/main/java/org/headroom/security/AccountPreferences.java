package org.headroom.security;

import org.headroom.base.AccountColours;
import org.headroom.base.ColourChoice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a signed-in person sets for themselves and nobody else: their colours. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountPreferences implements AccountColours {

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    AccountPreferences(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public ColourChoice colours() {
        return currentUser
                .get()
                .flatMap(u -> users.findById(u.id()))
                .map(AppUser::getColours)
                .orElse(ColourChoice.SYSTEM);
    }

    @Override
    public void choose(ColourChoice choice) {
        if (choice == null) {
            throw new IllegalArgumentException("A colour choice is needed");
        }
        AppUser user = users.findById(currentUser.require().id()).orElseThrow();
        user.setColours(choice);
    }
}
