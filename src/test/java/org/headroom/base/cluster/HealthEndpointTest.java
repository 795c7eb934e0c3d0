package org.headroom.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health address a load balancer asks (docs/scale-out.md): answered without a sign-in, says
 * UP or DOWN and nothing about the system; no other Actuator endpoint is reachable.
 */
@IntegrationTest
class HealthEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    GaleraHealth galera;

    @Autowired
    ReadinessHealth readiness;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private HttpResponse<String> get(String path) throws Exception {
        return LocalHttp.get(port, path);
    }

    @Test
    void health_answers_up_without_sign_in_and_without_details() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void no_other_actuator_endpoint_is_reachable() throws Exception {
        for (String path : new String[] {
            "/actuator",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/heapdump",
            "/actuator/health/db",
            "/actuator/info",
            "/actuator/metrics",
            "/actuator/loggers"
        }) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("\"status\"", "propertySources", "beans");
        }
    }

    @Test
    void a_server_still_starting_is_out_of_service() throws Exception {
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        org.springframework.boot.availability.AvailabilityChangeEvent.publish(
                context, org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
        } finally {
            org.springframework.boot.availability.AvailabilityChangeEvent.publish(
                    context, org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void the_embedded_database_is_not_galera_and_counts_as_up() {
        assertThat(galera.health().getStatus()).isEqualTo(Status.UP);
        assertThat(galera.health().getDetails()).containsEntry("galera", "none");
    }

    @Test
    void a_database_that_does_not_answer_is_down_not_an_error() {
        var nowhere = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:mariadb://127.0.0.1:1/headroom?connectTimeout=500", "nobody", "nothing");
        Health health = new GaleraHealth(new org.springframework.jdbc.core.JdbcTemplate(nowhere)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_galera_node_counts_only_when_ready_primary_and_synced() {
        Map<String, String> synced =
                Map.of("wsrep_ready", "ON", "wsrep_cluster_status", "Primary", "wsrep_local_state_comment", "Synced");
        assertThat(GaleraHealth.judge(synced).getStatus()).isEqualTo(Status.UP);
        assertThat(GaleraHealth.judge(Map.of(
                                "wsrep_ready", "OFF",
                                "wsrep_cluster_status", "non-Primary",
                                "wsrep_local_state_comment", "Initialized"))
                        .getStatus())
                .isEqualTo(Status.DOWN);
        assertThat(GaleraHealth.judge(Map.of(
                                "wsrep_ready", "ON",
                                "wsrep_cluster_status", "Primary",
                                "wsrep_local_state_comment", "Donor/Desynced"))
                        .getStatus())
                .isEqualTo(Status.DOWN);
    }
}
