package org.headroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.security.TherapistSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ClientAssignmentViewTest extends ViewTest {

    @Autowired
    ClientService clients;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ADMIN)
    void admin_reassigns_a_client_to_another_therapist() {
        ClientDetails client = fixtures.clientOf(ANNA, "Handed", "Over");
        ClientAssignmentView view = navigate(ClientAssignmentView.class);
        test(view.search).setValue(client.lastName());
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Anna Therapist");

        test((Button) grid.getCellComponent(0, 4)).click();
        @SuppressWarnings("unchecked")
        ComboBox<TherapistSummary> therapist = find(ComboBox.class).id("reassign-therapist");
        test(find(Button.class).id("reassign-save")).click();
        assertThat(therapist.isInvalid()).isTrue();

        test(therapist).selectItem("Ben Therapist");
        test(find(Button.class).id("reassign-save")).click();

        assertThat(grid.getCellText(0, 2)).isEqualTo("Ben Therapist");
        assertThat(fixtures.runAs(BEN, () -> clients.find(client.id()))).isPresent();
        assertThat(fixtures.runAs(ANNA, () -> clients.find(client.id()))).isEmpty();
    }
}
