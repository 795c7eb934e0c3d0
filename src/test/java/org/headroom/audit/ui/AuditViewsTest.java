package org.headroom.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.audit.AuditAction;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class AuditViewsTest extends ViewTest {

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ADMIN)
    void the_admin_filters_the_trail_by_client_and_action() {
        ClientDetails client = fixtures.clientOf(ANNA, "Trail", "View");
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.events.client).setValue(Math.toIntExact(client.id()));
        test(view.events.action).selectItem("Created");
        var grid = test(view.events.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo(ANNA);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Client " + client.id());
        assertThat(grid.getCellText(0, 4))
                .as("the practice-wide trail shows numbers, not names")
                .isEqualTo("#" + client.id());
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails(ANNA)
    void a_therapist_opens_the_record_access_of_one_client_from_a_link() {
        ClientDetails client = fixtures.clientOf(ANNA, "Access", "Shown");
        fixtures.runAs(ANNA, () -> fixtures.clientService().get(client.id()));
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("record-access", com.vaadin.flow.router.QueryParameters.of("client", "" + client.id()));
        RecordAccessView view = (RecordAccessView) getCurrentView();
        var grid = test(view.events.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Opened");
        assertThat(grid.getCellText(0, 4)).isEqualTo(client.fullName());
        test(view.events.action).selectItem("Created");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(view.events.action.getValue()).isEqualTo(AuditAction.CREATE);
    }
}
