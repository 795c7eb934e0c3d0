package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

    @Test
    void every_response_gets_the_headers_and_nothing_downstream_relaxes_framing() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(false)
                .doFilter(
                        new MockHttpServletRequest("GET", "/login"),
                        response,
                        new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                            @Override
                            protected void service(
                                    jakarta.servlet.http.HttpServletRequest req,
                                    jakarta.servlet.http.HttpServletResponse res) {
                                res.setHeader("X-Frame-Options", "SAMEORIGIN");
                            }
                        }));
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void hsts_is_sent_on_secure_requests_when_enabled() throws Exception {
        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/");
        secure.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(true).doFilter(secure, response, new MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");

        MockHttpServletResponse plain = new MockHttpServletResponse();
        new SecurityHeadersFilter(true).doFilter(new MockHttpServletRequest("GET", "/"), plain, new MockFilterChain());
        assertThat(plain.getHeader("Strict-Transport-Security"))
                .as("never over plain HTTP")
                .isNull();
    }
}
