package org.headroom.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headroom.base.embeddeddb.TestDatabase;

/**
 * The production jar (built by {@code ./mvnw verify} before the integration tests, with the
 * production frontend bundle), run as its own process on the test JVM's database, so that the same
 * browser journeys and fixtures drive what users run. Started once, on first use, when the system
 * property {@code headroom.production.jar} names the jar; stopped when the JVM ends.
 */
final class ProductionServer {

    static final String JAR_PROPERTY = "headroom.production.jar";
    /** Test stand-ins for the six questions of a licensed HIT-6 form (never shipped: docs/instruments.md). */
    static final java.util.List<String> HIT6_TEST_ITEMS = java.util.List.of(
            "Test item one", "Test item two", "Test item three", "Test item four", "Test item five", "Test item six");

    /** The same key as src/test/resources/application-test.properties: both servers read the same secrets. */
    private static final String TEST_SECRET_KEY = "dGVzdC1vbmx5LWtleS1mb3ItaGVhZHJvb20tdGVzdHM=";

    private static String baseUrl;
    private static Process process;

    private ProductionServer() {}

    /** Whether the browser tests of this run are meant for the production jar. */
    static boolean wanted() {
        String jar = System.getProperty(JAR_PROPERTY);
        return jar != null && !jar.isBlank();
    }

    static synchronized String baseUrl() {
        if (baseUrl == null) {
            baseUrl = start(Path.of(System.getProperty(JAR_PROPERTY)));
        }
        return baseUrl;
    }

    private static String start(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar + " (./mvnw verify builds it)");
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            // What the production build lays out for a fast start, when it did (JDK 25): the
            // application jar beside lib/ with its ahead-of-time cache; else the single jar. With
            // AOTMode=on the JVM refuses to start if the cache cannot be used, so a cache that
            // does not fit the jar fails every journey instead of going unnoticed.
            Path laidOut = jar.resolveSibling("headroom").resolve(jar.getFileName());
            Path cache = laidOut.resolveSibling("headroom.aot");
            List<String> start = Files.isRegularFile(cache)
                    ? List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-jar", laidOut.toString())
                    : List.of("-jar", jar.toString());
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
            command.addAll(start);
            command.addAll(List.of(
                    "--server.port=" + port,
                    "--spring.datasource.url=" + TestDatabase.url(),
                    "--spring.datasource.username=" + TestDatabase.adminUser(),
                    "--spring.datasource.password=" + TestDatabase.adminPassword(),
                    "--headroom.demo-data.enabled=false",
                    "--headroom.security.secret-key=" + TEST_SECRET_KEY,
                    // Stand-ins for a licensed HIT-6 form's wording, as in application-test.properties.
                    "--headroom.client-diary.hit6-items=" + String.join(",", HIT6_TEST_ITEMS),
                    "--headroom.client-diary.reminder-cron=-",
                    "--headroom.booking.reminder-cron=-",
                    "--headroom.booking.minimum-notice=0m",
                    // A real SMTP server for the production jar's messages (the journeys read them there).
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + JourneySmtp.port(),
                    "--logging.level.root=WARN"));
            // Beside the build's other reports, overwritten by the next run.
            Path log = Files.createDirectories(Path.of("target")).resolve("production-jar.log");
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> process.destroy(), "production-jar-stop"));
            String url = "http://localhost:" + port;
            waitForSignInPage(url, log);
            return url;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the production jar", e);
        }
    }

    private static void waitForSignInPage(String url, Path log) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar stopped:\n" + Files.readString(log));
            }
            try {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(url + "/login"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The production jar did not answer in 120 s:\n" + Files.readString(log));
    }
}
