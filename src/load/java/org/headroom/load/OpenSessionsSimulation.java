package org.headroom.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens a number of therapists' sessions and keeps them open, to measure the heap each open session
 * holds: every therapist signs in, visits one client (diary entry, signed note, report) and stays on
 * the report while the sessions are counted. When the last one has arrived, the file named by
 * {@code openMarker} is written; {@code docs/load-test.sh} then forces a full collection in the
 * server and reads its live heap. After {@code holdSeconds} every therapist signs out.
 *
 * <p>Settings (system properties): {@code sessions}, {@code rampSeconds}, {@code holdSeconds},
 * {@code openMarker}, and those of {@link TherapistJourneySimulation}.
 */
public class OpenSessionsSimulation extends Simulation {

    private static final int SESSIONS = Integer.getInteger("sessions", 100);
    private static final int RAMP = Integer.getInteger("rampSeconds", 60);
    private static final int HOLD = Integer.getInteger("holdSeconds", 90);
    private static final Path MARKER = Path.of(System.getProperty("openMarker", "target/load/sessions-open"));
    private static final AtomicInteger OPEN = new AtomicInteger();

    ScenarioBuilder sessions = scenario("open sessions")
            .exec(feed(TherapistJourneySimulation.accounts().iterator()))
            .exec(TherapistJourneySimulation.signIn())
            .exec(TherapistJourneySimulation.clientVisit())
            .exec(session -> {
                if (OPEN.incrementAndGet() == SESSIONS) {
                    try {
                        Files.createDirectories(MARKER.toAbsolutePath().getParent());
                        Files.writeString(MARKER, String.valueOf(SESSIONS));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return session;
            })
            .exec(pause(Duration.ofSeconds(HOLD)))
            .exec(TherapistJourneySimulation.signOut());

    {
        setUp(sessions.injectOpen(rampUsers(SESSIONS).during(Duration.ofSeconds(RAMP))))
                .protocols(TherapistJourneySimulation.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
