package org.headroom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run for the JDK's ahead-of-time cache (JEP 483, 514), run by the production build
 * (docs/performance.md, "Start-up"). Starts Headroom on a throw-away embedded database without
 * demo data, asks for what a browser asks for first (the sign-in page, its Vaadin bootstrap, a
 * page that needs signing in) so that the classes of a first answer are in the cache as well as
 * those of the start, then stops. The JVM writes the cache as it exits. Never used when serving.
 */
public final class AotTraining {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    /** What a browser tells Vaadin about itself when a page starts (URL-encoded JSON). */
    private static final String BROWSER = java.net.URLEncoder.encode(
            "{\"v-sh\":900,\"v-sw\":1280,\"v-wh\":900,\"v-ww\":1280,\"v-bh\":900,\"v-bw\":1280,"
                    + "\"v-curdate\":0,\"v-tzo\":0,\"v-dstd\":0,\"v-rtzo\":0,\"v-dston\":false,"
                    + "\"v-tzid\":\"UTC\",\"v-td\":false,\"v-pr\":1,\"v-np\":\"Linux x86_64\","
                    + "\"v-cs\":\"\",\"v-tn\":\"lumo\"}",
            java.nio.charset.StandardCharsets.UTF_8);

    private AotTraining() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--headroom.embedded-db.data-dir=",
                "--headroom.demo-data.enabled=false",
                "--logging.level.root=WARN");
        int status = 0;
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            for (int round = 0; round < 3; round++) {
                get(http, base + "/login");
                String init = get(http, base + "/?v-r=init&location=login&query=&v-browserDetails=" + BROWSER);
                Matcher ui = UI_ID.matcher(init);
                if (!ui.find()) {
                    throw new IllegalStateException("The sign-in page's bootstrap did not answer a UI");
                }
                get(http, base + "/clients");
                get(http, base + "/diary/start/not-a-link");
            }
        } catch (RuntimeException e) {
            status = 1;
            throw e;
        } finally {
            SpringApplication.exit(app);
            System.exit(status);
        }
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html,application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
