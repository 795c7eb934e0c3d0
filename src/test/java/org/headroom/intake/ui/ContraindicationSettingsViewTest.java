package org.headroom.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.select.Select;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.intake.ContraindicationItem;
import org.headroom.intake.ContraindicationService;
import org.headroom.intake.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ContraindicationSettingsViewTest extends ViewTest {

    @Autowired
    ContraindicationService service;

    @Test
    @WithUserDetails(ADMIN)
    void the_admin_sets_a_severity_and_adds_an_item() {
        ContraindicationSettingsView view = navigate(ContraindicationSettingsView.class);
        var grid = test(view.grid);
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).code().equals("EPILEPSY"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Select<Severity> severity = (Select<Severity>) grid.getCellComponent(row, 1);
        try {
            test(severity).selectItem("Do not treat");
            assertThat(item("EPILEPSY").severity()).isEqualTo(Severity.DO_NOT_TREAT);
        } finally {
            ContraindicationItem now = item("EPILEPSY");
            service.update(now.id(), now.version(), now.label(), Severity.CAUTION, true);
        }

        String label = Fixtures.unique("Recent tattoo ");
        test(view.newLabel).setValue(label);
        test(find(com.vaadin.flow.component.button.Button.class).id("add-contraindication"))
                .click();
        assertThat(service.all()).extracting(ContraindicationItem::label).contains(label);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_therapist_cannot_change_the_list() {
        assertThat(navigateTo("admin/contraindications").getClass().getSimpleName())
                .isEqualTo("NotFoundView");
    }

    private ContraindicationItem item(String code) {
        return service.all().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
