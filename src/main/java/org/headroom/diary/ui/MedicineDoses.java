package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headroom.diary.MedicineChoice;

/** The client's own medicines, each with a dose count changed by large minus and plus buttons (0 to 20). */
final class MedicineDoses extends Div {

    private final Map<Long, Integer> doses = new HashMap<>();

    MedicineDoses(List<MedicineChoice> medicines) {
        addClassName("hr-diary-doses");
        for (MedicineChoice m : medicines) {
            Span name = new Span(m.name());
            name.addClassName("hr-diary-dose-name");
            Span count = new Span("0");
            count.addClassName("hr-diary-dose-count");
            count.setId("dose-count-" + m.id());
            count.getElement().setAttribute("aria-live", "polite");
            Button less = new Button("−", e -> change(m, count, -1));
            less.setId("dose-less-" + m.id());
            less.setAriaLabel(getTranslation("cd.dose.less", m.name()));
            Button more = new Button("+", e -> change(m, count, 1));
            more.setId("dose-more-" + m.id());
            more.setAriaLabel(getTranslation("cd.dose.more", m.name()));
            Div row = new Div(name, less, count, more);
            row.addClassName("hr-diary-dose");
            add(row);
        }
    }

    private void change(MedicineChoice m, Span count, int by) {
        int value = Math.max(0, Math.min(20, doses.getOrDefault(m.id(), 0) + by));
        doses.put(m.id(), value);
        count.setText(Integer.toString(value));
    }

    void set(long medicineId, int value) {
        doses.put(medicineId, value);
    }

    Map<Long, Integer> values() {
        return Map.copyOf(doses);
    }
}
