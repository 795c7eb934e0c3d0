package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/**
 * Vaadin's round trips and heartbeats take the short filter chain (ADR 0022): it still reads the
 * sign-in from the session, and Vaadin still keeps a visitor who has not signed in away from the
 * therapists' pages. Everything else, the sign-in form's POST above all, takes the full chain.
 * The round trips here also pass {@link VaadinRoundTripForwarding} on their way to Vaadin.
 */
@IntegrationTest
class VaadinRoundTripsTest {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

    /** Vaadin's answer to a navigation that needs a sign-in: the browser is sent to the sign-in page. */
    private static final String BACK_TO_SIGN_IN =
            "[null,\"login\",true,\"window.dispatchEvent(new CustomEvent('vaadin-navigate'";

    @LocalServerPort
    int port;

    @Autowired
    FilterChainProxy filters;

    @Autowired
    ServletContext servletContext;

    @Test
    void round_trips_are_handed_to_the_servlet_vaadin_registered() {
        ServletRegistration vaadin = servletContext.getServletRegistration(VaadinRoundTripForwarding.VAADIN_SERVLET);
        assertThat(vaadin).isNotNull();
        assertThat(vaadin.getClassName()).isEqualTo(SpringServlet.class.getName());
    }

    @Test
    void round_trips_and_heartbeats_take_the_short_chain_and_nothing_else_does() {
        List<Class<?>> roundTrip = chainFor(request("POST", "uidl"));
        assertThat(roundTrip)
                .contains(
                        SecurityContextHolderFilter.class,
                        SecurityContextHolderAwareRequestFilter.class,
                        AnonymousAuthenticationFilter.class,
                        VaadinRoundTripForwarding.class)
                .endsWith(VaadinRoundTripForwarding.class)
                .doesNotContain(
                        CsrfFilter.class,
                        LogoutFilter.class,
                        UsernamePasswordAuthenticationFilter.class,
                        SignInThrottleFilter.class);
        assertThat(chainFor(request("POST", "heartbeat"))).isEqualTo(roundTrip);

        List<Class<?>> full = List.of(CsrfFilter.class, UsernamePasswordAuthenticationFilter.class);
        assertThat(chainFor(request("GET", "uidl"))).containsAll(full).doesNotContain(VaadinRoundTripForwarding.class);
        assertThat(chainFor(request("POST", "init"))).containsAll(full).doesNotContain(VaadinRoundTripForwarding.class);
        assertThat(chainFor(request("POST", null))).containsAll(full).doesNotContain(VaadinRoundTripForwarding.class);
        MockHttpServletRequest signIn = new MockHttpServletRequest("POST", "/login");
        signIn.setServletPath("/login");
        assertThat(chainFor(signIn))
                .containsAll(full)
                .contains(SignInThrottleFilter.class)
                .doesNotContain(VaadinRoundTripForwarding.class);
        MockHttpServletRequest elsewhere = request("POST", "uidl");
        elsewhere.setRequestURI("/clients");
        elsewhere.setServletPath("/clients");
        assertThat(chainFor(elsewhere)).containsAll(full).doesNotContain(VaadinRoundTripForwarding.class);
    }

    @Test
    void a_round_trip_carries_the_sign_in() throws Exception {
        HttpClient browser = LocalHttp.browser();
        signIn(browser);
        String page = navigate(browser, open(browser, "clients"), "clients");
        assertThat(page).contains("Clients");

        String security = navigate(browser, page, "account/security");
        assertThat(security).contains("Sign-in security");
    }

    @Test
    void a_round_trip_without_a_sign_in_reaches_no_therapist_page() throws Exception {
        HttpClient browser = LocalHttp.browser();
        String page = navigate(browser, open(browser, "login"), "login");
        assertThat(page).contains("Sign in");

        String answer = navigate(browser, page, "account/security");
        assertThat(answer).doesNotContain("Sign-in security").contains(BACK_TO_SIGN_IN);
        String clients = navigate(browser, answer, "clients");
        assertThat(clients).doesNotContain("\"Clients\"").contains(BACK_TO_SIGN_IN);
    }

    private List<Class<?>> chainFor(MockHttpServletRequest request) {
        return filters.getFilterChains().stream()
                .filter(chain -> chain.matches(request))
                .findFirst()
                .map(SecurityFilterChain::getFilters)
                .orElseThrow()
                .stream()
                .<Class<?>>map(Filter::getClass)
                .toList();
    }

    private static MockHttpServletRequest request(String method, String type) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
        request.setServletPath("/");
        if (type != null) {
            request.setParameter("v-r", type);
        }
        return request;
    }

    private void signIn(HttpClient browser) throws Exception {
        HttpResponse<String> signIn = LocalHttp.signIn(browser, port, Fixtures.ANNA, Fixtures.PASSWORD);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    /** The page's first requests, as Vaadin's client sends them: the page, then the empty UI. */
    private String open(HttpClient browser, String route) throws Exception {
        assertThat(send(browser, "GET", "/" + route, null).statusCode()).isEqualTo(200);
        String details = URLEncoder.encode(
                "{\"v-sw\":1280,\"v-sh\":800,\"v-wn\":\"test\",\"v-tzo\":0,\"v-dstd\":0,\"v-rtzo\":0,\"v-tzid\":\"UTC\",\"v-curdate\":0,\"v-td\":false}",
                StandardCharsets.UTF_8);
        HttpResponse<String> init =
                send(browser, "GET", "/?v-r=init&location=" + route + "&query=&v-browserDetails=" + details, null);
        assertThat(init.statusCode()).isEqualTo(200);
        return init.body();
    }

    /** A navigation inside the open page: a round trip with Vaadin's navigation event. */
    private String navigate(HttpClient browser, String previous, String route) throws Exception {
        String uiId = find(UI_ID, previous, "0");
        String key = find(SECURITY_KEY, previous, null);
        String syncId = lastSyncId(previous);
        String body =
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"" + route
                        + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                        + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + syncId + "}";
        HttpResponse<String> answer = send(browser, "POST", "/?v-r=uidl&v-uiId=" + uiId, body);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("\"syncId\":-1");
        return answer.body() + "\n\"Vaadin-Security-Key\":\"" + key + "\",\"v-uiId\":" + uiId;
    }

    private static String lastSyncId(String text) {
        Matcher m = SYNC_ID.matcher(text);
        String last = "0";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static String find(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        assertThat(otherwise).as("%s in %s", pattern, text).isNotNull();
        return otherwise;
    }

    private HttpResponse<String> send(HttpClient browser, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
