package org.headroom.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AssociatedSymptom;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.HeadacheType;
import org.headroom.base.clinical.Trigger;
import org.headroom.intake.ContraindicationAnswer;
import org.headroom.intake.ContraindicationItem;
import org.headroom.intake.DiagnosedBy;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.Pressure;
import org.headroom.intake.RedFlag;
import org.headroom.intake.Severity;

/**
 * The questions of the intake form, in the sections of docs/clinical-rules.md, bound to {@link
 * IntakeAnswers}. Used by the therapist's intake page and by the client's own link page.
 */
public final class IntakeFormLayout extends VerticalLayout {

    final BeanValidationBinder<IntakeAnswers> binder = new BeanValidationBinder<>(IntakeAnswers.class);
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final List<Section> sections = new java.util.ArrayList<>();

    /** One part of the form: its title, its box on the page and the answers it asks for. */
    private record Section(String titleKey, H3 title, VerticalLayout box, List<String> names) {}

    final CheckboxGroup<ContraindicationItem> contraindications = new CheckboxGroup<>();
    final CheckboxGroup<RedFlag> redFlags = new CheckboxGroup<>();

    public IntakeFormLayout(List<ContraindicationItem> contraindicationList) {
        setPadding(false);
        addClassName("hr-intake-form");

        FormLayout health = section("intake.section.health");
        health.add(area("conditions"), area("surgery"), area("medication"), area("allergies"));

        contraindications.setLabel(getTranslation("intake.contraindications"));
        contraindications.setHelperText(getTranslation("intake.contraindications.help"));
        contraindications.setItems(contraindicationList);
        contraindications.setItemLabelGenerator(c -> c.severity() == Severity.DO_NOT_TREAT
                ? c.label() + " (" + getTranslation("severity.DO_NOT_TREAT").toLowerCase() + ")"
                : c.label());
        contraindications.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        contraindications.setId("contraindications");
        binder.forField(contraindications)
                .withConverter(new ContraindicationConverter(contraindicationList))
                .bind("contraindications");
        section("intake.section.contraindications").add(contraindications);
        fields.put("contraindications", contraindications);
        last().names().add("contraindications");

        redFlags.setLabel(getTranslation("intake.redFlags"));
        redFlags.setHelperText(getTranslation("intake.redFlags.help"));
        redFlags.setItems(RedFlag.values());
        redFlags.setItemLabelGenerator(f -> getTranslation("redFlag." + f.name()));
        redFlags.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        redFlags.setId("redFlags");
        binder.forField(redFlags).bind("redFlags");
        FormLayout flags = section("intake.section.redFlags");
        flags.add(redFlags);
        fields.put("redFlags", redFlags);
        last().names().add("redFlags");
        flags.getParent().ifPresent(p -> ((Component) p).addClassName("hr-red-flags"));

        FormLayout profile = section("intake.section.profile");
        profile.add(
                radio("diagnosedBy", DiagnosedBy.values(), "diagnosedBy."),
                checks("headacheTypes", HeadacheType.values(), "headacheType."),
                number("ageAtOnset", 0, 120),
                number("headacheDaysPerMonth", 0, 31),
                number("usualDurationHours", 0, 240),
                number("usualIntensity", 0, 10),
                yesNo("aura"),
                checks("auraTypes", AuraType.values(), "auraType."),
                checks("symptoms", AssociatedSymptom.values(), "symptom."),
                checks("triggers", Trigger.values(), "trigger."),
                text("otherTriggers"));

        FormLayout medicines = section("intake.section.medicines");
        medicines.add(
                text("preventiveMedication"),
                text("acuteMedication"),
                select("acuteMedicationClass", AcuteMedicationClass.values(), "medication."),
                number("acuteMedicationDaysPerMonth", 0, 31),
                yesNo("patternOverThreeMonths"),
                text("otherTreatments"),
                text("whatHelps"));

        FormLayout lifestyle = section("intake.section.lifestyle");
        lifestyle.add(
                number("sleepHours", 0, 24),
                number("sleepQuality", 0, 10),
                number("stressLevel", 0, 10),
                text("workPosture"),
                number("caffeineDrinksPerDay", 0, 50),
                text("hydration"));

        FormLayout goals = section("intake.section.goals");
        goals.add(area("goals"), radio("pressure", Pressure.values(), "pressure."), text("areasToAvoid"));
        markRequired(
                "diagnosedBy",
                "headacheTypes",
                "headacheDaysPerMonth",
                "usualIntensity",
                "aura",
                "acuteMedicationClass",
                "acuteMedicationDaysPerMonth",
                "sleepQuality",
                "stressLevel",
                "goals",
                "pressure");
    }

    /** Marks the named answers as needed to complete; clears marks on all others. */
    void showMissing(Collection<String> names) {
        fields.forEach((name, field) -> {
            if (field instanceof HasValidation validation && names.contains(name)) {
                validation.setErrorMessage(getTranslation("intake.required-to-complete"));
                validation.setInvalid(true);
            }
        });
        names.stream()
                .map(fields::get)
                .filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .findFirst()
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
    }

    /**
     * Words for the client answering on their own phone where the therapist's page speaks of "the
     * client" or of decisions to record.
     */
    void speakToClient() {
        contraindications.setLabel(getTranslation("public.contraindications"));
        contraindications.setHelperText(getTranslation("public.contraindications.help"));
        redFlags.setLabel(getTranslation("public.redFlags"));
        redFlags.setHelperText(getTranslation("public.redFlags.help"));
    }

    /** How many parts the form has (the public link shows one at a time). */
    int sectionCount() {
        return sections.size();
    }

    /** The translation key of the part's title, e.g. {@code intake.section.health}. */
    String sectionKey(int index) {
        return sections.get(index).titleKey();
    }

    /** The answers the part asks for, by name. */
    List<String> sectionFields(int index) {
        return List.copyOf(sections.get(index).names());
    }

    /** Shows only the given part, without its own heading (the page gives the step's). */
    void showOnlySection(int index) {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).box().setVisible(i == index);
            sections.get(i).title().setVisible(false);
        }
    }

    /** Checks the part's answers for range and format, marking the wrong ones; true when all are fine. */
    boolean validateSection(int index) {
        boolean valid = true;
        for (String name : sections.get(index).names()) {
            var binding = binder.getBinding(name);
            if (binding.isPresent() && binding.get().validate().isError()) {
                valid = false;
            }
        }
        return valid;
    }

    Component field(String name) {
        return fields.get(name);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private void markRequired(String... names) {
        for (String name : names) {
            if (fields.get(name) instanceof CheckboxGroup<?> group) {
                org.headroom.base.ui.RequiredChoice.mark(group);
            } else if (fields.get(name) instanceof Select<?> select) {
                org.headroom.base.ui.RequiredChoice.mark(select);
            } else if (fields.get(name) instanceof HasValue<?, ?> field) {
                field.setRequiredIndicatorVisible(true);
            }
        }
    }

    private FormLayout section(String titleKey) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("hr-form-section");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        VerticalLayout box = new VerticalLayout(title, form);
        box.setPadding(false);
        box.setSpacing(false);
        add(box);
        sections.add(new Section(titleKey, title, box, new java.util.ArrayList<>()));
        return form;
    }

    private Section last() {
        return sections.get(sections.size() - 1);
    }

    private <C extends Component> C register(String name, C field) {
        field.setId(name);
        fields.put(name, field);
        last().names().add(name);
        return field;
    }

    private TextArea area(String name) {
        TextArea field = register(name, new TextArea(getTranslation("intake." + name)));
        binder.forField(field).bind(name);
        return field;
    }

    private TextField text(String name) {
        TextField field = register(name, new TextField(getTranslation("intake." + name)));
        binder.forField(field).bind(name);
        return field;
    }

    private IntegerField number(String name, int min, int max) {
        IntegerField field = register(name, new IntegerField(getTranslation("intake." + name)));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        binder.forField(field).bind(name);
        return field;
    }

    private RadioButtonGroup<Boolean> yesNo(String name) {
        RadioButtonGroup<Boolean> field = register(name, new RadioButtonGroup<>(getTranslation("intake." + name)));
        field.setItems(Boolean.TRUE, Boolean.FALSE);
        field.setItemLabelGenerator(b -> getTranslation(b ? "intake.yes" : "intake.no"));
        binder.forField(field).bind(name);
        return field;
    }

    private <E extends Enum<E>> RadioButtonGroup<E> radio(String name, E[] values, String labelPrefix) {
        RadioButtonGroup<E> field = register(name, new RadioButtonGroup<>(getTranslation("intake." + name)));
        field.setItems(values);
        field.setItemLabelGenerator(v -> getTranslation(labelPrefix + v.name()));
        binder.forField(field).bind(name);
        return field;
    }

    private <E extends Enum<E>> Select<E> select(String name, E[] values, String labelPrefix) {
        Select<E> field = register(name, new Select<>());
        field.setLabel(getTranslation("intake." + name));
        field.setItems(values);
        field.setItemLabelGenerator(v -> v == null ? "" : getTranslation(labelPrefix + v.name()));
        field.setEmptySelectionAllowed(true);
        binder.forField(field).bind(name);
        return field;
    }

    private <E extends Enum<E>> CheckboxGroup<E> checks(String name, E[] values, String labelPrefix) {
        CheckboxGroup<E> field = register(name, new CheckboxGroup<>(getTranslation("intake." + name)));
        field.setItems(values);
        field.setItemLabelGenerator(v -> getTranslation(labelPrefix + v.name()));
        binder.forField(field).bind(name);
        return field;
    }

    /** Ticked list items to the answers kept on the intake, matched by code. */
    private static final class ContraindicationConverter
            implements Converter<Set<ContraindicationItem>, List<ContraindicationAnswer>> {

        private final List<ContraindicationItem> items;

        ContraindicationConverter(List<ContraindicationItem> items) {
            this.items = items;
        }

        @Override
        public Result<List<ContraindicationAnswer>> convertToModel(
                Set<ContraindicationItem> value, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(value.stream().map(ContraindicationItem::toAnswer).toList());
        }

        @Override
        public Set<ContraindicationItem> convertToPresentation(
                List<ContraindicationAnswer> value, com.vaadin.flow.data.binder.ValueContext context) {
            Set<String> codes = value == null
                    ? Set.of()
                    : value.stream().map(ContraindicationAnswer::code).collect(Collectors.toSet());
            return items.stream()
                    .filter(i -> codes.contains(i.code()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
