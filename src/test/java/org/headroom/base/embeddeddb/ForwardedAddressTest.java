package org.headroom.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which address production counts a request against, behind a proxy: the sign-in and booking
 * limits and the audit trail all use it. The {@code prod} profile reads the proxy's
 * {@code X-Forwarded-For}, but only from a proxy it trusts (a private-network address, or those
 * the operator names), and from the right, so that what a visitor writes into the header never
 * decides. Each test signs in once with a wrong password and reads the address the failure was
 * counted against.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class ForwardedAddressTest {

    @Test
    void behind_a_trusted_proxy_the_address_the_proxy_saw_counts_not_the_one_the_visitor_wrote() throws Exception {
        try (ConfigurableApplicationContext app = production()) {
            // The visitor sent "X-Forwarded-For: 198.51.100.7"; the proxy added the address it saw.
            failSignIn(app, "X-Forwarded-For", "198.51.100.7, 203.0.113.9");
            assertThat(countedAddresses(app)).containsExactly("203.0.113.9");
        }
    }

    @Test
    void a_client_that_is_not_a_trusted_proxy_cannot_name_its_own_address() throws Exception {
        // The operator trusts only the proxy's own address; this request comes from 127.0.0.1.
        try (ConfigurableApplicationContext app =
                production("server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9")) {
            failSignIn(app, "X-Forwarded-For", "198.51.100.7");
            assertThat(countedAddresses(app)).containsExactly("127.0.0.1");
        }
    }

    private static ConfigurableApplicationContext production(String... more) {
        String[] properties = new String[more.length + 2];
        properties[0] = "spring.datasource.url=" + ExtraApplication.freshSchemaUrl("forwarded");
        // Plain HTTP in the test: the session cookie (and with it the form's CSRF token) must travel.
        properties[1] = "server.servlet.session.cookie.secure=false";
        System.arraycopy(more, 0, properties, 2, more.length);
        return ExtraApplication.production(properties);
    }

    private static void failSignIn(ConfigurableApplicationContext app, String... headers) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
        HttpClient browser = LocalHttp.browser();
        String token = LocalHttp.signInToken(browser, port);
        assertThat(token).as("the sign-in form's token").isNotEmpty();
        var answer = LocalHttp.postSignIn(
                browser,
                port,
                "username=nobody&password=wrong-password-here&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8),
                headers);
        assertThat(answer.headers().firstValue("Location"))
                .as("the form sends the visitor back with the generic failure")
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
    }

    private static List<String> countedAddresses(ConfigurableApplicationContext app) {
        return new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                .queryForList("select address from sign_in_address_failure", String.class);
    }
}
