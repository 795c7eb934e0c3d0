package org.headroom.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.headroom.security.CurrentUser;
import org.headroom.security.Role;

/** The root address sends each user to where their work starts: therapists to their clients. */
@Route("")
@PermitAll
final class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean therapist =
                currentUser.get().map(u -> u.hasRole(Role.THERAPIST)).orElse(false);
        event.forwardTo(therapist ? "clients" : "admin/users");
    }
}
