package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in form over real HTTP, as a browser (or another site) would send it. */
@IntegrationTest
class SignInFormTest {

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_without_the_forms_csrf_token_is_refused() throws Exception {
        HttpClient browser = LocalHttp.browser();
        String token = LocalHttp.signInToken(browser, port);
        assertThat(token).isNotBlank();

        HttpResponse<String> forged =
                LocalHttp.postSignIn(browser, port, "username=anna&password=" + Fixtures.PASSWORD);
        // Refused: sent back to the sign-in page (a signed-in browser would go to the app instead).
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get(browser, "/clients").headers().firstValue("Location"))
                .as("still signed out")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> real = LocalHttp.postSignIn(
                browser,
                port,
                "username=anna&password=" + Fixtures.PASSWORD + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void the_session_id_never_travels_in_an_address() throws Exception {
        HttpClient browser = LocalHttp.browser();
        HttpResponse<String> redirect = get(browser, "/clients");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
        HttpResponse<String> page = get(browser, "/login");
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid=");
        assertThat(page.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Strict"));
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
