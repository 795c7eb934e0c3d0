package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.ui.Notifications;
import org.headroom.intake.ContraindicationItem;
import org.headroom.intake.ContraindicationService;
import org.headroom.intake.Severity;

/**
 * The practice admin's contraindication list: severity per item (caution or do not treat), items
 * switched on or off, new items added. Sources differ (docs/clinical-rules.md), so this is a setting.
 */
@Route("admin/contraindications")
@PageTitle("Headroom")
@Menu(title = "menu.contraindications", order = 12, icon = "vaadin:clipboard-cross")
@RolesAllowed("PRACTICE_ADMIN")
final class ContraindicationSettingsView extends VerticalLayout {

    private final ContraindicationService service;
    final Grid<ContraindicationItem> grid = new Grid<>();
    final TextField newLabel = new TextField();
    final Select<Severity> newSeverity = new Select<>();

    ContraindicationSettingsView(ContraindicationService service) {
        this.service = service;
        addClassName("hr-page");
        setSizeFull();
        grid.setId("contraindication-grid");
        grid.addColumn(ContraindicationItem::label)
                .setHeader(getTranslation("contraindications.label"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::severitySelect).setHeader(getTranslation("contraindications.severity"));
        grid.addComponentColumn(this::activeBox).setHeader(getTranslation("contraindications.active"));
        grid.setItems(service.all());

        newLabel.setId("new-contraindication");
        newLabel.setLabel(getTranslation("contraindications.new"));
        newLabel.setMaxLength(200);
        newSeverity.setLabel(getTranslation("contraindications.severity"));
        newSeverity.setItems(Severity.values());
        newSeverity.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
        newSeverity.setValue(Severity.CAUTION);
        Button add = new Button(getTranslation("contraindications.add"), e -> add());
        add.setId("add-contraindication");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adder = new HorizontalLayout(newLabel, newSeverity, add);
        adder.setAlignItems(Alignment.BASELINE);
        adder.setWrap(true);

        add(
                new H1(getTranslation("contraindications.title")),
                new Paragraph(getTranslation("contraindications.help")),
                grid,
                adder);
        setFlexGrow(1, grid);
    }

    private Select<Severity> severitySelect(ContraindicationItem item) {
        Select<Severity> select = new Select<>();
        select.setId("severity-" + item.code());
        select.setAriaLabel(getTranslation("contraindications.severity") + ": " + item.label());
        select.setItems(Severity.values());
        select.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
        select.setValue(item.severity());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(item, e.getValue(), item.active());
            }
        });
        return select;
    }

    private Checkbox activeBox(ContraindicationItem item) {
        Checkbox box = new Checkbox(item.active());
        box.setId("active-" + item.code());
        box.setAriaLabel(getTranslation("contraindications.active") + ": " + item.label());
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(item, item.severity(), e.getValue());
            }
        });
        return box;
    }

    void save(ContraindicationItem item, Severity severity, boolean active) {
        try {
            service.update(item.id(), item.version(), item.label(), severity, active);
            Notifications.saved(getTranslation("contraindications.saved"));
        } catch (ConcurrentEditException e) {
            Notifications.problem(getTranslation("concurrent-edit.text"));
        }
        grid.setItems(service.all());
    }

    private void add() {
        try {
            service.add(newLabel.getValue(), newSeverity.getValue());
            newLabel.clear();
            grid.setItems(service.all());
            Notifications.saved(getTranslation("contraindications.saved"));
        } catch (ConstraintViolationException e) {
            newLabel.setInvalid(true);
            newLabel.setErrorMessage(getTranslation("field.required"));
        } catch (IllegalArgumentException e) {
            newLabel.setInvalid(true);
            newLabel.setErrorMessage(getTranslation("contraindication.exists"));
        }
    }
}
