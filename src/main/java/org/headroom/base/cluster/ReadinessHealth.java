package org.headroom.base.cluster;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: out of service until the start-up work is done (the demo
 * practice loaded, the diary's period figures computed), which runs after the web server already
 * answers. A load balancer then sends no one to a server that is still starting (docs/scale-out.md).
 */
@Component("readiness")
class ReadinessHealth implements HealthIndicator {

    private final ApplicationAvailability availability;

    ReadinessHealth(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                ? Health.up().build()
                : Health.outOfService().build();
    }
}
