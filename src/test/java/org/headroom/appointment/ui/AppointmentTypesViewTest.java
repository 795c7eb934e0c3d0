package org.headroom.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;

import com.vaadin.flow.component.button.Button;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.appointment.AppointmentTypeForm;
import org.headroom.appointment.AppointmentTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The practice admin adds and edits appointment types; bad values are refused and save nothing. */
class AppointmentTypesViewTest extends ViewTest {

    @Autowired
    AppointmentTypeService types;

    @Test
    @WithUserDetails(ADMIN)
    void the_admin_adds_a_type_and_a_bad_length_saves_nothing() {
        navigateTo("admin/appointment-types");
        int before = types.all().size();
        test(find(Button.class).id("type-add")).click();
        AppointmentTypesView.TypeDialog dialog =
                find(AppointmentTypesView.TypeDialog.class).single();
        String name = Fixtures.unique("Short visit ");
        test(dialog.name).setValue(name);
        test(dialog.duration).setValue(33);
        test(dialog.colour).setValue("#aa5500");
        test(dialog.save).click();
        assertThat(dialog.problem.getText()).isEqualTo("The length must be 5 to 480 minutes, in steps of 5.");
        assertThat(types.all()).hasSize(before);

        test(dialog.duration).setValue(30);
        test(dialog.buffer).setValue(5);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        AppointmentTypeForm saved = types.all().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getDurationMinutes()).isEqualTo(30);
        assertThat(saved.getBufferMinutes()).isEqualTo(5);
        assertThat(saved.getColour()).isEqualTo("#aa5500");

        // Retired: no longer offered for booking, kept for the appointments that have it.
        AppointmentTypesView view = (AppointmentTypesView) getCurrentView();
        var grid = test(view.grid);
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, 3)).isEqualTo("5");
        test((Button) grid.getCellComponent(row, 5)).click();
        AppointmentTypesView.TypeDialog edit =
                find(AppointmentTypesView.TypeDialog.class).single();
        test(edit.active).click();
        test(edit.save).click();
        assertThat(types.all().stream()
                        .filter(t -> t.getName().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .isActive())
                .isFalse();
    }
}
