package org.headroom.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.headroom.base.Formats;
import org.headroom.base.ui.SearchField;
import org.headroom.client.ClientAssignment;
import org.headroom.client.ClientAssignmentService;
import org.headroom.client.ClientFilter;
import org.headroom.security.UserAccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The practice admin's list of all clients and who looks after them, with reassignment. */
@Route("admin/clients")
@PageTitle("Headroom")
@Menu(title = "menu.assignments", order = 11, icon = "vaadin:exchange")
@RolesAllowed("PRACTICE_ADMIN")
final class ClientAssignmentView extends VerticalLayout {

    final SearchField search;
    final Grid<ClientAssignment> grid = new Grid<>();
    private final ClientAssignmentService assignments;
    private final UserAccountService accounts;
    private Map<Long, String> therapistNames;

    ClientAssignmentView(ClientAssignmentService assignments, UserAccountService accounts) {
        this.assignments = assignments;
        this.accounts = accounts;
        this.therapistNames = accounts.therapistNames();
        setSizeFull();
        addClassName("hr-page");

        search = new SearchField(
                "assignment-search",
                getTranslation("clients.search.placeholder"),
                getTranslation("clients.search.label"),
                () -> grid.getDataProvider().refreshAll());

        grid.setId("assignments");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ClientAssignment::sortableName)
                .setHeader(getTranslation("clients.column.name"))
                .setSortProperty("lastName", "firstName");
        grid.addColumn(c -> Formats.date(c.dateOfBirth())).setHeader(getTranslation("clients.column.dob"));
        grid.addColumn(c -> therapistNames.getOrDefault(c.therapistId(), "?"))
                .setHeader(getTranslation("assignments.therapist"));
        grid.addColumn(c -> getTranslation(c.archived() ? "client.archived" : "client.active"))
                .setHeader(getTranslation("clients.column.status"));
        grid.addComponentColumn(c -> {
                    Button reassign = new Button(getTranslation("assignments.reassign"));
                    reassign.setId("reassign-" + c.id());
                    reassign.addClickListener(e -> new ReassignDialog(assignments, accounts, c, this::refresh).open());
                    return reassign;
                })
                .setAutoWidth(true);
        grid.setItems(
                query -> {
                    PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
                    if (page.getSort().isUnsorted()) {
                        page = page.withSort(Sort.by("lastName", "firstName"));
                    }
                    return assignments.search(filter(), page).stream();
                },
                query -> (int) assignments.count(filter()));

        add(new H1(getTranslation("assignments.title")), search, grid);
        setFlexGrow(1, grid);
    }

    private ClientFilter filter() {
        return new ClientFilter(search.getValue(), ClientFilter.Status.ALL);
    }

    private void refresh() {
        therapistNames = accounts.therapistNames();
        grid.getDataProvider().refreshAll();
    }
}
