package org.headroom.treatment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.Side;
import org.headroom.treatment.TriggerPoint;

/** The session note form in SOAP order, bound to {@link SessionNoteForm}. */
final class NoteFormLayout extends VerticalLayout {

    final BeanValidationBinder<SessionNoteForm> binder = new BeanValidationBinder<>(SessionNoteForm.class);
    final Map<String, Component> fields = new HashMap<>();
    final BodyChart areas = new BodyChart();
    final MultiSelectComboBox<BodyRegion> areasList = new MultiSelectComboBox<>();
    final TechniquesField techniques = new TechniquesField();
    final MultiSelectComboBox<TriggerPoint> triggerPoints = new MultiSelectComboBox<>();

    NoteFormLayout() {
        setPadding(false);
        DatePicker date = new DatePicker(getTranslation("note.date"));
        date.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        TimePicker start = new TimePicker(getTranslation("note.startTime"));
        start.setStep(Duration.ofMinutes(15));
        FormLayout when = section("note.section.subjective");
        when.add(
                bind("date", date),
                bind("startTime", start),
                bind("durationMinutes", number("note.durationMinutes", 5, 240)),
                bind("painBefore", number("note.painBefore", 0, 10)),
                bind("headachesSinceLastVisit", new TextArea(getTranslation("note.headachesSinceLastVisit"))),
                bind("medication", new TextField(getTranslation("note.medication"))),
                bind("sleepQuality", number("note.sleepQuality", 0, 10)),
                bind("stress", number("note.stress", 0, 10)));

        triggerPoints.setLabel(getTranslation("note.triggerPoints"));
        List<TriggerPoint> points = new ArrayList<>();
        for (TriggerPoint.Muscle muscle : TriggerPoint.Muscle.values()) {
            points.add(new TriggerPoint(muscle, Side.LEFT));
            points.add(new TriggerPoint(muscle, Side.RIGHT));
        }
        triggerPoints.setItems(points);
        triggerPoints.setItemLabelGenerator(
                p -> getTranslation("muscle." + p.muscle().name()) + " ("
                        + getTranslation("side." + p.side().name()) + ")");
        FormLayout objective = section("note.section.objective");
        objective.add(bind("palpation", new TextArea(getTranslation("note.palpation"))));
        binder.forField(triggerPoints)
                .withConverter(
                        set -> new ArrayList<>(set),
                        list -> new java.util.LinkedHashSet<>(list == null ? List.of() : list))
                .bind("triggerPoints");
        triggerPoints.setId("triggerPoints");
        fields.put("triggerPoints", triggerPoints);
        objective.add(
                triggerPoints,
                bind("posture", new TextField(getTranslation("note.posture"))),
                bind("rangeOfMotion", new TextField(getTranslation("note.rangeOfMotion"))));

        FormLayout treatment = section("note.section.treatment");
        techniques.setLabel(getTranslation("note.techniques"));
        areas.setId("areas");
        treatment.add(bind("techniques", techniques), bind("oils", new TextField(getTranslation("note.oils"))));
        treatment.setColspan(techniques, 2);
        H3 areasTitle = new H3(getTranslation("note.areas"));
        areasTitle.addClassName("hr-form-section");
        binder.forField(areas).bind("areas");
        // The same areas as a list, for anyone who cannot or would rather not tap a drawing (WCAG
        // 2.5.7): each follows the other.
        areasList.setId("areas-list");
        areasList.setLabel(getTranslation("note.areas.list"));
        areasList.setItems(BodyRegion.values());
        areasList.setItemLabelGenerator(r -> getTranslation("region." + r.name()));
        areasList.setWidthFull();
        areas.addValueChangeListener(e -> {
            if (!java.util.Set.copyOf(areasList.getValue()).equals(java.util.Set.copyOf(e.getValue()))) {
                areasList.setValue(e.getValue());
            }
        });
        areasList.addValueChangeListener(e -> {
            if (!java.util.Set.copyOf(areas.getValue()).equals(java.util.Set.copyOf(e.getValue()))) {
                areas.setValue(
                        e.getValue().isEmpty()
                                ? java.util.EnumSet.noneOf(BodyRegion.class)
                                : java.util.EnumSet.copyOf(e.getValue()));
            }
        });
        add(areasTitle, areas, areasList);

        section("note.section.assessment").add(bind("assessment", new TextArea(getTranslation("note.assessment"))));
        DatePicker next = new DatePicker(getTranslation("note.nextVisit"));
        next.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        section("note.section.plan")
                .add(bind("homeCare", new TextArea(getTranslation("note.homeCare"))), bind("nextVisit", next));
        section("note.section.after")
                .add(
                        bind("painAfter", number("note.painAfter", 0, 10)),
                        bind("clientResponse", new TextField(getTranslation("note.clientResponse"))),
                        bind("adverseReaction", new TextField(getTranslation("note.adverseReaction"))));
    }

    Component field(String name) {
        return fields.get(name);
    }

    void showProblem(String name, String message) {
        if (fields.get(name) instanceof HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        areas.setReadOnly(readOnly);
        areasList.setReadOnly(readOnly);
    }

    private <C extends Component & com.vaadin.flow.component.HasValue<?, ?>> C bind(String name, C field) {
        field.setId(name);
        fields.put(name, field);
        binder.forField((com.vaadin.flow.component.HasValue<?, ?>) field).bind(name);
        return field;
    }

    private IntegerField number(String key, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private FormLayout section(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("hr-form-section");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(title, form);
        return form;
    }
}
