package org.headroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.headroom.base.Formats;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.base.ui.Downloads;
import org.headroom.reporting.PracticeOutcomeService;
import org.headroom.reporting.PracticeOutcomes;
import org.headroom.security.TherapistSummary;
import org.headroom.security.UserAccountService;

/**
 * Practice outcomes for a period: a therapist sees their own clients, a practice admin the whole
 * practice or one therapist's: clients seen, responder rate, mean change in headache days and
 * MIDAS, overall and by technique, with the per-client figures as a CSV download.
 */
@Route("outcomes")
@PageTitle("Headroom")
@Menu(title = "menu.outcomes", order = 2, icon = "vaadin:chart")
@RolesAllowed({"THERAPIST", "PRACTICE_ADMIN"})
final class PracticeOutcomesView extends VerticalLayout {

    private final PracticeOutcomeService practice;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<TherapistSummary> therapist = new ComboBox<>();
    final Grid<PracticeOutcomes.ByTechnique> techniques = new Grid<>();
    final Anchor csv = new Anchor();
    private final Div stats = new Div();
    private final boolean wholePractice;
    private final ClinicalSettings settings;

    PracticeOutcomesView(
            PracticeOutcomeService practice, UserAccountService accounts, ClinicalSettings settings, Clock clock) {
        this.practice = practice;
        this.settings = settings;
        this.wholePractice = practice.seesWholePractice();
        addClassName("hr-page");
        setId("practice-outcomes");
        setMaxWidth("72rem");
        from.setId("outcomes-from");
        from.setLabel(getTranslation("report.from"));
        from.setValue(LocalDate.now(clock).minusDays(84));
        to.setId("outcomes-to");
        to.setLabel(getTranslation("report.to"));
        to.setValue(LocalDate.now(clock));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
            picker.addValueChangeListener(e -> render());
        }
        HorizontalLayout filters = new HorizontalLayout(from, to);
        if (wholePractice) {
            therapist.setId("outcomes-therapist");
            therapist.setLabel(getTranslation("outcomes.therapist"));
            therapist.setPlaceholder(getTranslation("outcomes.whole-practice"));
            therapist.setClearButtonVisible(true);
            therapist.setItems(accounts.activeTherapists());
            therapist.setItemLabelGenerator(TherapistSummary::displayName);
            therapist.addValueChangeListener(e -> render());
            filters.add(therapist);
        }
        csv.setId("outcomes-csv");
        csv.setText(getTranslation("outcomes.csv"));
        csv.addClassName("hr-button-link");
        filters.add(csv);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        stats.setId("outcomes-stats");
        stats.addClassName("hr-stats");
        techniques.setId("outcomes-techniques");
        techniques.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        techniques
                .addColumn(t -> getTranslation("technique." + t.technique().name()))
                .setHeader(getTranslation("outcomes.technique"))
                .setFlexGrow(2);
        techniques.addColumn(t -> t.figures().clients()).setHeader(getTranslation("outcomes.clients"));
        techniques.addColumn(t -> t.figures().withOutcome()).setHeader(getTranslation("outcomes.with-outcome"));
        techniques.addColumn(t -> rate(t.figures())).setHeader(getTranslation("outcomes.responders"));
        techniques
                .addColumn(t -> Formats.signed(t.figures().headacheChange()))
                .setHeader(getTranslation("outcomes.column.headache-change"));
        techniques
                .addColumn(t -> Formats.signed(t.figures().midasChange()))
                .setHeader(getTranslation("outcomes.column.midas-change"));
        techniques.setAllRowsVisible(true);

        add(
                new H1(getTranslation(wholePractice ? "outcomes.title.practice" : "outcomes.title.own")),
                filters,
                stats,
                new H3(getTranslation("outcomes.by-technique")),
                techniques,
                new Paragraph(getTranslation(
                        "outcomes.note", settings.outcome().responderFallPercent(), settings.periodDays())));
        render();
    }

    void render() {
        stats.removeAll();
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            stats.add(new Paragraph(getTranslation("report.range-invalid")));
            techniques.setItems();
            csv.setEnabled(false);
            csv.removeHref();
            return;
        }
        Long therapistId =
                therapist.getValue() == null ? null : therapist.getValue().id();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        PracticeOutcomes outcomes = practice.outcomes(therapistId, start, end);
        PracticeOutcomes.Figures all = outcomes.overall();
        stats.add(
                stat("stat-active", Long.toString(all.clients()), getTranslation("outcomes.active")),
                stat("stat-with-outcome", Long.toString(all.withOutcome()), getTranslation("outcomes.with-outcome")),
                stat(
                        "stat-short-diary",
                        Long.toString(all.shortDiary()),
                        getTranslation("outcomes.short-diary", settings.minRecordedDays())),
                stat("stat-responders", rate(all), getTranslation("outcomes.responder-rate")),
                stat(
                        "stat-headache-change",
                        Formats.signed(all.headacheChange()),
                        getTranslation("outcomes.headache-change")),
                stat(
                        "stat-midas-change",
                        Formats.signed(all.midasChange()),
                        getTranslation("outcomes.midas-change.n", all.withMidas())));
        techniques.setItems(outcomes.byTechnique());
        csv.setEnabled(true);
        Downloads.link(
                csv,
                () -> {
                    StringWriter out = new StringWriter();
                    practice.writeCsv(therapistId, start, end, out);
                    return out.toString().getBytes(StandardCharsets.UTF_8);
                },
                "outcomes-" + start + "-" + end + ".csv",
                "text/csv");
    }

    private String rate(PracticeOutcomes.Figures figures) {
        Double rate = figures.responderRate();
        return rate == null
                ? "—"
                : getTranslation("outcomes.rate", Formats.decimal(rate), figures.responders(), figures.withOutcome());
    }

    private static Component stat(String id, String value, String label) {
        Span number = new Span(value);
        number.addClassName("hr-stat-value");
        Span caption = new Span(label);
        caption.addClassName("hr-stat-label");
        Div tile = new Div(number, caption);
        tile.setId(id);
        tile.addClassName("hr-stat");
        return tile;
    }
}
