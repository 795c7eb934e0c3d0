package org.headroom.client.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.base.ui.RowClicks;
import org.headroom.base.ui.SearchField;
import org.headroom.base.ui.WindowWidth;
import org.headroom.client.ClientFilter;
import org.headroom.client.ClientService;
import org.headroom.client.ClientSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The therapist's clients: a lazy grid with name search and an active/archived filter. */
@Route("clients")
@PageTitle("Headroom")
@Menu(title = "menu.clients", order = 1, icon = "vaadin:group")
@RolesAllowed("THERAPIST")
final class ClientListView extends VerticalLayout {

    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName");

    final SearchField search;
    private ClientSummary focused;
    final Select<ClientFilter.Status> status = new Select<>();
    final Button newClient = new Button();
    final Grid<ClientSummary> grid = new Grid<>();
    private Grid.Column<ClientSummary> phoneColumn;
    private Grid.Column<ClientSummary> emailColumn;
    private Grid.Column<ClientSummary> statusColumn;
    private com.vaadin.flow.shared.Registration resizing;

    ClientListView(ClientService clients) {
        setSizeFull();
        addClassName("hr-page");

        H1 title = new H1(getTranslation("clients.title"));
        newClient.setText(getTranslation("clients.new"));
        newClient.setId("new-client");
        newClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClient.addClickListener(e -> ClientNavigation.go(ClientNavigation.NEW));
        HorizontalLayout header = new HorizontalLayout(title, newClient);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        search = new SearchField(
                "client-search",
                getTranslation("clients.search.placeholder"),
                getTranslation("clients.search.label"),
                () -> grid.getDataProvider().refreshAll());

        status.setId("client-status");
        status.setAriaLabel(getTranslation("clients.status.label"));
        status.setItems(ClientFilter.Status.values());
        status.setItemLabelGenerator(s -> getTranslation("clients.status." + s.name()));
        status.setValue(ClientFilter.Status.ACTIVE);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.setWrap(true);

        grid.setId("clients");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<ClientSummary> name = grid.addColumn(ClientSummary::sortableName)
                .setHeader(getTranslation("clients.column.name"))
                .setSortProperty("lastName", "firstName")
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("clients.dob-age", Formats.date(c.dateOfBirth()), c.age()))
                .setHeader(getTranslation("clients.column.dob"))
                .setSortProperty("dateOfBirth")
                .setAutoWidth(true)
                .setFlexGrow(0);
        phoneColumn = grid.addColumn(c -> Formats.orDash(c.phone()))
                .setHeader(getTranslation("clients.column.phone"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        emailColumn = grid.addColumn(c -> Formats.orDash(c.email()))
                .setHeader(getTranslation("clients.column.email"))
                .setFlexGrow(2);
        // A badge drawn by the browser from two values: no server-side component per row.
        statusColumn = grid.addColumn(LitRenderer.<ClientSummary>of(
                                "<vaadin-badge theme=\"${item.theme}\">${item.status}</vaadin-badge>")
                        .withProperty("status", this::statusText)
                        .withProperty("theme", c -> Status.of(c).badge.getVariantName()))
                .setHeader(getTranslation("clients.column.status"))
                .setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(name, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        // Pages only, no count: a page shorter than asked for tells the grid where the list ends, so
        // a practice's list (under a page) gets its exact length from its one query.
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = page.withSort(DEFAULT_SORT);
            }
            return clients.search(filter(), page).stream();
        });
        RowClicks.open(grid, row -> ClientNavigation.go(ClientNavigation.client(row.id())));
        // With the keyboard: the row that has focus opens with Enter, as a click would.
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (focused != null) {
                        ClientNavigation.go(ClientNavigation.client(focused.id()));
                    }
                })
                .setFilter("event.key === 'Enter'");
        grid.setEmptyStateText(getTranslation("clients.empty"));

        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        WindowWidth.of(attachEvent.getUI()).ifPresent(this::fitColumns);
        Page page = attachEvent.getUI().getPage();
        // Removed when the page is left: the window outlives the view, and every visit to the list
        // added one more listener that kept an old list (its grid and rows) alive.
        resizing = page.addBrowserWindowResizeListener(e -> fitColumns(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
        super.onDetach(detachEvent);
    }

    /** On a phone the name and date of birth matter most; contact columns come back on wider screens. */
    private void fitColumns(int windowWidth) {
        statusColumn.setVisible(windowWidth >= 600);
        phoneColumn.setVisible(windowWidth >= 700);
        emailColumn.setVisible(windowWidth >= 1000);
    }

    ClientFilter filter() {
        return new ClientFilter(search.getValue(), status.getValue());
    }

    /** What the status column says of a client, and the badge colour that goes with it. */
    private enum Status {
        BOOKED_ONLINE("client.booked-online", BadgeVariant.WARNING),
        ARCHIVED("client.archived", BadgeVariant.CONTRAST),
        ACTIVE("client.active", BadgeVariant.SUCCESS);

        final String key;
        final BadgeVariant badge;

        Status(String key, BadgeVariant badge) {
            this.key = key;
            this.badge = badge;
        }

        static Status of(ClientSummary client) {
            if (client.archived()) {
                return ARCHIVED;
            }
            return client.bookedOnline() ? BOOKED_ONLINE : ACTIVE;
        }
    }

    String statusText(ClientSummary client) {
        return getTranslation(Status.of(client).key);
    }
}
