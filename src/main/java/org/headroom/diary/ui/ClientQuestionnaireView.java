package org.headroom.diary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.ClientDiarySettings;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.Instrument;
import org.headroom.diary.MidasAnswers;

/**
 * A questionnaire the therapist scheduled, answered by the client: MIDAS (its questions ship with
 * Headroom) or HIT-6 on the wording of the practice's licensed form (docs/instruments.md). Scored
 * by the same calculators as the therapist's entry and shown to the therapist as client-reported.
 */
@Route(value = "diary/questionnaire/:instrument", autoLayout = false)
@AnonymousAllowed
final class ClientQuestionnaireView extends ClientDiaryPage {

    /** The five HIT-6 answers and their scores, in order. */
    static final int[] HIT6_SCORES = {6, 8, 10, 11, 13};

    final List<IntegerField> midas = new ArrayList<>();
    final List<RadioButtonGroup<Integer>> hit6 = new ArrayList<>();
    final Button send = new Button();
    final Paragraph problem = new Paragraph();
    private final ClientDiarySettings settings;
    private Instrument instrument;

    ClientQuestionnaireView(ClientDiaryService service, ClientDiarySettings settings) {
        super(service);
        this.settings = settings;
        setId("client-questionnaire");
        Actions.onClick(send, this::send);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        String name = event.getRouteParameters().get("instrument").orElse("").toUpperCase(Locale.ROOT);
        try {
            instrument = Instrument.valueOf(name);
        } catch (IllegalArgumentException e) {
            event.forwardTo("diary");
            return;
        }
        if (instrument == Instrument.HIT6 && !settings.hit6Licensed()) {
            event.forwardTo("diary");
            return;
        }
        removeAll();
        add(back(), new H1(getTranslation("cd.q." + instrument.name())));
        if (instrument == Instrument.MIDAS) {
            add(new Paragraph(getTranslation("cd.q.MIDAS.intro")));
            midas.clear();
            for (String key : List.of("q1", "q2", "q3", "q4", "q5", "headacheDays", "averagePain")) {
                IntegerField field = new IntegerField(getTranslation("midas." + key));
                field.setId("midas-" + key);
                field.setMin(0);
                field.setMax(key.equals("averagePain") ? 10 : 90);
                field.setStepButtonsVisible(true);
                field.setWidthFull();
                midas.add(field);
                add(field);
            }
        } else {
            add(new Paragraph(getTranslation("cd.q.HIT6.intro")));
            hit6.clear();
            for (int i = 0; i < 6; i++) {
                RadioButtonGroup<Integer> item =
                        new RadioButtonGroup<>(settings.hit6Items().get(i));
                item.setId("hit6-item" + (i + 1));
                item.setItems(HIT6_SCORES[0], HIT6_SCORES[1], HIT6_SCORES[2], HIT6_SCORES[3], HIT6_SCORES[4]);
                item.setItemLabelGenerator(score -> getTranslation("cd.q.HIT6.answer." + score));
                item.addClassName("hr-diary-choices");
                hit6.add(item);
                add(item);
            }
        }
        problem.addClassName("hr-diary-problem");
        problem.setId("questionnaire-problem");
        problem.getElement().setAttribute("role", "alert");
        send.setText(getTranslation("cd.q.send"));
        send.setId("questionnaire-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        add(problem, send);
    }

    private void send() {
        problem.setText("");
        safely(() -> {
            try {
                if (instrument == Instrument.MIDAS) {
                    if (midas.stream().limit(5).anyMatch(f -> f.getValue() == null)) {
                        problem.setText(getTranslation("cd.q.answer-all"));
                        return;
                    }
                    service.answerMidas(
                            device,
                            new MidasAnswers(
                                    midas.get(0).getValue(),
                                    midas.get(1).getValue(),
                                    midas.get(2).getValue(),
                                    midas.get(3).getValue(),
                                    midas.get(4).getValue(),
                                    midas.get(5).getValue(),
                                    midas.get(6).getValue()));
                } else {
                    if (hit6.stream().anyMatch(g -> g.getValue() == null)) {
                        problem.setText(getTranslation("cd.q.answer-all"));
                        return;
                    }
                    service.answerHit6(
                            device,
                            hit6.stream().map(RadioButtonGroup::getValue).toList());
                }
                tell(getTranslation("cd.q.thanks"));
                UI.getCurrent().navigate("diary");
            } catch (DiaryRefusedException e) {
                problem.setText(getTranslation("cd.q.check"));
            }
        });
    }
}
