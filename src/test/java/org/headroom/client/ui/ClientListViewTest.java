package org.headroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientFilter;
import org.headroom.client.ClientForm;
import org.headroom.client.ClientService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ClientListViewTest extends ViewTest {

    @Autowired
    ClientService clients;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void search_finds_own_clients_by_name_and_never_another_therapists() {
        String family = Fixtures.unique("Marsh");
        ClientDetails mine = clients.create(form("Molly", family));
        clients.create(form("Max", family));
        fixtures.runAs(BEN, () -> clients.create(form("Other", family)));

        ClientListView view = navigate(ClientListView.class);
        test(view.search).setValue(family);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo(family + ", Max");
        assertThat(grid.getCellText(1, 0)).isEqualTo(family + ", Molly");

        test(view.search).setValue("Molly " + family);
        assertThat(grid.size()).isEqualTo(1);
        grid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class)
                        .id("client-name")
                        .getText())
                .isEqualTo(mine.fullName());
    }

    /** A click on a row the grid no longer holds (searched again meanwhile) is ignored, not an error. */
    @Test
    @WithUserDetails(ANNA)
    void a_click_on_a_row_that_is_gone_leaves_the_list_open() {
        ClientListView view = navigate(ClientListView.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.grid,
                new com.vaadin.flow.component.grid.ItemClickEvent<>(
                        view.grid, true, "no-such-row", null, 0, 0, 0, 0, 1, 0, false, false, false, false));
        assertThat(getCurrentView()).isInstanceOf(ClientListView.class);
    }

    @Test
    @WithUserDetails(ANNA)
    void archived_clients_show_only_under_the_archived_filter() {
        String family = Fixtures.unique("Gone");
        ClientDetails client = clients.create(form("Archie", family));
        clients.archive(client.id(), client.version());

        ClientListView view = navigate(ClientListView.class);
        test(view.search).setValue(family);
        assertThat(test(view.grid).size()).isZero();

        test(view.status).selectItem("Archived");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.statusText(test(view.grid).getRow(0))).isEqualTo("Archived");
        assertThat(view.filter().status()).isEqualTo(ClientFilter.Status.ARCHIVED);
    }

    @Test
    @WithUserDetails(ANNA)
    void sorting_by_date_of_birth_orders_the_rows() {
        String family = Fixtures.unique("Age");
        ClientForm older = form("Older", family);
        older.setDateOfBirth(java.time.LocalDate.of(1950, 1, 1));
        clients.create(older);
        clients.create(form("Younger", family));

        ClientListView view = navigate(ClientListView.class);
        test(view.search).setValue(family);
        test(view.grid).sortByColumn(1, com.vaadin.flow.data.provider.SortDirection.DESCENDING);

        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(family + ", Younger");
        assertThat(test(view.grid).getCellText(1, 0)).isEqualTo(family + ", Older");
    }

    @Test
    @WithUserDetails(ANNA)
    void new_client_button_opens_the_empty_form() {
        ClientListView view = navigate(ClientListView.class);
        test(view.newClient).click();
        ClientEditorView editor = (ClientEditorView) getCurrentView();
        assertThat(editor.form.firstName.getValue()).isEmpty();
    }

    private static ClientForm form(String first, String last) {
        return Fixtures.validForm(first, last);
    }

    @Test
    @WithUserDetails(ANNA)
    void leaving_the_list_takes_its_window_listener_with_it() {
        for (int visit = 0; visit < 4; visit++) {
            navigate(ClientListView.class);
            navigateTo("today");
        }
        navigate(ClientListView.class);
        // Only the list on screen listens to the window's size; earlier visits kept old lists alive.
        assertThat(windowResizeListeners()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_phone_sees_name_and_birth_date_and_a_wide_window_every_column() {
        windowWidth(390);
        assertThat(visibleColumns(navigate(ClientListView.class))).isEqualTo(2);
        navigateTo("today");
        windowWidth(1280);
        assertThat(visibleColumns(navigate(ClientListView.class))).isEqualTo(5);
    }

    @Test
    @WithUserDetails(ANNA)
    void the_list_never_asks_the_browser_for_its_size() {
        // A client that has not sent the window's size (a script) gets the wide list, and no
        // question is left open in the session holding each visit's list until an answer comes.
        for (int visit = 0; visit < 3; visit++) {
            ClientListView list = navigate(ClientListView.class);
            assertThat(visibleColumns(list)).isEqualTo(5);
            navigateTo("today");
        }
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .containsPendingJavascript("getBrowserDetailsParameters"))
                .isFalse();
    }

    private static long visibleColumns(ClientListView list) {
        return list.grid.getColumns().stream()
                .filter(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                .count();
    }

    /** The page's window-size listeners (Vaadin keeps them in a private list). */
    private static int windowResizeListeners() {
        try {
            var field = com.vaadin.flow.component.page.Page.class.getDeclaredField("resizeListeners");
            field.setAccessible(true);
            java.util.List<?> listeners = (java.util.List<?>)
                    field.get(com.vaadin.flow.component.UI.getCurrent().getPage());
            return listeners == null ? 0 : listeners.size();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
