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

        everyVariableIsInTheExample(text);
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

    @Test
    @SuppressWarnings("unchecked")
    void the_cluster_compose_runs_galera_a_migrate_step_two_servers_and_haproxy() throws IOException {
        Path cluster = DOCKER.resolve("cluster");
        String text = Files.readString(cluster.resolve("compose.yaml"));
        Map<String, Object> compose = new Yaml().load(text);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("galera1", "galera2", "galera3", "migrate", "app1", "app2", "haproxy");
        // Only galera1 may start a new cluster; the others join it.
        assertThat((Map<String, String>) services.get("galera1").get("environment"))
                .containsEntry("BOOTSTRAP", "${GALERA1_BOOTSTRAP:-yes}");
        assertThat((Map<String, String>) services.get("galera2").get("environment"))
                .containsEntry("BOOTSTRAP", "no");
        // Migrations once, before the servers, which never migrate.
        Map<String, String> migrate =
                (Map<String, String>) services.get("migrate").get("environment");
        assertThat(migrate.get("JAVA_TOOL_OPTIONS")).contains("-Dspring.context.exit=onRefresh");
        assertThat(migrate)
                .containsEntry("SPRING_FLYWAY_ENABLED", "true")
                .containsEntry("SPRING_FLYWAY_USER", "headroom_owner");
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> server = services.get(app);
            Map<String, String> environment = (Map<String, String>) server.get("environment");
            assertThat(environment)
                    .containsEntry("SPRING_FLYWAY_ENABLED", "false")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "prod");
            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .startsWith("jdbc:mariadb:sequential://galera1:3306,galera2:3306,galera3:3306/");
            assertThat(((Map<String, Map<String, String>>) server.get("depends_on")).get("migrate"))
                    .containsEntry("condition", "service_completed_successfully");
            assertThat(server.get("healthcheck").toString()).contains("/actuator/health");
        }
        // HAProxy: sticky cookie and health checks on the servers' health endpoint.
        String haproxy = Files.readString(cluster.resolve("haproxy.cfg"));
        assertThat(haproxy).contains("cookie HEADROOM_SERVER insert").contains("option httpchk GET /actuator/health");
        assertThat(Files.readString(cluster.resolve("galera.cnf")))
                .contains("binlog_format = ROW", "innodb_autoinc_lock_mode = 2", "log_bin_trust_function_creators = 1");
        assertThat(text).doesNotContainIgnoringCase("password: secret");
        everyVariableIsInTheExample(text);
    }

    /** Every ${VARIABLE} a compose file reads is listed, with a value to replace, in docker/.env.example. */
    private static void everyVariableIsInTheExample(String compose) throws IOException {
        String example = Files.readString(DOCKER.resolve(".env.example"));
        Matcher variables = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(compose);
        while (variables.find()) {
            assertThat(example)
                    .as("docker/.env.example lists " + variables.group(1))
                    .contains(variables.group(1) + "=");
        }
    }
}
