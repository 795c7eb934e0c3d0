package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code prod} profile against an external MariaDB (here a fresh schema on the test server):
 * no demo data, no default account, the first admin only from the environment, and never an
 * embedded database.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class ProductionProfileTest {

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
    void production_runs_on_a_data_only_account_with_migrations_as_the_owner() {
        String url = freshSchemaUrl();
        String schema = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        String admin = EmbeddedMariaDb.credentials().adminPassword();
        JdbcTemplate root = new JdbcTemplate(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(url, EmbeddedCredentials.ADMIN, admin));
        String appUser = "app_" + schema.substring(schema.length() - 8);
        root.execute("create user '" + appUser + "'@'127.0.0.1' identified by 'data only password'");
        root.execute("grant select, insert, update, delete on `" + schema + "`.* to '" + appUser + "'@'127.0.0.1'");
        try (ConfigurableApplicationContext app = production(
                // Without createDatabaseIfNotExist: the data-only account may not create databases.
                "spring.datasource.url=" + url.substring(0, url.indexOf('?')),
                "spring.datasource.username=" + appUser,
                "spring.datasource.password=data only password",
                "spring.flyway.user=" + EmbeddedCredentials.ADMIN,
                "spring.flyway.password=" + admin,
                "headroom.admin.username=founder",
                "headroom.admin.password=a long opening-day password")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class))
                    .containsExactly("founder");
            assertThatThrownBy(() -> jdbc.execute("truncate table audit_event"))
                    .rootCause()
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> jdbc.execute("drop trigger audit_event_no_update"))
                    .rootCause()
                    .hasMessageContaining("denied");
        }
    }

    @Test
    void production_without_a_key_for_secrets_at_rest_refuses_to_start() {
        assertRefusedWithOnly(ExtraApplication.PUBLIC_URL, "HEADROOM_SECURITY_SECRETKEY");
    }

    /**
     * Without the public address, the links in e-mails would be made from the address a request
     * names, and an online booking is a visitor's request.
     */
    @Test
    void production_without_the_public_address_refuses_to_start() {
        assertRefusedWithOnly(ExtraApplication.SECRET_KEY, "Set HEADROOM_PUBLIC_URL");
    }

    /** A production start given a database and this one required setting fails, saying this. */
    private static void assertRefusedWithOnly(String setting, String saying) {
        assertThatThrownBy(
                        () -> ExtraApplication.productionAsGiven("spring.datasource.url=" + freshSchemaUrl(), setting)
                                .close())
                .hasStackTraceContaining(saying);
    }

    @Test
    void production_without_a_database_url_refuses_to_start() {
        assertThatThrownBy(() -> production().close()).isInstanceOf(Exception.class);
    }

    /**
     * The start's log goes wherever the operator sends logs: it names the database but never its
     * password. Hibernate's start-up summary printed the JDBC address as the driver reports it,
     * with the user and the password appended.
     */
    @Test
    @ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void a_production_start_logs_no_database_password_and_no_warning_about_the_sign_in(
            org.springframework.boot.test.system.CapturedOutput output) {
        String url = freshSchemaUrl();
        String password = EmbeddedMariaDb.credentials().adminPassword();
        try (ConfigurableApplicationContext app = production("spring.datasource.url=" + url)) {
            assertThat(app.isActive()).isTrue();
        }
        assertThat(output.getOut())
                .as("the start was logged")
                .contains("Tomcat started on port")
                .doesNotContain(password);
        assertThat(output.getErr()).doesNotContain(password);
        // Two-factor sign-in needs its own provider bean; Spring Security warned about it at every start.
        assertThat(output.getOut()).doesNotContain("UserDetailsService beans will not be used");
    }

    private static ConfigurableApplicationContext production(String... properties) {
        return ExtraApplication.production(properties);
    }

    private static String freshSchemaUrl() {
        return ExtraApplication.freshSchemaUrl("prodcheck");
    }
}
