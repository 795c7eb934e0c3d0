package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.MedicineChoice;

/** The client's own list of acute medicines, set once, each with its kind. */
@Route(value = "diary/medicines", autoLayout = false)
@AnonymousAllowed
final class ClientMedicinesView extends ClientDiaryPage {

    final TextField name = new TextField();
    final Select<AcuteMedicationClass> kind = new Select<>();
    final Button add = new Button();
    private final Div list = new Div();
    private final com.vaadin.flow.component.html.Paragraph added = new com.vaadin.flow.component.html.Paragraph();

    ClientMedicinesView(ClientDiaryService service) {
        super(service);
        setId("client-medicines");
        Actions.onClick(add, this::addMedicine);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        safely(() -> {
            removeAll();
            name.setLabel(getTranslation("cd.med.name"));
            name.setId("medicine-name");
            name.setMaxLength(200);
            name.setWidthFull();
            kind.setLabel(getTranslation("cd.med.kind"));
            kind.setId("medicine-kind");
            kind.setItems(Arrays.stream(AcuteMedicationClass.values())
                    .filter(c -> c != AcuteMedicationClass.NONE)
                    .toList());
            kind.setItemLabelGenerator(c -> getTranslation("medication." + c.name()));
            kind.setWidthFull();
            add.setText(getTranslation("cd.med.add"));
            add.setId("medicine-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setWidthFull();
            list.setId("medicine-list");
            list.addClassName("hr-diary-card");
            added.setId("diary-status");
            added.addClassName("hr-diary-status");
            added.getElement().setAttribute("role", "status");
            add(
                    back(),
                    new H1(getTranslation("cd.medicines")),
                    new Paragraph(getTranslation("cd.med.intro")),
                    added,
                    list);
            add(new H2(getTranslation("cd.med.new")), name, kind, add);
            show(service.home(device).medicines());
        });
    }

    private void show(List<MedicineChoice> medicines) {
        list.removeAll();
        if (medicines.isEmpty()) {
            list.add(new Paragraph(getTranslation("cd.med.empty")));
        }
        for (MedicineChoice m : medicines) {
            Button remove = new Button(getTranslation("cd.med.remove"));
            remove.setAriaLabel(getTranslation("cd.med.remove.label", m.name()));
            remove.setId("medicine-remove-" + m.id());
            remove.addClickListener(e -> safely(() -> show(service.removeMedicine(device, m.id()))));
            Div row = new Div(
                    new Span(m.name() + " ("
                            + getTranslation("medication." + m.medicationClass().name()) + ")"),
                    remove);
            row.addClassName("hr-diary-day");
            list.add(row);
        }
    }

    private void addMedicine() {
        safely(() -> {
            try {
                show(service.addMedicine(device, name.getValue(), kind.getValue()));
                added.setText(getTranslation("cd.med.added", name.getValue().strip()));
                name.clear();
                kind.clear();
                name.setInvalid(false);
                kind.setInvalid(false);
            } catch (DiaryRefusedException e) {
                if ("name".equals(e.field())) {
                    name.setInvalid(true);
                    name.setErrorMessage(getTranslation(e.getMessage()));
                } else {
                    kind.setInvalid(true);
                    kind.setErrorMessage(getTranslation(e.getMessage()));
                }
            }
        });
    }
}
