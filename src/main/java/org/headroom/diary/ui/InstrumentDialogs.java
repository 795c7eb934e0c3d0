package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.DiaryService;
import org.headroom.diary.HealthDataConsentMissingException;
import org.headroom.diary.MidasAnswers;
import org.headroom.diary.RatingKind;

/** Small dialogs for MIDAS, HIT-6, ratings and the baseline; each saves through the diary service. */
final class InstrumentDialogs {

    private InstrumentDialogs() {}

    static Dialog midas(DiaryService diary, long clientId, Runnable onSaved) {
        Dialog dialog = base("midas-dialog", "midas.record");
        DatePicker on = date(dialog);
        List<IntegerField> q = new ArrayList<>();
        FormLayout form = new FormLayout(on);
        for (String key : List.of("q1", "q2", "q3", "q4", "q5", "headacheDays", "averagePain")) {
            IntegerField field = new IntegerField(dialog.getTranslation("midas." + key));
            field.setId("midas-" + key);
            field.setMin(0);
            field.setMax("averagePain".equals(key) ? 10 : MidasAnswers.MAX_DAYS);
            q.add(field);
            form.add(field);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(new Paragraph(dialog.getTranslation("midas.intro")), form);
        saveButton(
                dialog,
                "midas-save",
                () -> {
                    boolean missing = false;
                    for (IntegerField field : q.subList(0, 5)) {
                        if (field.getValue() == null) {
                            field.setErrorMessage(dialog.getTranslation("midas.required"));
                            field.setInvalid(true);
                            missing = true;
                        }
                    }
                    if (missing) {
                        return false;
                    }
                    MidasAnswers answers = new MidasAnswers(
                            v(q.get(0)),
                            v(q.get(1)),
                            v(q.get(2)),
                            v(q.get(3)),
                            v(q.get(4)),
                            q.get(5).getValue(),
                            q.get(6).getValue());
                    try {
                        var result = diary.recordMidas(clientId, on.getValue(), answers);
                        Notifications.saved(dialog.getTranslation(
                                "midas.saved",
                                result.score(),
                                dialog.getTranslation(
                                        "midas.grade." + result.grade().name())));
                        return true;
                    } catch (DiaryRefusedException e) {
                        int index = List.of("q1", "q2", "q3", "q4", "q5", "headacheDays", "averagePain")
                                .indexOf(e.field());
                        IntegerField field = index >= 0 ? q.get(index) : q.getFirst();
                        field.setErrorMessage(dialog.getTranslation("midas.invalid." + e.field()));
                        field.setInvalid(true);
                        return false;
                    }
                },
                onSaved);
        return dialog;
    }

    static Dialog hit6(DiaryService diary, long clientId, Runnable onSaved) {
        Dialog dialog = base("hit6-dialog", "hit6.record");
        DatePicker on = date(dialog);
        List<Select<Integer>> items = new ArrayList<>();
        FormLayout form = new FormLayout(on);
        for (int i = 1; i <= 6; i++) {
            Select<Integer> item = new Select<>();
            item.setId("hit6-item" + i);
            item.setLabel(dialog.getTranslation("hit6.item", i));
            item.setItems(6, 8, 10, 11, 13);
            item.setEmptySelectionAllowed(true);
            items.add(item);
            form.add(item);
        }
        IntegerField total = new IntegerField(dialog.getTranslation("hit6.total-only"));
        total.setId("hit6-total");
        form.add(total);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        dialog.add(new Paragraph(dialog.getTranslation("hit6.licence")), form);
        saveButton(
                dialog,
                "hit6-save",
                () -> {
                    boolean anyItem = items.stream().anyMatch(s -> s.getValue() != null);
                    try {
                        var result = diary.recordHit6(
                                clientId,
                                on.getValue(),
                                anyItem ? items.stream().map(Select::getValue).toList() : null,
                                anyItem ? null : total.getValue());
                        Notifications.saved(dialog.getTranslation(
                                "hit6.saved",
                                result.total(),
                                dialog.getTranslation(
                                        "hit6.band." + result.band().name())));
                        return true;
                    } catch (DiaryRefusedException e) {
                        // The message goes by the field it is about: one answer, or the total.
                        String message = dialog.getTranslation(e.getMessage());
                        if (e.field() != null && e.field().startsWith("item")) {
                            Select<Integer> item =
                                    items.get(Integer.parseInt(e.field().substring(4)) - 1);
                            item.setErrorMessage(message);
                            item.setInvalid(true);
                        } else {
                            total.setErrorMessage(message);
                            total.setInvalid(true);
                        }
                        return false;
                    }
                },
                onSaved);
        return dialog;
    }

    static Dialog ratings(DiaryService diary, long clientId, Runnable onSaved) {
        Dialog dialog = base("ratings-dialog", "rating.record");
        DatePicker on = date(dialog);
        Map<RatingKind, IntegerField> fields = new EnumMap<>(RatingKind.class);
        FormLayout form = new FormLayout(on);
        for (RatingKind kind : RatingKind.values()) {
            IntegerField field = new IntegerField(dialog.getTranslation("rating." + kind.name()));
            field.setId("rating-" + kind.name());
            field.setMin(0);
            field.setMax(10);
            field.setStepButtonsVisible(true);
            fields.put(kind, field);
            form.add(field);
        }
        dialog.add(form);
        saveButton(
                dialog,
                "ratings-save",
                () -> {
                    Map<RatingKind, Integer> values = new EnumMap<>(RatingKind.class);
                    fields.forEach((k, f) -> values.put(k, f.getValue()));
                    try {
                        diary.recordRatings(clientId, on.getValue(), values);
                        Notifications.saved(dialog.getTranslation("rating.saved"));
                        return true;
                    } catch (DiaryRefusedException e) {
                        IntegerField field = fields.getOrDefault(
                                e.field().equals("values") ? RatingKind.STRESS : RatingKind.valueOf(e.field()),
                                fields.get(RatingKind.STRESS));
                        field.setErrorMessage(dialog.getTranslation(e.getMessage()));
                        field.setInvalid(true);
                        return false;
                    }
                },
                onSaved);
        return dialog;
    }

    static Dialog baseline(DiaryService diary, long clientId, LocalDate current, Runnable onSaved) {
        Dialog dialog = base("baseline-dialog", "diary.baseline.set");
        DatePicker start = date(dialog);
        start.setId("baseline-start");
        start.setLabel(dialog.getTranslation("diary.baseline.start"));
        start.setValue(current);
        dialog.add(new Paragraph(dialog.getTranslation("diary.baseline.help")), start);
        saveButton(
                dialog,
                "baseline-save",
                () -> {
                    try {
                        diary.setBaseline(clientId, start.getValue());
                        return true;
                    } catch (DiaryRefusedException e) {
                        start.setErrorMessage(dialog.getTranslation(e.getMessage()));
                        start.setInvalid(true);
                        return false;
                    }
                },
                onSaved);
        return dialog;
    }

    private static Dialog base(String id, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(dialog.getTranslation(titleKey));
        dialog.setWidth("min(36rem, 100vw)");
        return dialog;
    }

    private static DatePicker date(Dialog dialog) {
        DatePicker on = new DatePicker(dialog.getTranslation("diary.assessed-on"));
        on.setId(dialog.getId().orElse("x") + "-date");
        on.setValue(LocalDate.now());
        on.setMax(LocalDate.now());
        on.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        return on;
    }

    private static void saveButton(
            Dialog dialog, String id, java.util.function.BooleanSupplier save, Runnable onSaved) {
        Button button = Actions.onClick(new Button(dialog.getTranslation("action.save")), () -> {
            try {
                if (save.getAsBoolean()) {
                    onSaved.run();
                    dialog.close();
                }
            } catch (HealthDataConsentMissingException ex) {
                Notifications.problem(dialog.getTranslation(ex.getMessage()));
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), button);
    }

    private static int v(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
