package org.headroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The services Vaadin asks for at every navigation and round trip are asked of its lookup once;
 * everything else is asked every time, as before.
 */
class RememberedLookupsTest {

    /** A lookup that notes every question and answers with what it was given. */
    private static final class Asked implements Lookup {
        final List<Class<?>> questions = new ArrayList<>();
        final VaadinRolePrefixHolder prefix = new VaadinRolePrefixHolder("ROLE_");

        @Override
        public <T> T lookup(Class<T> type) {
            questions.add(type);
            return type == VaadinRolePrefixHolder.class ? type.cast(prefix) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            questions.add(type);
            return List.of();
        }
    }

    @Test
    void a_remembered_type_is_asked_once_and_a_missing_one_too() {
        Asked asked = new Asked();
        Lookup lookup = new RememberedLookups.Remembering(asked, RememberedLookups.TYPES);

        for (int i = 0; i < 3; i++) {
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(asked.prefix);
            assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
        }

        assertThat(asked.questions)
                .containsExactlyInAnyOrder(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);
    }

    @Test
    void other_types_are_asked_every_time() {
        Asked asked = new Asked();
        Lookup lookup = new RememberedLookups.Remembering(asked, Set.of(VaadinRolePrefixHolder.class));

        lookup.lookup(IndexHtmlRequestListener.class);
        lookup.lookup(IndexHtmlRequestListener.class);
        lookup.lookupAll(VaadinRolePrefixHolder.class);
        lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);
        lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);

        assertThat(asked.questions)
                .containsExactly(
                        IndexHtmlRequestListener.class,
                        IndexHtmlRequestListener.class,
                        VaadinRolePrefixHolder.class,
                        DeprecatedPolymerPublishedEventHandler.class,
                        DeprecatedPolymerPublishedEventHandler.class);
    }

    /** In the running application Vaadin's own lookup is wrapped, once, and gives the same answers. */
    @Nested
    @IntegrationTest
    class InTheApplication {

        @LocalServerPort
        int port;

        @Autowired
        ServletContext servletContext;

        @Test
        void vaadin_asks_the_remembering_lookup_which_answers_as_its_own() throws Exception {
            // Vaadin's servlet starts with the application (a failing wrap stops it starting);
            // the sign-in page answering shows it serves with the wrapper in place.
            assertThat(LocalHttp.get(port, "/login", HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);

            Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

            assertThat(lookup).isInstanceOf(RememberedLookups.Remembering.class);
            Lookup vaadins = ((RememberedLookups.Remembering) lookup).wrapped();
            assertThat(vaadins).isNotInstanceOf(RememberedLookups.Remembering.class);
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class))
                    .isNotNull()
                    .isSameAs(vaadins.lookup(VaadinRolePrefixHolder.class));
            assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
            assertThat(vaadins.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
        }
    }
}
