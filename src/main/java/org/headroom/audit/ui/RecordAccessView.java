package org.headroom.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.headroom.audit.AuditService;

/**
 * Who has opened and changed the therapist's own clients' records, from the audit trail. Opened
 * with {@code ?client=N} from a client's page, it starts filtered to that client.
 */
@Route("record-access")
@PageTitle("Headroom")
@Menu(title = "menu.record-access", order = 3, icon = "vaadin:eye")
@RolesAllowed("THERAPIST")
final class RecordAccessView extends VerticalLayout implements BeforeEnterObserver {

    final AuditEventGrid events;

    RecordAccessView(AuditService audit, Clock clock) {
        setSizeFull();
        addClassName("hr-page");
        events = new AuditEventGrid(audit::onMyClients, audit::countOnMyClients, true, clock);
        add(new H1(getTranslation("audit.mine.title")), new Paragraph(getTranslation("audit.mine.intro")), events);
        setFlexGrow(1, events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("client")
                .filter(v -> v.matches("\\d{1,9}"))
                .ifPresent(v -> events.client.setValue(Integer.valueOf(v)));
    }
}
