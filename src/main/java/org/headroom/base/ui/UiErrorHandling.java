package org.headroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.headroom.base.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Errors that reach the UI: a request that arrives after sign-out or session expiry goes back to the
 * sign-in page; a refused action says so; anything else is logged with a reference that the user
 * can quote, instead of a technical error box.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (causedBy(error, AuthenticationCredentialsNotFoundException.class)) {
            if (ui != null) {
                ui.getPage().setLocation("login");
            }
            return;
        }
        if (causedBy(error, AccessDeniedException.class)) {
            LOG.warn("Refused: {}", error.getMessage());
            if (ui != null) {
                ui.access(() -> Notifications.problem(ui.getTranslation("error.access-denied")));
            }
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, error);
        if (ui != null) {
            ui.access(() -> Notifications.problem(ui.getTranslation("error.unexpected", reference)));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        return Causes.any(error, type::isInstance);
    }
}
