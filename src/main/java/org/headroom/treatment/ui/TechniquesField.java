package org.headroom.treatment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;

/** The techniques of a session: tick each one used, with its minutes and pressure. */
final class TechniquesField extends CustomField<List<TechniqueUse>> {

    record Row(Checkbox used, IntegerField minutes, Select<PressureLevel> pressure) {}

    final Map<Technique, Row> rows = new EnumMap<>(Technique.class);

    TechniquesField() {
        Div table = new Div();
        table.addClassName("hr-techniques");
        for (Technique technique : Technique.values()) {
            Checkbox used = new Checkbox(getTranslation("technique." + technique.name()));
            used.setId("technique-" + technique.name());
            IntegerField minutes = new IntegerField();
            minutes.setAriaLabel(
                    getTranslation("note.technique.minutes") + ": " + getTranslation("technique." + technique.name()));
            minutes.setPlaceholder(getTranslation("note.technique.minutes"));
            minutes.setMin(1);
            minutes.setMax(240);
            minutes.setId("technique-minutes-" + technique.name());
            Select<PressureLevel> pressure = new Select<>();
            pressure.setAriaLabel(
                    getTranslation("note.technique.pressure") + ": " + getTranslation("technique." + technique.name()));
            pressure.setItems(PressureLevel.values());
            pressure.setItemLabelGenerator(p -> p == null ? "" : getTranslation("pressure." + p.name()));
            pressure.setEmptySelectionAllowed(true);
            pressure.setId("technique-pressure-" + technique.name());
            used.addValueChangeListener(e -> {
                minutes.setEnabled(e.getValue());
                pressure.setEnabled(e.getValue());
                updateValue();
            });
            minutes.addValueChangeListener(e -> updateValue());
            pressure.addValueChangeListener(e -> updateValue());
            minutes.setEnabled(false);
            pressure.setEnabled(false);
            rows.put(technique, new Row(used, minutes, pressure));
            Div row = new Div(used, minutes, pressure);
            row.addClassName("hr-technique-row");
            table.add(row);
        }
        add(table);
    }

    @Override
    protected List<TechniqueUse> generateModelValue() {
        List<TechniqueUse> used = new ArrayList<>();
        rows.forEach((technique, row) -> {
            if (row.used().getValue()) {
                used.add(new TechniqueUse(
                        technique, row.minutes().getValue(), row.pressure().getValue()));
            }
        });
        return used;
    }

    @Override
    protected void setPresentationValue(List<TechniqueUse> value) {
        rows.values().forEach(row -> {
            row.used().setValue(false);
            row.minutes().clear();
            row.pressure().clear();
        });
        if (value != null) {
            for (TechniqueUse use : value) {
                Row row = rows.get(use.technique());
                row.used().setValue(true);
                row.minutes().setValue(use.minutes());
                row.pressure().setValue(use.pressure());
            }
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        rows.values().forEach(row -> {
            row.used().setReadOnly(readOnly);
            row.minutes().setReadOnly(readOnly);
            row.pressure().setReadOnly(readOnly);
        });
    }
}
