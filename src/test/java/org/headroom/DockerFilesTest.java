package org.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Docker files as a deployment needs them: the image builds in stages and runs as a non-root
 * user, compose runs MariaDB and the app with health checks and a named volume, and every secret
 * comes from docker/.env (the example lists each one; none is written into the files).
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("docker");

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_mariadb_and_the_app_with_health_checks_a_named_volume_and_secrets_from_env() throws IOException {
        String text = Files.readString(DOCKER.resolve("compose.yaml"));
        Map<String, Object> compose = new Yaml().load(text);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("db", "app");
        Map<String, Object> db = (Map<String, Object>) services.get("db");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(db).containsKey("healthcheck");
        assertThat(app).containsKey("healthcheck");
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.startsWith("headroom-db:"));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("headroom-db");
        assertThat(((Map<String, Map<String, String>>) app.get("depends_on")).get("db"))
                .containsEntry("condition", "service_healthy");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        // The application connects with the data-only account; migrations run as the owner.
        assertThat(environment).containsEntry("SPRING_DATASOURCE_USERNAME", "headroom_app");
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${DB_APP_PASSWORD");
        assertThat(environment).containsEntry("SPRING_FLYWAY_USER", "headroom_owner");
        assertThat(environment.get("SPRING_FLYWAY_PASSWORD")).startsWith("${DB_OWNER_PASSWORD");
        assertThat(Files.readString(Path.of("docker/initdb/10-application-account.sh")))
                .contains("GRANT SELECT, INSERT, UPDATE, DELETE ON")
                .doesNotContain("ALL PRIVILEGES");
        assertThat(text).doesNotContainIgnoringCase("password: secret").doesNotContain("headroom-demo");

        String example = Files.readString(DOCKER.resolve(".env.example"));
        Matcher variables = Pattern.compile("\\$\\{([A-Z_]+)").matcher(text);
        while (variables.find()) {
            assertThat(example)
                    .as("docker/.env.example lists " + variables.group(1))
                    .contains(variables.group(1) + "=");
        }
    }

    @Test
    void the_image_is_built_in_stages_and_runs_as_a_non_root_user_in_production() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(Pattern.compile("^FROM ", Pattern.MULTILINE)
                        .matcher(dockerfile)
                        .results()
                        .count())
                .isGreaterThanOrEqualTo(2);
        assertThat(dockerfile).contains("-Pproduction").contains("HEALTHCHECK").contains("SPRING_PROFILES_ACTIVE=prod");
        assertThat(Pattern.compile("^USER (\\w+)", Pattern.MULTILINE)
                        .matcher(dockerfile)
                        .results()
                        .map(m -> m.group(1))
                        .toList())
                .isNotEmpty()
                .doesNotContain("root");
        // The image trains the ahead-of-time cache where it runs, and starts with it.
        assertThat(dockerfile)
                .contains("-XX:AOTCacheOutput=/app/headroom.aot")
                .contains("org.headroom.AotTraining")
                .contains("\"-XX:AOTCache=/app/headroom.aot\", \"-jar\", \"/app/headroom.jar\"");
    }
}
