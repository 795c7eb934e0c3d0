package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;

/** A round trip goes to Vaadin's servlet by name, and down the chain only when there is no such servlet. */
class VaadinRoundTripForwardingTest {

    private final MockServletContext context = new MockServletContext();
    private final VaadinRoundTripForwarding filter = new VaadinRoundTripForwarding();

    @Test
    void a_round_trip_goes_to_vaadin_and_not_down_the_chain() throws Exception {
        context.registerNamedDispatcher(
                VaadinRoundTripForwarding.VAADIN_SERVLET, new MockRequestDispatcher("vaadin-servlet"));
        MockHttpServletRequest request = new MockHttpServletRequest(context, "POST", "/");
        request.setParameter("v-r", "uidl");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getForwardedUrl()).isEqualTo("vaadin-servlet");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void without_vaadin_s_servlet_the_request_goes_down_the_chain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(context, "POST", "/");
        request.setParameter("v-r", "uidl");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getForwardedUrl()).isNull();
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
