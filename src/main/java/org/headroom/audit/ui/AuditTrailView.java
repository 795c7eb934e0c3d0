package org.headroom.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.headroom.audit.AuditFilter;
import org.headroom.audit.AuditService;
import org.headroom.base.ui.Downloads;

/** The practice admin's view of the whole audit trail, filtered by user, client, action and date, with export. */
@Route("admin/audit")
@PageTitle("Headroom")
@Menu(title = "menu.audit", order = 13, icon = "vaadin:eye")
@RolesAllowed("PRACTICE_ADMIN")
final class AuditTrailView extends VerticalLayout {

    final AuditEventGrid events;
    final Anchor export = new Anchor();

    AuditTrailView(AuditService audit, Clock clock) {
        setSizeFull();
        addClassName("hr-page");
        events = new AuditEventGrid(audit::search, audit::count, false, clock);
        export.setId("audit-export");
        export.setText(getTranslation("audit.export"));
        export.addClassName("hr-button-link");
        Downloads.link(
                export,
                () -> {
                    AuditFilter filter = events.filter();
                    StringWriter out = new StringWriter();
                    audit.writeCsv(filter, out);
                    return out.toString().getBytes(StandardCharsets.UTF_8);
                },
                "audit-trail-" + LocalDate.now(clock) + ".csv",
                "text/csv");
        events.filters.add(export);
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), events);
        setFlexGrow(1, events);
    }
}
