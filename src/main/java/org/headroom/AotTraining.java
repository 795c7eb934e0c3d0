package org.headroom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.base.DemoPractice;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run for the JDK's ahead-of-time cache (JEP 483, 514, 515), run by the production
 * build (docs/performance.md, "Start-up"). Starts Headroom on a throw-away embedded database with
 * the demo practice, asks for what a browser asks for first (the sign-in page, its Vaadin
 * bootstrap, a page that needs signing in), then signs the demo therapist in and goes through the
 * therapist's main pages the way the browser's Vaadin client does, with empty round trips in
 * between. The classes of a first answer and of a signed-in page are then in the cache, with the
 * profiles the compilers use, so the first minutes after a start are not spent in the interpreter.
 * The JVM writes the cache as it exits. Never used when serving.
 */
public final class AotTraining {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+content=\"([^\"]+)\"");

    /** How often the journey goes through the pages: enough for the compilers' profiles. */
    private static final int JOURNEYS = 150;

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
                "--logging.level.root=WARN");
        int status = 0;
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = browser();
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
            // A demo therapist's sign-in as the sign-in page offers it, and one of their clients.
            DemoPractice.DemoLogin therapist = app.getBean(DemoPractice.class).logins().stream()
                    .filter(login -> login.who().startsWith("therapist"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The training needs the demo practice"));
            long clientId = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject(
                            "select min(c.id) from client c join app_user u on u.id = c.therapist_id"
                                    + " where u.username = ?",
                            Long.class,
                            therapist.username());
            signedInJourney(base, therapist, clientId);
        } catch (RuntimeException e) {
            status = 1;
            throw e;
        } finally {
            SpringApplication.exit(app);
            System.exit(status);
        }
    }

    /**
     * A therapist's session as the browser's Vaadin client holds it: sign in through the form, open
     * the client list, then navigate the main pages in round trips, each followed by empty ones.
     */
    private static void signedInJourney(String base, DemoPractice.DemoLogin therapist, long clientId)
            throws IOException, InterruptedException {
        HttpClient http = browser();
        Matcher csrf = CSRF.matcher(get(http, base + "/login"));
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String form = "username=" + formValue(therapist.username()) + "&password=" + formValue(therapist.password())
                + "&_csrf=" + formValue(csrf.group(1));
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("The demo therapist " + therapist.username() + " could not sign in");
        }
        get(http, base + "/clients");
        String init = get(http, base + "/?v-r=init&location=clients&query=&v-browserDetails=" + BROWSER);
        Matcher ui = UI_ID.matcher(init);
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher sync = SYNC_ID.matcher(init);
        if (!ui.find() || !key.find()) {
            throw new IllegalStateException("The client list's bootstrap did not answer a UI");
        }
        VaadinClient client = new VaadinClient(
                http,
                base + "/?v-r=uidl&v-uiId=" + ui.group(1),
                key.group(1),
                sync.find() ? Long.parseLong(sync.group(1)) : 0);
        String[] pages = {
            "clients",
            "clients/" + clientId,
            "clients/" + clientId + "/history",
            "account/security",
            "clients/" + clientId + "/report",
            "today",
            "calendar",
            "clients"
        };
        for (int journey = 0; journey < JOURNEYS; journey++) {
            for (String page : pages) {
                client.navigate(page);
                for (int i = 0; i < 3; i++) {
                    client.roundTrip("[]");
                }
            }
        }
    }

    /** Vaadin's round trips, numbered as the browser's client numbers them. */
    private static final class VaadinClient {
        private final HttpClient http;
        private final String uidl;
        private final String securityKey;
        private long syncId;
        private long clientId;

        VaadinClient(HttpClient http, String uidl, String securityKey, long syncId) {
            this.http = http;
            this.uidl = uidl;
            this.securityKey = securityKey;
            this.syncId = syncId;
        }

        void navigate(String route) throws IOException, InterruptedException {
            roundTrip("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        }

        void roundTrip(String rpc) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(uidl))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("A round trip answered " + response.statusCode());
            }
            if (response.body().contains("\"appError\"") || response.body().contains("\"sessionExpired\"")) {
                throw new IllegalStateException("A round trip failed: " + response.body());
            }
            Matcher sync = SYNC_ID.matcher(response.body());
            long answered = sync.find() ? Long.parseLong(sync.group(1)) : -1;
            if (answered < 0) {
                throw new IllegalStateException("A round trip lost its session: " + response.body());
            }
            syncId = answered;
            Matcher next = CLIENT_ID.matcher(response.body());
            clientId = next.find() ? Long.parseLong(next.group(1)) : clientId + 1;
        }
    }

    /** A browser's cookies and redirects, one per session. */
    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static String formValue(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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
