package org.headroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.reporting.Change;
import org.headroom.reporting.DiaryOutcome;
import org.headroom.reporting.OutcomeReport;
import org.headroom.reporting.OutcomeService;
import org.headroom.reporting.SessionPain;

/**
 * Is this working? A client's outcomes for a chosen period against the baseline, on screen: the
 * diary figures with absolute and percent change and the responder reading, the questionnaires
 * first and latest, and pain before and after each session. Too little data is said, not figured.
 */
@Route("clients/:clientId(\\d+)/report")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class OutcomeReportView extends VerticalLayout implements BeforeEnterObserver {

    record Row(String label, Change change) {}

    private final OutcomeService outcomes;
    private final ClientService clients;
    private final Clock clock;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<Row> figures = new Grid<>();
    final Grid<SessionPain> sessions = new Grid<>();
    private final Div body = new Div();
    private ClientDetails client;

    OutcomeReportView(OutcomeService outcomes, ClientService clients, Clock clock) {
        this.outcomes = outcomes;
        this.clients = clients;
        this.clock = clock;
        addClassName("hr-page");
        setId("report-page");
        setMaxWidth("64rem");
        from.setId("report-from");
        from.setLabel(getTranslation("report.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("report.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
            picker.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    render();
                }
            });
        }
        figures.setId("report-figures");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        figures.addColumn(Row::label)
                .setHeader(getTranslation("report.measure"))
                .setFlexGrow(2);
        figures.addColumn(r -> Formats.decimal(r.change().baseline())).setHeader(getTranslation("report.baseline"));
        figures.addColumn(r -> Formats.decimal(r.change().current())).setHeader(getTranslation("report.current"));
        figures.addColumn(r -> signed(r.change().absolute())).setHeader(getTranslation("report.change"));
        figures.addColumn(r ->
                        r.change().percent() == null ? "—" : signed(r.change().percent()) + " %")
                .setHeader(getTranslation("report.change-percent"));
        figures.setAllRowsVisible(true);
        sessions.setId("report-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sessions.addColumn(s -> Formats.date(s.date())).setHeader(getTranslation("note.column.date"));
        sessions.addColumn(SessionPain::before).setHeader(getTranslation("report.pain-before"));
        sessions.addColumn(SessionPain::after).setHeader(getTranslation("report.pain-after"));
        sessions.addColumn(s -> getTranslation("report.pain." + s.reading().name()))
                .setHeader(getTranslation("report.reading"));
        sessions.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            client = clients.get(event.getRouteParameters().getLong("clientId").orElseThrow());
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        to.setValue(LocalDate.now(clock));
        from.setValue(LocalDate.now(clock).minusDays(84));
        removeAll();
        HorizontalLayout range = new HorizontalLayout(from, to);
        range.setWrap(true);
        add(new H2(getTranslation("report.title", client.fullName())), range, body);
        render();
    }

    void render() {
        body.removeAll();
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            body.add(new Paragraph(getTranslation("report.range-invalid")));
            return;
        }
        OutcomeReport report = outcomes.report(client.id(), from.getValue(), to.getValue());
        report.thinData().forEach(key -> {
            Span thin = new Span(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation(key)));
            thin.addClassName("hr-screening-none");
            body.add(new Div(thin));
        });
        report.diary().ifPresent(d -> body.add(diary(d)));
        body.add(instruments(report), painSection(report));
    }

    private Component diary(DiaryOutcome d) {
        Div box = new Div(new H3(getTranslation(
                "report.diary.title",
                Formats.date(d.baseline().start()),
                d.compared().size())));
        Span reading = new Span(getTranslation(d.responder() ? "report.responder" : "report.not-responder"));
        reading.setId("report-responder");
        reading.addClassName(d.responder() ? "hr-readiness-ok" : "hr-muted");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(getTranslation("diary.figures.headacheDays"), d.headacheDays()));
        rows.add(new Row(getTranslation("diary.figures.migraineDays"), d.migraineDays()));
        rows.add(new Row(getTranslation("diary.figures.intensity"), d.meanIntensity()));
        rows.add(new Row(getTranslation("diary.figures.medicationDays"), d.acuteMedicationDays()));
        figures.setItems(rows);
        box.add(reading, figures, new Span(getTranslation("report.per-28")));
        return box;
    }

    private Component instruments(OutcomeReport r) {
        Div box = new Div(new H3(getTranslation("report.instruments")));
        box.setId("report-instruments");
        if (r.midasFirst().isPresent()) {
            var first = r.midasFirst().get();
            var latest = r.midasLatest().orElseThrow();
            box.add(new Div(getTranslation(
                    "report.midas",
                    first.score(),
                    getTranslation("midas.grade." + first.grade().name()),
                    latest.score(),
                    getTranslation("midas.grade." + latest.grade().name()))));
        }
        if (r.hit6First().isPresent()) {
            var first = r.hit6First().get();
            var latest = r.hit6Latest().orElseThrow();
            box.add(new Div(getTranslation(
                    "report.hit6",
                    first.total(),
                    getTranslation("hit6.band." + first.band().name()),
                    latest.total(),
                    getTranslation("hit6.band." + latest.band().name()))));
        }
        r.ratings()
                .forEach((kind, values) -> box.add(new Div(getTranslation(
                        "report.rating",
                        getTranslation("rating." + kind.name()),
                        values.getFirst().value(),
                        values.getLast().value()))));
        if (box.getComponentCount() == 1) {
            box.add(new Span(getTranslation("diary.none-yet")));
        }
        return box;
    }

    private Component painSection(OutcomeReport r) {
        Div box = new Div(
                new H3(getTranslation("report.sessions.title", r.sessions().size())));
        if (r.meanPainFall() != null) {
            Span summary = new Span(
                    getTranslation("report.sessions.summary", Formats.decimal(r.meanPainFall()), r.improvedSessions()));
            summary.setId("report-pain-summary");
            box.add(summary);
        }
        sessions.setItems(r.sessions());
        box.add(sessions);
        if (!r.techniques().isEmpty()) {
            box.add(new Div(getTranslation("report.techniques") + ": "
                    + r.techniques().stream()
                            .map(c -> getTranslation("technique." + c.item().name()) + " (" + c.count() + ")")
                            .collect(Collectors.joining(", "))));
        }
        if (!r.areas().isEmpty()) {
            box.add(new Div(getTranslation("report.areas") + ": "
                    + r.areas().stream()
                            .limit(5)
                            .map(c -> getTranslation("region." + c.item().name()) + " (" + c.count() + ")")
                            .collect(Collectors.joining(", "))));
        }
        return box;
    }

    private static String signed(Double value) {
        return value == null ? "—" : String.format(Formats.LOCALE, "%+.1f", value);
    }
}
