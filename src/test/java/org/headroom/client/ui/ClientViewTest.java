package org.headroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ClientViewTest extends ViewTest {

    @Autowired
    ClientService clients;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void the_client_page_shows_who_the_client_is() {
        ClientDetails client = fixtures.clientOf(ANNA, "Jane", "Fairfax");
        navigateTo(ClientNavigation.client(client.id()));

        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class)
                        .id("client-name")
                        .getText())
                .isEqualTo(client.fullName());
        assertThat(pageText()).contains("07700 900123", "client@example.org", "Born 17 May 1984");
    }

    @Test
    @WithUserDetails(BEN)
    void another_therapists_client_by_address_shows_not_found_and_nothing_of_the_client() {
        ClientDetails annas = fixtures.clientOf(ANNA, "Secret", "Keeper");

        navigateTo(ClientNavigation.client(annas.id()));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(pageText()).doesNotContain(annas.lastName()).doesNotContain("Secret");

        navigateTo(ClientNavigation.edit(annas.id()));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(pageText()).doesNotContain(annas.lastName());
    }

    @Test
    @WithUserDetails(ANNA)
    void archiving_from_the_page_asks_first_and_marks_the_client_archived() {
        ClientDetails client = fixtures.clientOf(ANNA, "Leaving", "Soon");
        navigateTo(ClientNavigation.client(client.id()));

        test(find(Button.class).id("archive-client")).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).id("archive-dialog");
        test(dialog).confirm();

        assertThat(clients.get(client.id()).archived()).isTrue();
        assertThat(find(com.vaadin.flow.component.badge.Badge.class)
                        .id("archived-badge")
                        .getText())
                .isEqualTo("Archived");
    }

    private String pageText() {
        return textOf(UI.getCurrent());
    }

    private static String textOf(Component component) {
        StringBuilder text = new StringBuilder(component.getElement().getText());
        component.getChildren().forEach(child -> text.append(' ').append(textOf(child)));
        return text.toString();
    }
}
