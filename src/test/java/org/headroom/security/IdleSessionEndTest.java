package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An idle session ends on the server even while an open tab keeps sending heartbeats (OWASP ASVS
 * 3.3.2), with a timeout of a second here instead of thirty minutes.
 */
@IntegrationTest
class IdleSessionEndTest {

    @LocalServerPort
    int port;

    @Autowired
    IdleTimeout idleTimeout;

    @AfterEach
    void restore() {
        idleTimeout.set(Duration.ofMinutes(30));
    }

    @Test
    void heartbeats_do_not_keep_an_idle_sign_in_alive() throws Exception {
        HttpClient browser = signedIn();
        idleTimeout.set(Duration.ofMillis(1500));
        for (int beat = 0; beat < 4; beat++) {
            Thread.sleep(600);
            send(browser, "/?v-r=heartbeat&v-uiId=0", "POST");
        }
        HttpResponse<String> after = send(browser, "/clients", "GET");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void real_requests_keep_the_sign_in_alive() throws Exception {
        HttpClient browser = signedIn();
        idleTimeout.set(Duration.ofMillis(1500));
        for (int step = 0; step < 4; step++) {
            Thread.sleep(600);
            assertThat(send(browser, "/clients", "GET").statusCode()).isEqualTo(200);
        }
    }

    private HttpClient signedIn() throws Exception {
        HttpClient browser = LocalHttp.browser();
        HttpResponse<String> signIn = LocalHttp.signIn(browser, port, Fixtures.ANNA, Fixtures.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(send(browser, "/clients", "GET").statusCode()).isEqualTo(200);
        return browser;
    }

    private HttpResponse<String> send(HttpClient browser, String path, String method) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
