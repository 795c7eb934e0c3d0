package org.headroom.reporting;

import static org.headroom.base.pdf.Html.esc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.base.pdf.Html;
import org.headroom.base.pdf.PdfRenderer;
import org.headroom.client.ClientDetails;
import org.headroom.security.TherapistSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The outcome report on paper: the practice's letterhead and the therapist with their professional
 * registration, the client, the period, a plain-English summary, the figures in tables, the charts,
 * the sessions, and a signature line. The tables, summary and charts come from the same classes as
 * the screen ({@link ReportTables}, {@link OutcomeSummary}, {@link OutcomeCharts}), so the numbers
 * are the same characters on both.
 */
@Component
class OutcomePdf {

    /** The GP copy says on what consent it is sent. */
    record GpConsent(Instant givenAt, String signerName) {}

    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final PracticeSettings practice;
    private final ClinicalSettings settings;

    OutcomePdf(PdfRenderer renderer, MessageSource messages, PracticeSettings practice, ClinicalSettings settings) {
        this.renderer = renderer;
        this.messages = messages;
        this.practice = practice;
        this.settings = settings;
    }

    byte[] render(
            OutcomeReport report,
            ClientDetails client,
            TherapistSummary therapist,
            ReportAudience audience,
            GpConsent gpConsent,
            ZoneId zone) {
        Texts t = this::t;
        Instant now = Instant.now();
        String title = t("report.pdf.title." + audience.name(), client.fullName());
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(Html.baseCss(
                        t("pdf.footer", client.fullName(), Formats.dateTime(now, zone)), practice.paperSize()))
                .append(CSS)
                .append("</style></head><body>");
        letterhead(html, therapist);
        html.append("<h1>").append(esc(title)).append("</h1><table class=\"facts\">");
        if (audience == ReportAudience.GP) {
            Html.row(html, t("report.pdf.to"), join(client.gpName(), client.gpPractice(), client.gpAddress()));
        }
        Html.row(html, t("report.pdf.client"), client.fullName());
        Html.row(html, t("client.dateOfBirth"), Formats.date(client.dateOfBirth()));
        if (audience == ReportAudience.GP) {
            Html.row(html, t("report.pdf.address"), join(client.address(), client.postcode()));
        }
        Html.row(html, t("report.pdf.period"), Formats.date(report.from()) + " – " + Formats.date(report.to()));
        Html.row(html, t("pdf.therapist"), therapistLine(therapist));
        Html.row(html, t("report.pdf.prepared"), Formats.date(LocalDate.ofInstant(now, zone)));
        html.append("</table>");
        if (gpConsent != null) {
            html.append("<p class=\"muted\">")
                    .append(esc(t(
                            "report.pdf.gp-consent",
                            gpConsent.signerName(),
                            Formats.date(LocalDate.ofInstant(gpConsent.givenAt(), zone)))))
                    .append("</p>");
        }

        html.append("<h2>").append(esc(t("report.summary.title"))).append("</h2><div class=\"summary\">");
        OutcomeSummary.sentences(report, settings.outcome(), t)
                .forEach(s -> html.append("<p>").append(esc(s)).append("</p>"));
        html.append("</div>");

        List<OutcomeCharts.Chart> charts = OutcomeCharts.draw(report, settings.outcome(), t);
        report.diary().ifPresent(d -> {
            html.append("<h2>")
                    .append(esc(t(
                            "report.diary.title",
                            Formats.date(d.baseline().start()),
                            d.compared().size())))
                    .append("</h2>");
            figures(html, t, "report.baseline", "report.current", ReportTables.diary(d, t));
            html.append("<p>")
                    .append(esc(t(
                            d.responder() ? "report.responder" : "report.not-responder",
                            settings.outcome().responderFallPercent())))
                    .append(" <span class=\"muted\">")
                    .append(esc(t("report.per-28")))
                    .append("</span></p>");
            chart(html, charts, "chart-headache-days");
            chart(html, charts, "chart-intensity");
        });
        report.thinData().forEach(key -> html.append("<p class=\"caution\">")
                .append(esc(t(key, settings.minRecordedDays())))
                .append("</p>"));

        List<FigureRow> instruments = ReportTables.instruments(report, t);
        if (!instruments.isEmpty()) {
            html.append("<h2>").append(esc(t("report.first-latest"))).append("</h2>");
            figures(html, t, "report.first", "report.latest", instruments);
            chart(html, charts, "chart-instruments");
        }

        html.append("<h2>")
                .append(esc(t("report.sessions.title", report.sessions().size())))
                .append("</h2>");
        if (report.meanPainFall() != null) {
            html.append("<p>")
                    .append(esc(ReportTables.sessionsSummary(report, settings.outcome(), t)))
                    .append("</p>");
            chart(html, charts, "chart-pain");
            html.append("<table class=\"figures\"><thead><tr><th>")
                    .append(esc(t("note.column.date")))
                    .append("</th><th>")
                    .append(esc(t("report.pain-before")))
                    .append("</th><th>")
                    .append(esc(t("report.pain-after")))
                    .append("</th><th>")
                    .append(esc(t("report.reading")))
                    .append("</th></tr></thead><tbody>");
            report.sessions().forEach(s -> html.append("<tr><td>")
                    .append(esc(Formats.date(s.date())))
                    .append("</td><td>")
                    .append(s.before())
                    .append("</td><td>")
                    .append(s.after())
                    .append("</td><td>")
                    .append(esc(t("report.pain." + s.reading().name())
                            + (s.amended() ? " (" + t("report.pain.amended") + ")" : "")))
                    .append("</td></tr>"));
            html.append("</tbody></table>");
        }
        html.append("<table>");
        Html.row(html, t("report.techniques"), ReportTables.techniques(report, t));
        Html.row(html, t("report.areas"), ReportTables.areas(report, t));
        html.append("</table>");

        html.append("<div class=\"sign\"><table><tr><td><div class=\"line\">")
                .append(esc(t("report.pdf.signed")))
                .append("</div></td><td><div class=\"line\">")
                .append(esc(t("report.pdf.date")))
                .append("</div></td></tr><tr><td>")
                .append(esc(therapistLine(therapist)))
                .append("</td><td></td></tr></table></div>");
        html.append("</body></html>");
        return renderer.render(html.toString());
    }

    private void letterhead(StringBuilder html, TherapistSummary therapist) {
        List<String> lines = practice.letterhead();
        html.append("<div class=\"letterhead\">");
        if (lines.isEmpty()) {
            html.append("<div class=\"practice\">")
                    .append(esc(therapist.displayName()))
                    .append("</div>");
        } else {
            html.append("<div class=\"practice\">")
                    .append(esc(lines.getFirst()))
                    .append("</div>");
            lines.stream()
                    .skip(1)
                    .forEach(l -> html.append("<div>").append(esc(l)).append("</div>"));
        }
        html.append("</div>");
    }

    private String therapistLine(TherapistSummary therapist) {
        return therapist.professionalRegistration() == null
                ? therapist.displayName()
                : t("report.pdf.registered", therapist.displayName(), therapist.professionalRegistration());
    }

    private static void figures(
            StringBuilder html, Texts t, String baselineKey, String currentKey, List<FigureRow> rows) {
        html.append("<table class=\"figures\"><thead><tr><th>")
                .append(esc(t.t("report.measure")))
                .append("</th><th>")
                .append(esc(t.t(baselineKey)))
                .append("</th><th>")
                .append(esc(t.t(currentKey)))
                .append("</th><th>")
                .append(esc(t.t("report.change")))
                .append("</th><th>")
                .append(esc(t.t("report.change-percent")))
                .append("</th></tr></thead><tbody>");
        rows.forEach(r -> html.append("<tr><td>")
                .append(esc(r.measure()))
                .append("</td><td>")
                .append(esc(r.baseline()))
                .append("</td><td>")
                .append(esc(r.current()))
                .append("</td><td>")
                .append(esc(r.change()))
                .append("</td><td>")
                .append(esc(r.percent()))
                .append("</td></tr>"));
        html.append("</tbody></table>");
    }

    private static void chart(StringBuilder html, List<OutcomeCharts.Chart> charts, String id) {
        charts.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> html.append(
                        "<div class=\"chart\"><img alt=\"")
                .append(esc(c.description()))
                .append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(c.png()))
                .append("\"/></div>"));
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Formats.LOCALE);
    }

    private static final String CSS =
            """
            .letterhead { text-align: right; color: #333; margin-bottom: 4mm; font-size: 9pt; }
            .letterhead .practice { font-size: 12pt; font-weight: 700; color: #111; }
            table.facts th { width: 28%; }
            table.figures th, table.figures td { width: auto; }
            table.figures thead th { font-weight: 700; color: #111; border-bottom: 1px solid #666; }
            table.figures td + td, table.figures th + th { text-align: right; }
            .summary p { margin: 0 0 1.5mm 0; }
            .chart { page-break-inside: avoid; margin: 3mm 0; }
            .chart img { width: 155mm; }
            .sign { page-break-inside: avoid; margin-top: 14mm; }
            .sign td { border: none; width: 50%; padding-top: 0; }
            .sign .line { border-top: 0.8px solid #111; padding-top: 1.5mm; margin-right: 12mm; }
            """;
}
