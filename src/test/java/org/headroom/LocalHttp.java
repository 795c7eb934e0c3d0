package org.headroom;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP to the application under test: a GET as a browser without a session would send it,
 * and a browser of its own (cookies kept, no redirects followed) that signs in through the form.
 */
public final class LocalHttp {

    private LocalHttp() {}

    public static <T> HttpResponse<T> get(int port, String path, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        body);
    }

    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return get(port, path, HttpResponse.BodyHandlers.ofString());
    }

    /** A browser of its own: it keeps its cookies and follows no redirect. */
    public static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The sign-in form's CSRF token, from the sign-in page's meta tags; empty when there is none. */
    public static String signInToken(HttpClient browser, int port) throws IOException, InterruptedException {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        return meta.find() ? meta.group(1) : "";
    }

    /**
     * The sign-in form's POST with this form body, as the browser sends it, with any further
     * headers given as name and value pairs (such as those a proxy adds).
     */
    public static HttpResponse<String> postSignIn(HttpClient browser, int port, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form, with the page's CSRF token, and gives the form's answer. */
    public static HttpResponse<String> signIn(HttpClient browser, int port, String username, String password)
            throws IOException, InterruptedException {
        String token = signInToken(browser, port);
        if (token.isEmpty()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        return postSignIn(
                browser,
                port,
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
