package org.headroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.base.ui.Downloads;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.reporting.DiaryOutcome;
import org.headroom.reporting.FigureRow;
import org.headroom.reporting.OutcomeCharts;
import org.headroom.reporting.OutcomeReport;
import org.headroom.reporting.OutcomeService;
import org.headroom.reporting.OutcomeSummary;
import org.headroom.reporting.ReportAudience;
import org.headroom.reporting.ReportTables;
import org.headroom.reporting.SessionPain;
import org.headroom.reporting.Texts;

/**
 * Is this working? A client's outcomes for a chosen period against the baseline, on screen: a
 * plain-English summary, the diary figures with absolute and percent change and the responder
 * reading, the questionnaires first and latest, pain before and after each session, and the charts;
 * and the same report as a PDF for the client or, with consent, for the GP. Too little data is
 * said, not figured.
 */
@Route("clients/:clientId(\\d+)/report")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class OutcomeReportView extends VerticalLayout implements BeforeEnterObserver {

    private final OutcomeService outcomes;
    private final ClientService clients;
    private final ClinicalSettings settings;
    private final Clock clock;
    private final Texts texts = this::getTranslation;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<FigureRow> figures = figureGrid("report-figures", "report.baseline", "report.current");
    final Grid<FigureRow> instruments = figureGrid("report-instruments-table", "report.first", "report.latest");
    final Grid<SessionPain> sessions = new Grid<>();
    final Anchor clientPdf = new Anchor();
    final Anchor gpPdf = new Anchor();
    private final Div body = new Div();
    private ClientDetails client;

    OutcomeReportView(OutcomeService outcomes, ClientService clients, ClinicalSettings settings, Clock clock) {
        this.outcomes = outcomes;
        this.clients = clients;
        this.settings = settings;
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
        body.setWidthFull();
        sessions.setId("report-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sessions.addColumn(s -> Formats.date(s.date())).setHeader(getTranslation("note.column.date"));
        sessions.addColumn(SessionPain::before).setHeader(getTranslation("report.pain-before"));
        sessions.addColumn(SessionPain::after).setHeader(getTranslation("report.pain-after"));
        sessions.addColumn(s -> getTranslation("report.pain." + s.reading().name())
                        + (s.amended() ? " (" + getTranslation("report.pain.amended") + ")" : ""))
                .setHeader(getTranslation("report.reading"));
        sessions.setAllRowsVisible(true);
        clientPdf.setId("report-pdf-client");
        gpPdf.setId("report-pdf-gp");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            client = clients.get(event.getRouteParameters().getLong("clientId").orElseThrow());
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        OutcomeService.ReportSpan span = outcomes.suggestedSpan(client.id());
        to.setValue(span.to());
        from.setValue(span.from());
        removeAll();
        HorizontalLayout range = new HorizontalLayout(from, to, clientPdf, gpPdf);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        range.setWrap(true);
        add(new H1(getTranslation("report.title", client.fullName())), range);
        if (span.olderThan(LocalDate.now(clock), settings.periodDays())) {
            Span old = new Span(
                    VaadinIcon.INFO_CIRCLE.create(),
                    new Span(getTranslation("report.span.old", Formats.date(span.latestRecord()))));
            old.setId("report-span-old");
            old.addClassName("hr-screening-none");
            add(new Div(old));
        }
        add(body);
        render();
    }

    void render() {
        body.removeAll();
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            body.add(new Paragraph(getTranslation("report.range-invalid")));
            printLinks(false);
            return;
        }
        OutcomeReport report = outcomes.report(client.id(), from.getValue(), to.getValue());
        printLinks(true);
        // The charts are drawn when the browser asks for their images, in that request; the page
        // keeps their figures only. The words are looked up in the page's locale of now.
        java.util.Locale locale = getLocale();
        List<OutcomeCharts.Chart> charts =
                OutcomeCharts.draw(report, settings.outcome(), (key, args) -> getTranslation(locale, key, args));
        Div summary = new Div(new H3(getTranslation("report.summary.title")));
        summary.setId("report-summary");
        OutcomeSummary.sentences(report, settings.outcome(), texts).forEach(s -> summary.add(new Paragraph(s)));
        body.add(summary);
        report.thinData().forEach(key -> {
            Span thin = new Span(
                    VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation(key, settings.minRecordedDays())));
            thin.addClassName("hr-screening-none");
            body.add(new Div(thin));
        });
        report.diary().ifPresent(d -> body.add(diary(d, charts)));
        body.add(instruments(report, charts), painSection(report, charts));
    }

    private void printLinks(boolean enabled) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        link(clientPdf, ReportAudience.CLIENT, start, end, enabled);
        boolean gpAllowed = outcomes.mayWriteToGp(client.id());
        link(gpPdf, ReportAudience.GP, start, end, enabled && gpAllowed);
        gpPdf.getElement().setAttribute("title", gpAllowed ? "" : getTranslation("report.gp.no-consent"));
    }

    private void link(Anchor anchor, ReportAudience audience, LocalDate start, LocalDate end, boolean enabled) {
        anchor.setText(getTranslation("report.print." + audience.name()));
        anchor.addClassName("hr-button-link");
        anchor.setEnabled(enabled);
        if (!enabled) {
            anchor.removeHref();
            // Unavailable, and said so to screen readers (its title says why).
            anchor.getElement().setAttribute("aria-disabled", "true");
            return;
        }
        anchor.getElement().removeAttribute("aria-disabled");
        long clientId = client.id();
        Downloads.link(
                anchor,
                () -> outcomes.pdf(clientId, start, end, audience),
                "outcome-report-" + clientId + "-" + audience.name().toLowerCase() + ".pdf",
                "application/pdf");
        anchor.setTarget(AnchorTarget.DEFAULT);
    }

    private Component diary(DiaryOutcome d, List<OutcomeCharts.Chart> charts) {
        Div box = new Div(new H3(getTranslation(
                "report.diary.title",
                Formats.date(d.baseline().start()),
                d.compared().size())));
        Span reading = new Span(getTranslation(
                d.responder() ? "report.responder" : "report.not-responder",
                settings.outcome().responderFallPercent()));
        reading.setId("report-responder");
        reading.addClassName(d.responder() ? "hr-readiness-ok" : "hr-muted");
        figures.setItems(ReportTables.diary(d, texts));
        box.add(reading, figures, new Span(getTranslation("report.per-28")));
        chart(box, charts, "chart-headache-days");
        chart(box, charts, "chart-intensity");
        return box;
    }

    private Component instruments(OutcomeReport r, List<OutcomeCharts.Chart> charts) {
        Div box = new Div(new H3(getTranslation("report.first-latest")));
        box.setId("report-instruments");
        List<FigureRow> rows = ReportTables.instruments(r, texts);
        if (rows.isEmpty()) {
            box.add(new Span(getTranslation("diary.none-yet")));
        } else {
            instruments.setItems(rows);
            box.add(instruments);
            chart(box, charts, "chart-instruments");
        }
        return box;
    }

    private Component painSection(OutcomeReport r, List<OutcomeCharts.Chart> charts) {
        Div box = new Div(
                new H3(getTranslation("report.sessions.title", r.sessions().size())));
        if (r.meanPainFall() != null) {
            Span summary = new Span(ReportTables.sessionsSummary(r, settings.outcome(), texts));
            summary.setId("report-pain-summary");
            box.add(summary);
            chart(box, charts, "chart-pain");
        }
        sessions.setItems(r.sessions());
        box.add(sessions);
        if (!r.techniques().isEmpty()) {
            box.add(new Div(getTranslation("report.techniques") + ": " + ReportTables.techniques(r, texts)));
        }
        if (!r.areas().isEmpty()) {
            box.add(new Div(getTranslation("report.areas") + ": " + ReportTables.areas(r, texts)));
        }
        return box;
    }

    private static void chart(Div box, List<OutcomeCharts.Chart> charts, String id) {
        charts.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            Image image = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] png = c.png();
                        return new DownloadResponse(
                                new ByteArrayInputStream(png), c.id() + ".png", "image/png", png.length);
                    }),
                    c.description());
            image.setId(c.id());
            image.addClassName("hr-chart");
            box.add(image);
        });
    }

    private Grid<FigureRow> figureGrid(String id, String baselineKey, String currentKey) {
        Grid<FigureRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FigureRow::measure)
                .setHeader(getTranslation("report.measure"))
                .setFlexGrow(2);
        grid.addColumn(FigureRow::baseline).setHeader(getTranslation(baselineKey));
        grid.addColumn(FigureRow::current).setHeader(getTranslation(currentKey));
        grid.addColumn(FigureRow::change).setHeader(getTranslation("report.change"));
        grid.addColumn(FigureRow::percent).setHeader(getTranslation("report.change-percent"));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
