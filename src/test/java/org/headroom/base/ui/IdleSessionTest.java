package org.headroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.headroom.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

class IdleSessionTest extends ViewTest {

    @Autowired
    Environment environment;

    @Test
    void idle_sessions_are_closed_after_thirty_minutes_by_default() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .as("heartbeats must not keep an unattended session open")
                .isTrue();
        Duration timeout = Binder.get(environment)
                .bind("server.servlet.session.timeout", Duration.class)
                .get();
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
    }
}
