package org.headroom.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.headroom.security.CurrentUser;
import org.headroom.security.IdleTimeout;
import org.springframework.stereotype.Component;

/**
 * What an open tab does when its session ends: it goes to the sign-in page, which says why. The
 * server ends idle sessions (IdleSessionFilter); a timer in the page, restarted by each round trip
 * to the server, takes an unattended tab there as soon as the time is up, so that no health data
 * stays on the screen; a request after that gets Vaadin's "session expired", which goes there too.
 */
@Component
class SessionExpiry implements VaadinServiceInitListener {

    static final String TARGET = "login?expired";

    private final IdleTimeout timeout;
    private final CurrentUser currentUser;

    SessionExpiry(IdleTimeout timeout, CurrentUser currentUser) {
        this.timeout = timeout;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL(TARGET);
            return messages;
        });
        event.getSource().addUIInitListener(ui -> {
            if (currentUser.get().isPresent()) {
                ui.getUI()
                        .getPage()
                        .executeJs(
                                """
                                if (window.headroomIdleTimer) { return; }
                                const limit = $0, target = $1;
                                let timer;
                                const restart = () => {
                                  clearTimeout(timer);
                                  timer = setTimeout(() => window.location.assign(target), limit);
                                };
                                window.headroomIdleTimer = restart;
                                restart();
                                const state = window.Vaadin && window.Vaadin.connectionState;
                                if (state && state.addStateChangeListener) {
                                  state.addStateChangeListener((before, now) => { if (now === 'connected') restart(); });
                                }
                                """,
                                // A few seconds after the server's limit, so that the server has ended it.
                                timeout.get().toMillis() + 2000,
                                TARGET);
            }
        });
    }
}
