package org.headroom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain GET to the application under test, as a browser without a session would send it. */
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
}
