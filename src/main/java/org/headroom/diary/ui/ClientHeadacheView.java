package org.headroom.diary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.headroom.base.Formats;
import org.headroom.base.clinical.Trigger;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryHome;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.SavedDay;

/**
 * Recording a headache on the phone: when it started (just now, earlier today, yesterday), how
 * bad (0-10 as large buttons), how long or still going, what it was like, medicine from the
 * client's own list with doses, possible triggers, a note. The form carries its own submission key,
 * so that a second tap after a lost connection is recognised rather than saved twice.
 */
@Route(value = "diary/day/:date", autoLayout = false)
@AnonymousAllowed
final class ClientHeadacheView extends ClientDiaryPage {

    final RadioButtonGroup<String> when = new RadioButtonGroup<>();
    final TimePicker start = new TimePicker();
    final List<Button> intensity = new ArrayList<>();
    Integer chosenIntensity;
    final Checkbox stillGoing = new Checkbox();
    final NumberField hours = new NumberField();
    final Checkbox migraine = new Checkbox();
    final Checkbox aura = new Checkbox();
    final Checkbox nausea = new Checkbox();
    final Checkbox vomiting = new Checkbox();
    final Checkbox light = new Checkbox();
    final Checkbox noise = new Checkbox();
    MedicineDoses doses;
    final CheckboxGroup<Trigger> triggers = new CheckboxGroup<>();
    final TextArea note = new TextArea();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private LocalDate date;
    private LocalDate today;
    private String submission;

    private final java.time.Clock clock;

    ClientHeadacheView(ClientDiaryService service, java.time.Clock clock) {
        super(service);
        this.clock = clock;
        setId("client-headache");
        Actions.onClick(save, this::save);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        try {
            date = LocalDate.parse(event.getRouteParameters().get("date").orElse(""));
        } catch (DateTimeParseException e) {
            event.forwardTo("diary");
            return;
        }
        safely(this::render);
    }

    private void render() {
        DiaryHome home = service.home(device);
        today = home.today();
        submission = UUID.randomUUID().toString();
        removeAll();
        boolean isToday = date.equals(today);
        add(back(), new H1(getTranslation(isToday ? "cd.form.title.today" : "cd.form.title", Formats.date(date))));

        if (isToday) {
            when.setLabel(getTranslation("cd.form.when"));
            when.setItems("now", "earlier", "yesterday");
            when.setItemLabelGenerator(v -> getTranslation("cd.form.when." + v));
            when.setValue("now");
            when.setId("form-when");
            when.addValueChangeListener(e -> start.setVisible(!"now".equals(e.getValue())));
            add(when);
        }
        start.setLabel(getTranslation(isToday ? "cd.form.start" : "cd.form.start.past"));
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setId("form-start");
        start.setVisible(!isToday);
        start.setWidthFull();
        add(start);

        Div scale = new Div();
        scale.addClassName("hr-diary-scale");
        scale.getElement().setAttribute("role", "group");
        scale.getElement().setAttribute("aria-label", getTranslation("cd.form.intensity"));
        intensity.clear();
        for (int i = 0; i <= 10; i++) {
            int value = i;
            Button b = new Button(Integer.toString(i));
            b.setId("intensity-" + i);
            b.getElement().setAttribute("aria-pressed", "false");
            b.addClickListener(e -> chooseIntensity(value));
            intensity.add(b);
            scale.add(b);
        }
        add(
                new H2(getTranslation("cd.form.intensity")),
                new Paragraph(getTranslation("cd.form.intensity.help")),
                scale);

        stillGoing.setLabel(getTranslation("cd.form.still-going"));
        stillGoing.setId("form-still-going");
        stillGoing.setVisible(!date.isBefore(today.minusDays(1)));
        stillGoing.addValueChangeListener(e -> hours.setVisible(!e.getValue()));
        hours.setLabel(getTranslation("cd.form.hours"));
        hours.setId("form-hours");
        hours.setMin(0.25);
        hours.setMax(240);
        hours.setStep(0.5);
        hours.setStepButtonsVisible(true);
        hours.setWidthFull();
        add(new H2(getTranslation("cd.form.how-long")), stillGoing, hours);

        label(migraine, "cd.form.migraine", "form-migraine");
        label(aura, "cd.form.aura", "form-aura");
        label(nausea, "cd.form.nausea", "form-nausea");
        label(vomiting, "cd.form.vomiting", "form-vomiting");
        label(light, "cd.form.light", "form-light");
        label(noise, "cd.form.noise", "form-noise");
        add(new H2(getTranslation("cd.form.like")), migraine, aura, nausea, vomiting, light, noise);

        add(new H2(getTranslation("cd.form.medicine")));
        doses = new MedicineDoses(home.medicines());
        if (home.medicines().isEmpty()) {
            add(new Paragraph(getTranslation("cd.form.medicine.none")));
        } else {
            add(doses);
        }
        Button addMedicine = new Button(
                getTranslation("cd.form.medicine.add"), e -> UI.getCurrent().navigate("diary/medicines"));
        addMedicine.setId("form-add-medicine");
        add(addMedicine);

        triggers.setLabel(getTranslation("cd.form.triggers"));
        triggers.setItems(Trigger.values());
        triggers.setItemLabelGenerator(t -> getTranslation("trigger." + t.name()));
        triggers.setId("form-triggers");
        note.setLabel(getTranslation("cd.form.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("form-note");
        problem.addClassName("hr-diary-problem");
        problem.setId("form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("cd.form.save"));
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        add(triggers, note, problem, save);
    }

    private void label(Checkbox box, String key, String id) {
        box.setLabel(getTranslation(key));
        box.setId(id);
    }

    void chooseIntensity(int value) {
        chosenIntensity = value;
        for (int i = 0; i < intensity.size(); i++) {
            Button b = intensity.get(i);
            boolean on = i == value;
            b.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    private void save() {
        problem.setText("");
        if (chosenIntensity == null) {
            problem.setText(getTranslation("cd.form.intensity.required"));
            return;
        }
        DiaryEntryForm form = DiaryEntryForm.attackOn(date);
        LocalTime now = LocalTime.now(clock).withSecond(0).withNano(0);
        if (date.equals(today)) {
            String choice = when.getValue() == null ? "now" : when.getValue();
            if ("now".equals(choice)) {
                form.setStartTime(now);
            } else {
                if (start.getValue() == null) {
                    start.setInvalid(true);
                    start.setErrorMessage(getTranslation("cd.form.start.required"));
                    return;
                }
                form.setStartTime(start.getValue());
                if ("yesterday".equals(choice)) {
                    form.setDate(today.minusDays(1));
                }
            }
        } else {
            form.setStartTime(start.getValue());
        }
        form.setIntensity(chosenIntensity);
        if (stillGoing.isVisible() && stillGoing.getValue()) {
            if (form.getStartTime() == null) {
                start.setInvalid(true);
                start.setErrorMessage(getTranslation("cd.form.start.required"));
                return;
            }
            form.setStillGoing(true);
        } else {
            form.setDurationHours(hours.getValue());
            form.setLongDurationConfirmed(true);
        }
        form.setMigraine(migraine.getValue());
        form.setAura(aura.getValue());
        form.setNausea(nausea.getValue());
        form.setVomiting(vomiting.getValue());
        form.setPhotophobia(light.getValue());
        form.setPhonophobia(noise.getValue());
        form.setTriggers(
                triggers.getValue().isEmpty() ? EnumSet.noneOf(Trigger.class) : EnumSet.copyOf(triggers.getValue()));
        form.setNotes(note.getValue());
        safely(() -> {
            try {
                SavedDay saved = service.saveDay(device, null, form, doses.values(), submission);
                tell(getTranslation(
                        saved.alreadySaved() ? "cd.already-saved" : "cd.saved-headache", Formats.date(form.getDate())));
                UI.getCurrent().navigate("diary");
            } catch (DiaryRefusedException e) {
                problem.setText(getTranslation(e.getMessage()));
            } catch (ConstraintViolationException e) {
                problem.setText(e.getConstraintViolations().iterator().next().getMessage());
            }
        });
    }
}
