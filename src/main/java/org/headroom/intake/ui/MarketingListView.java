package org.headroom.intake.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.headroom.intake.MarketingContact;
import org.headroom.intake.MarketingService;

/** The therapist's clients who have agreed to hear from the practice, now, with a CSV to download. */
@Route("marketing")
@PageTitle("Headroom")
@Menu(title = "menu.marketing", order = 4, icon = "vaadin:envelope")
@RolesAllowed("THERAPIST")
final class MarketingListView extends VerticalLayout {

    final Grid<MarketingContact> grid = new Grid<>();
    final Anchor csv;

    MarketingListView(MarketingService marketing) {
        addClassName("hr-page");
        setMaxWidth("56rem");
        grid.setId("marketing-contacts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MarketingContact::name).setHeader(getTranslation("clients.column.name"));
        grid.addColumn(MarketingContact::email).setHeader(getTranslation("clients.column.email"));
        grid.setItems(marketing.contacts());
        grid.setAllRowsVisible(true);
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = marketing.csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "marketing-list.csv", "text/csv", bytes.length);
                }),
                getTranslation("marketing.csv"));
        csv.setId("marketing-csv");
        csv.addClassName("hr-button-link");
        csv.getElement().setAttribute("download", true);
        add(new H1(getTranslation("marketing.title")), new Paragraph(getTranslation("marketing.intro")), csv, grid);
    }
}
