package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the links in messages to clients point, and that production never takes it from a request. */
class PublicAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_configured_address_wins_over_whatever_host_the_request_names() {
        servingRequestFor("evil.example");
        var address = new PublicAddress("https://care.example.org/", production());
        assertThat(address.of("/booking/manage/abc")).isEqualTo("https://care.example.org/booking/manage/abc");
    }

    @Test
    void a_configured_address_may_have_a_path_of_its_own() {
        var address = new PublicAddress(" https://example.org/headroom ", production());
        assertThat(address.of("diary/abc")).isEqualTo("https://example.org/headroom/diary/abc");
    }

    @Test
    void production_without_a_configured_address_refuses_to_start() {
        assertThatThrownBy(() -> new PublicAddress("", production()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Set HEADROOM_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicAddress(null, production())).hasMessageContaining("Set HEADROOM_PUBLIC_URL");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "care.example.org",
                "ftp://care.example.org",
                "https://",
                "https://care.example.org/?a=b",
                "https://care.example.org/#top",
                "https://care example.org"
            })
    void an_address_that_is_not_a_full_web_address_is_refused_with_what_was_given(String given) {
        assertThatThrownBy(() -> new PublicAddress(given, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HEADROOM_PUBLIC_URL must be a full web address")
                .hasMessageContaining(given);
    }

    @Test
    void elsewhere_without_one_the_address_in_use_is_taken() {
        servingRequestFor("therapist-laptop.local");
        assertThat(new PublicAddress("", new MockEnvironment()).of("diary/abc"))
                .isEqualTo("http://therapist-laptop.local/diary/abc");
    }

    private static MockEnvironment production() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment;
    }

    private static void servingRequestFor(String host) {
        var request = new MockHttpServletRequest("POST", "/booking");
        request.setServerName(host);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
