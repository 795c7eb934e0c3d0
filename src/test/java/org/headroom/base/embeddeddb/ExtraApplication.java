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

    static ConfigurableApplicationContext production(String... properties) {
        return start(new String[] {"prod"}, properties);
    }

    /** The default (demo) profile against the given database: the demo practice is loaded into it. */
    static ConfigurableApplicationContext demo(String... properties) {
        return start(new String[0], properties);
    }

    private static ConfigurableApplicationContext start(String[] profiles, String... properties) {
        String[] common = {
            "server.port=0",
            "spring.datasource.username=root",
            "spring.datasource.password=",
            "vaadin.productionMode=false"
        };
        String[] arguments = Stream.concat(Arrays.stream(common), Arrays.stream(properties))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .profiles(profiles)
                .run(arguments);
    }

    /** The JDBC address of a new, empty schema on the shared test server. */
    static String freshSchemaUrl(String stem) {
        String shared = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties("", 0, "headroom"));
        String schema = stem + "_" + UUID.randomUUID().toString().substring(0, 8);
        return shared.substring(0, shared.lastIndexOf('/') + 1) + schema + "?createDatabaseIfNotExist=true";
    }
}
