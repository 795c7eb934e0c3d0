package org.headroom.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The root address sends each user to where their work starts: therapists to their day, a
 * sign-in waiting for its second factor to the code page.
 */
@Route("")
@PermitAll
final class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;

    HomeView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.hasRole("TWO_FACTOR_PENDING")) {
            event.forwardTo("two-factor");
        } else if (authenticationContext.hasRole("TWO_FACTOR_SETUP")) {
            event.forwardTo("account/security");
        } else {
            boolean therapist = authenticationContext.hasRole("THERAPIST");
            event.forwardTo(therapist ? "today" : "admin/users");
        }
    }
}
