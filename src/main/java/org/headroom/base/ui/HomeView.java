package org.headroom.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The root address sends each user to where their work starts: therapists to their clients. */
@Route("")
@PermitAll
final class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;

    HomeView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean therapist = authenticationContext.hasRole("THERAPIST");
        event.forwardTo(therapist ? "clients" : "admin/users");
    }
}
