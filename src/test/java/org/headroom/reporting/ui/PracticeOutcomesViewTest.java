package org.headroom.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.html.Div;
import org.headroom.ViewTest;
import org.headroom.reporting.PracticeSample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class PracticeOutcomesViewTest extends ViewTest {

    @Autowired
    PracticeSample sample;

    @Test
    @WithUserDetails(ADMIN)
    void the_admin_chooses_a_therapist_and_sees_the_hand_worked_figures() {
        PracticeSample.Practice practice = sample.create();
        PracticeOutcomesView view = navigate(PracticeOutcomesView.class);
        view.from.setValue(PracticeSample.FROM);
        view.to.setValue(PracticeSample.TODAY);
        var therapist = view.therapist
                .getListDataView()
                .getItems()
                .filter(t -> t.id() == practice.therapistId())
                .findFirst()
                .orElseThrow();
        test(view.therapist).selectItem(therapist.displayName());

        assertThat(text("stat-active")).startsWith("3");
        assertThat(text("stat-with-outcome")).startsWith("2");
        assertThat(text("stat-responders")).startsWith("50 % (1 of 2)");
        // (-5.0 + -1.5) / 2 = -3.25 -> -3.3
        assertThat(text("stat-headache-change")).startsWith("-3.3");
        assertThat(text("stat-midas-change")).startsWith("-11");
        var grid = test(view.techniques);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Trigger point therapy");
        assertThat(grid.getCellText(0, 1)).isEqualTo("2");
        assertThat(grid.getCellText(0, 3)).isEqualTo("50 % (1 of 2)");
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Outcomes: the practice");
    }

    @Test
    @WithUserDetails(ANNA)
    void a_therapist_sees_their_own_clients_without_a_therapist_choice() {
        PracticeOutcomesView view = navigate(PracticeOutcomesView.class);
        assertThat(view.therapist.isAttached()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Outcomes: my clients");
        view.from.setValue(PracticeSample.TODAY);
        view.to.setValue(PracticeSample.FROM);
        assertThat(view.csv.isEnabled())
                .as("an impossible range offers no export")
                .isFalse();
        assertThat(find(Div.class).id("outcomes-stats").getElement().getTextRecursively())
                .contains("Choose a start date on or before the end date.");
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }
}
