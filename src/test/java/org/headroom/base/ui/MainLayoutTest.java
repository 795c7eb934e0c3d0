package org.headroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;
import static org.headroom.Fixtures.OWNER;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.headroom.ViewTest;
import org.headroom.base.AccountColours;
import org.headroom.base.ColourChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class MainLayoutTest extends ViewTest {

    @Autowired
    AccountColours accountColours;

    @Test
    @WithUserDetails(ANNA)
    void a_therapist_starts_at_their_day_and_sees_clinical_menu_entries_and_outcomes() {
        assertThat(navigateTo("").getClass().getSimpleName()).isEqualTo("TodayView");
        assertThat(menuLabels())
                .containsExactly(
                        "Today",
                        "Calendar",
                        "Clients",
                        "Outcomes",
                        "Record access",
                        "Marketing list",
                        "Sign-in security");
        assertThat(find(Div.class).id("signed-in-user").getElement().getTextRecursively())
                .isEqualTo("Anna Therapist");
    }

    @Test
    @WithUserDetails(ADMIN)
    void a_practice_admin_starts_at_the_team_page_without_client_records() {
        assertThat(navigateTo("").getClass().getSimpleName()).isEqualTo("UserAdminView");
        assertThat(menuLabels())
                .containsExactly(
                        "Outcomes",
                        "Team",
                        "Practice calendar",
                        "Appointment types",
                        "Client assignment",
                        "Contraindications",
                        "Audit trail",
                        "Outbox",
                        "Sign-in security");
        assertThat(navigateTo("clients").getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails(OWNER)
    void a_therapist_who_runs_the_practice_sees_both() {
        navigateTo("");
        assertThat(menuLabels())
                .containsExactly(
                        "Today",
                        "Calendar",
                        "Clients",
                        "Outcomes",
                        "Record access",
                        "Marketing list",
                        "Team",
                        "Practice calendar",
                        "Appointment types",
                        "Client assignment",
                        "Contraindications",
                        "Audit trail",
                        "Outbox",
                        "Sign-in security");
    }

    @Test
    @WithUserDetails(ANNA)
    void an_unknown_address_shows_the_calm_not_found_page() {
        assertThat(navigateTo("no/such/page")).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails(BEN)
    void the_colours_are_chosen_for_the_account_from_the_menu_and_kept() {
        navigateTo("");
        Button opener = find(Button.class).id("account-colours");
        assertThat(opener.getText()).isEqualTo("Colours: as this device");
        assertThat(find(RadioButtonGroup.class).all())
                .as("no choices until asked for")
                .isEmpty();

        test(opener).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ColourChoice> choice = find(RadioButtonGroup.class).id("account-colours-choice");
        assertThat(choice.getValue()).isEqualTo(ColourChoice.SYSTEM);
        test(choice).selectItem("Dim (for low light and headaches)");
        assertThat(opener.getText()).isEqualTo("Colours: dim");
        assertThat(accountColours.colours()).as("kept for the account").isEqualTo(ColourChoice.DIM);
        test(find(Button.class).id("account-colours-close")).click();
        assertThat(find(RadioButtonGroup.class).all()).as("the dialog is gone").isEmpty();

        // A later page opens in the account's choice.
        navigateTo("clients");
        assertThat(find(Button.class).id("account-colours").getText()).isEqualTo("Colours: dim");
        accountColours.choose(ColourChoice.SYSTEM);
    }

    private List<String> menuLabels() {
        return find(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
