package org.headroom.base.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vaadin asks its {@link Lookup} for the same two services again and again: for the role prefix at
 * every navigation (the access check of the page and of each menu entry), and for the old Polymer
 * templates' event handler at every call from the browser that carries an argument (a grid asking
 * for rows, a field sending its value). Vaadin's Spring lookup answers from the application
 * context and, every time, also from Java's {@code ServiceLoader}, which opens every jar of the
 * application to look for a service file. In a profile under load that was 3.5 % of the request
 * threads' samples, and 6.9 % of a navigation's (docs/performance.md, ADR 0025). Neither answer
 * can change while the application runs (the Polymer handler is not in the application at all),
 * so the answers for these types are asked once and remembered; every other type goes to Vaadin's
 * lookup as before.
 */
@Component
class RememberedLookups implements VaadinServiceInitListener {

    /** The types whose answer is remembered, found asked for on every request in a profile. */
    static final Set<Class<?>> TYPES =
            Set.of(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (context instanceof VaadinServletContext servlet && lookup != null && !(lookup instanceof Remembering)) {
            // Vaadin's VaadinContext refuses a second Lookup, to keep a second initialiser from
            // replacing the first one's. This one only wraps it, so it goes into the servlet
            // context directly, under the name Vaadin keeps it by (RememberedLookupsTest checks
            // that Vaadin then finds it). It happens while Vaadin's servlet starts, before any
            // request.
            servlet.getContext().setAttribute(Lookup.class.getName(), new Remembering(lookup, TYPES));
        }
    }

    /** A lookup that asks the one it wraps once for each of the given types, "none" included. */
    static final class Remembering implements Lookup {

        private final Lookup lookup;
        private final Set<Class<?>> types;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Remembering(Lookup lookup, Set<Class<?>> types) {
            this.lookup = lookup;
            this.types = Set.copyOf(types);
        }

        @Override
        public <T> T lookup(Class<T> type) {
            if (!types.contains(type)) {
                return lookup.lookup(type);
            }
            return type.cast(answers.computeIfAbsent(type, t -> Optional.ofNullable(lookup.lookup(t)))
                    .orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            return lookup.lookupAll(type);
        }

        /** The lookup this one asks. */
        Lookup wrapped() {
            return lookup;
        }
    }
}
