package org.headroom.base.embeddeddb;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.headroom.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a second Headroom against a schema of the test server, in the {@code prod} or the default profile. */
final class ExtraApplication {

    private ExtraApplication() {}

    /** A key for secrets at rest, which production requires (32 bytes, Base64). */
    static final String SECRET_KEY = "headroom.security.secret-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    /** The address clients reach the practice at, which production requires. */
    static final String PUBLIC_URL = "headroom.public-url=https://care.example.org";

    /** Production with these settings, plus the key for secrets and the public address it requires. */
    static ConfigurableApplicationContext production(String... properties) {
        String[] withKey = Arrays.copyOf(properties, properties.length + 2);
        withKey[properties.length] = SECRET_KEY;
        withKey[properties.length + 1] = PUBLIC_URL;
        return start(new String[] {"prod"}, withKey);
    }

    /** Production with exactly these settings, no secrets key or public address added. */
    static ConfigurableApplicationContext productionAsGiven(String... properties) {
        return start(new String[] {"prod"}, properties);
    }

    /** The default (demo) profile against the given database: the demo practice is loaded into it. */
    static ConfigurableApplicationContext demo(String... properties) {
        String[] withDemo = Arrays.copyOf(properties, properties.length + 1);
        withDemo[properties.length] = "headroom.demo-data.enabled=true";
        return start(new String[0], withDemo);
    }

    private static ConfigurableApplicationContext start(String[] profiles, String... properties) {
        sharedServer();
        boolean ownAccount = Arrays.stream(properties).anyMatch(p -> p.startsWith("spring.datasource.username="));
        String[] common = ownAccount
                ? new String[] {"server.port=0", "vaadin.productionMode=false"}
                : new String[] {
                    "server.port=0",
                    "spring.datasource.username=" + EmbeddedCredentials.ADMIN,
                    "spring.datasource.password="
                            + EmbeddedMariaDb.credentials().adminPassword(),
                    "vaadin.productionMode=false"
                };
        String[] arguments = Stream.concat(Arrays.stream(common), Arrays.stream(properties))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .profiles(profiles)
                .run(arguments);
    }

    /** The test JVM's embedded server, started if need be, so that its accounts are known. */
    static String sharedServer() {
        return EmbeddedMariaDb.start(new EmbeddedDatabaseProperties("", 0, "headroom", ""));
    }

    /** The JDBC address of a new, empty schema on the shared test server. */
    static String freshSchemaUrl(String stem) {
        String shared = sharedServer();
        String schema = stem + "_" + UUID.randomUUID().toString().substring(0, 8);
        return shared.substring(0, shared.lastIndexOf('/') + 1) + schema + "?createDatabaseIfNotExist=true";
    }
}
