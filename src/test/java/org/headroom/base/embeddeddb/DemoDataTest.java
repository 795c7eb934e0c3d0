package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.headroom.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code ./mvnw spring-boot:run} does on a fresh machine: the demo practice loads into an
 * empty database, through the real services, once.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class DemoDataTest {

    @Test
    void the_demo_practice_loads_once_with_clients_intakes_diaries_and_signed_notes() {
        String shared = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties("", 0, "headroom", ""));
        String url = shared.substring(0, shared.lastIndexOf('/') + 1) + "demo_"
                + UUID.randomUUID().toString().substring(0, 8) + "?createDatabaseIfNotExist=true";
        String[] args = {
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + EmbeddedCredentials.ADMIN,
            "--spring.datasource.password=" + EmbeddedMariaDb.credentials().adminPassword(),
            "--headroom.demo-data.enabled=true",
            "--server.port=0",
            "--vaadin.launch-browser=false"
        };
        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args)) {
                JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
                assertThat(jdbc.queryForList("select username from app_user order by username", String.class))
                        .containsExactly("admin", "james", "sarah");
                assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                        .isEqualTo(40);
                assertThat(jdbc.queryForObject("select count(*) from intake where status = 'COMPLETED'", Long.class))
                        .isEqualTo(12);
                assertThat(jdbc.queryForObject("select count(*) from session_note where status = 'SIGNED'", Long.class))
                        .isEqualTo(72);
                assertThat(jdbc.queryForObject("select count(*) from diary_entry", Long.class))
                        .isGreaterThan(500);
                // Two clients per therapist keep their own diary on a phone, with gaps.
                assertThat(jdbc.queryForObject("select count(*) from client_diary where enabled", Long.class))
                        .isEqualTo(4);
                assertThat(jdbc.queryForObject(
                                "select count(distinct client_id) from diary_entry where source = 'CLIENT'",
                                Long.class))
                        .isEqualTo(4);
                assertThat(jdbc.queryForObject(
                                "select count(*) from diary_period_figures p join client_diary d on d.client_id = p.client_id"
                                        + " where p.recorded_days < 23 and p.period_end < current_date",
                                Long.class))
                        .as("their gaps leave complete periods with not enough diary")
                        .isPositive();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void an_external_database_gets_no_demo_data_unless_the_setting_asks_for_it() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + ExtraApplication.freshSchemaUrl("external"),
                        "--spring.datasource.username=" + EmbeddedCredentials.ADMIN,
                        "--spring.datasource.password="
                                + EmbeddedMariaDb.credentials().adminPassword(),
                        "--server.port=0",
                        "--vaadin.launch-browser=false")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                    .as("an external database may hold a real practice")
                    .isZero();
            assertThat(app.getBean(org.headroom.base.DemoPractice.class).state())
                    .isEqualTo(org.headroom.base.DemoPractice.State.NONE);
        }
    }
}
