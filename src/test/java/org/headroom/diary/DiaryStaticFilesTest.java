package org.headroom.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The diary's web app manifest, icons and stylesheet are public (no sign-in), so a phone can install it. */
@IntegrationTest
class DiaryStaticFilesTest {

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return LocalHttp.get(port, path, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_manifest_icons_and_stylesheet_are_served_without_sign_in() throws Exception {
        HttpResponse<byte[]> manifest = get("/diary.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        String json = new String(manifest.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"start_url\": \"diary\"", "\"display\": \"standalone\"", "diary-icon-512.png");
        for (String icon :
                new String[] {"/icons/diary-icon-192.png", "/icons/diary-icon-512.png", "/icons/diary-icon-180.png"}) {
            HttpResponse<byte[]> png = get(icon);
            assertThat(png.statusCode()).as(icon).isEqualTo(200);
            assertThat(png.body()).as(icon).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
        HttpResponse<byte[]> css = get("/styles/client-diary.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(new String(css.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("animation: none");
        // Reduced motion and the low-light palette hold on every page, public ones too.
        HttpResponse<byte[]> colours = get("/styles/colours.css");
        assertThat(colours.statusCode()).isEqualTo(200);
        assertThat(new String(colours.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("prefers-reduced-motion", "light-dark(");
        assertThat(get("/styles/layout.css").statusCode()).isEqualTo(200);
        assertThat(get("/styles/appointments.css").statusCode()).isEqualTo(200);
    }
}
