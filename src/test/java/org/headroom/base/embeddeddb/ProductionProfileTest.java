package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.headroom.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code prod} profile against an external MariaDB (here a fresh schema on the test server):
 * no demo data, no default account, the first admin only from the environment, and never an
 * embedded database.
 */
class ProductionProfileTest {

    /**
     * The applications started here replace Spring Security's static context holder strategy; the
     * shared test application gets its own back afterwards.
     */
    private static org.springframework.security.core.context.SecurityContextHolderStrategy before;

    @org.junit.jupiter.api.BeforeAll
    static void rememberStrategy() {
        before = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void production_loads_no_demo_data_and_creates_only_the_admin_named_in_the_environment() {
        String url = freshSchemaUrl();
        try (ConfigurableApplicationContext app = production(
                "spring.datasource.url=" + url,
                "headroom.admin.username=founder",
                "headroom.admin.password=a long opening-day password")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            List<String> users = jdbc.queryForList("select username from app_user", String.class);
            assertThat(users).containsExactly("founder");
            assertThat(jdbc.queryForList("select role from app_user_role", String.class))
                    .containsExactly("PRACTICE_ADMIN");
            assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                    .isZero();
        }
        // A second start with other values changes nothing: the variables only ever create the first admin.
        try (ConfigurableApplicationContext app = production(
                "spring.datasource.url=" + url,
                "headroom.admin.username=intruder",
                "headroom.admin.password=another long password")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class))
                    .containsExactly("founder");
        }
    }

    @Test
    void production_without_a_database_url_refuses_to_start() {
        assertThatThrownBy(() -> production().close()).isInstanceOf(Exception.class);
    }

    private static ConfigurableApplicationContext production(String... properties) {
        String[] common = {
            "server.port=0",
            "spring.datasource.username=root",
            "spring.datasource.password=",
            "vaadin.productionMode=false"
        };
        String[] all = new String[common.length + properties.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(properties, 0, all, common.length, properties.length);
        String[] arguments = java.util.Arrays.stream(all).map(p -> "--" + p).toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("prod").run(arguments);
    }

    private static String freshSchemaUrl() {
        String shared = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties("", 0, "headroom"));
        String schema = "prodcheck_" + UUID.randomUUID().toString().substring(0, 8);
        return shared.substring(0, shared.lastIndexOf('/') + 1) + schema + "?createDatabaseIfNotExist=true";
    }
}
