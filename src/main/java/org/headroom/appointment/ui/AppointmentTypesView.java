package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.headroom.appointment.AppointmentRefusedException;
import org.headroom.appointment.AppointmentTypeForm;
import org.headroom.appointment.AppointmentTypeService;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;

/**
 * The practice admin's appointment types: name, length, buffer after and colour, offered or
 * retired. A handful of rows, so the grid holds them all.
 */
@Route("admin/appointment-types")
@PageTitle("Headroom")
@Menu(title = "menu.appointment-types", order = 10.6, icon = "vaadin:clock")
@RolesAllowed("PRACTICE_ADMIN")
final class AppointmentTypesView extends VerticalLayout {

    private final AppointmentTypeService types;
    final Grid<AppointmentTypeForm> grid = new Grid<>();
    final Button add = new Button();

    AppointmentTypesView(AppointmentTypeService types) {
        this.types = types;
        addClassName("hr-page");
        setId("appointment-types-page");
        setMaxWidth("60rem");
        grid.setId("appointment-types");
        grid.addComponentColumn(t -> {
                    Span swatch = new Span();
                    swatch.getStyle()
                            .set("display", "inline-block")
                            .set("width", "1.25rem")
                            .set("height", "1.25rem")
                            .set("border-radius", "0.25rem")
                            .set("background", t.getColour());
                    swatch.getElement().setAttribute("aria-label", t.getColour());
                    return swatch;
                })
                .setHeader(getTranslation("types.colour"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AppointmentTypeForm::getName).setHeader(getTranslation("types.name"));
        grid.addColumn(AppointmentTypeForm::getDurationMinutes).setHeader(getTranslation("types.duration"));
        grid.addColumn(AppointmentTypeForm::getBufferMinutes).setHeader(getTranslation("types.buffer"));
        grid.addColumn(t -> getTranslation(t.isActive() ? "types.state.active" : "types.state.retired"))
                .setHeader(getTranslation("types.active"));
        grid.addComponentColumn(t -> {
                    Button edit = new Button(getTranslation("types.edit"), e -> new TypeDialog(t).open());
                    edit.setId("type-edit-" + t.getId());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add.setText(getTranslation("types.add"));
        add.setId("type-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new TypeDialog(new AppointmentTypeForm()).open());
        add(new H1(getTranslation("types.heading")), new Paragraph(getTranslation("types.intro")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(types.all());
    }

    /** Adds or edits one type; a refusal keeps the dialog open with its message. */
    final class TypeDialog extends Dialog {

        final TextField name = new TextField(getTranslation("types.name"));
        final IntegerField duration = new IntegerField(getTranslation("types.duration"));
        final IntegerField buffer = new IntegerField(getTranslation("types.buffer"));
        final TextField colour = new TextField(getTranslation("types.colour"));
        final Checkbox active = new Checkbox(getTranslation("types.active"));
        final Paragraph problem = new Paragraph();
        final Button save = new Button(getTranslation("hours.save"));

        TypeDialog(AppointmentTypeForm form) {
            setId("type-dialog");
            setHeaderTitle(getTranslation(form.getId() == null ? "types.dialog.new" : "types.dialog.edit"));
            name.setId("type-name");
            name.setValue(form.getName());
            duration.setId("type-duration");
            duration.setStep(5);
            duration.setValue(form.getDurationMinutes());
            buffer.setId("type-buffer");
            buffer.setStep(5);
            buffer.setValue(form.getBufferMinutes());
            colour.setId("type-colour");
            colour.setValue(form.getColour());
            colour.setHelperText("#2f7f88");
            active.setId("type-active");
            active.setValue(form.isActive());
            problem.setId("type-problem");
            problem.addClassName("hr-problem");
            problem.getElement().setAttribute("role", "alert");
            FormLayout fields = new FormLayout(name, duration, buffer, colour, active);
            add(fields, problem);
            save.setId("type-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Actions.onClick(save, () -> {
                form.setName(name.getValue());
                form.setDurationMinutes(duration.getValue() == null ? 0 : duration.getValue());
                form.setBufferMinutes(buffer.getValue() == null ? -1 : buffer.getValue());
                form.setColour(colour.getValue());
                form.setActive(active.getValue());
                try {
                    types.save(form);
                    Notifications.saved(getTranslation("types.saved"));
                    close();
                    refresh();
                } catch (AppointmentRefusedException e) {
                    problem.setText(getTranslation(e.getMessage()));
                } catch (ConcurrentEditException e) {
                    problem.setText(getTranslation("concurrent-edit.text"));
                }
            });
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }
    }
}
