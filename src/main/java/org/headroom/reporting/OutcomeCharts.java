package org.headroom.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.diary.PeriodFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The report's charts, drawn on the server as PNG so that the screen and the PDF show the same
 * image from the same figures: headache days per 28-day period with the baseline and the responder
 * line marked, mean intensity per period, the questionnaires over time, and pain before and after
 * each session. Each chart carries a text description of its values for screen readers.
 */
public final class OutcomeCharts {

    /** Drawn at this size in points, and at twice the pixels so that print stays sharp. */
    static final int WIDTH = 720;

    static final int HEIGHT = 300;

    private static final Color PRIMARY = new Color(0x1d, 0x70, 0x7c);
    private static final Color BASELINE = new Color(0x8a, 0x94, 0x99);
    private static final Color ACCENT = new Color(0xb3, 0x5c, 0x00);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Font FONT = loadFont();
    private static final ChartCanvases CANVASES = new ChartCanvases(
            2 * WIDTH, 2 * HEIGHT, Math.max(2, Runtime.getRuntime().availableProcessors()));

    private OutcomeCharts() {}

    /**
     * One chart: an id for the page, its title and a text description of its values, known at
     * once; the PNG is drawn only when asked for ({@link #png()}), each time, so that a page that
     * shows the chart keeps only the figures, not the image, in its session.
     */
    public record Chart(String id, String title, String description, Supplier<JFreeChart> drawing) {

        /** Draws the chart as a PNG at twice its size in points. */
        public byte[] png() {
            return OutcomeCharts.png(drawing.get());
        }
    }

    public static List<Chart> draw(OutcomeReport report, ClinicalSettings.Outcome settings, Texts t) {
        List<Chart> charts = new ArrayList<>();
        report.diary().ifPresent(d -> {
            charts.add(headacheDays(d, settings, t));
            if (d.compared().stream().anyMatch(p -> p.meanPeakIntensity() != null)) {
                charts.add(intensity(d, t));
            }
        });
        if (report.midasFirst().isPresent() || report.hit6First().isPresent()) {
            charts.add(instruments(report, t));
        }
        if (!report.sessions().isEmpty()) {
            charts.add(pain(report, t));
        }
        return charts;
    }

    static Chart headacheDays(DiaryOutcome d, ClinicalSettings.Outcome settings, Texts t) {
        List<PeriodFigures> periods = periods(d);
        return chart(
                "chart-headache-days",
                t.t("report.chart.headache-days"),
                t,
                periods.stream().map(p -> label(p, t) + " " + p.headacheDays()).collect(Collectors.joining("; ")),
                () -> headacheDaysChart(d, periods, settings, t));
    }

    private static JFreeChart headacheDaysChart(
            DiaryOutcome d, List<PeriodFigures> periods, ClinicalSettings.Outcome settings, Texts t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t.t("report.chart.headache-days.series");
        periods.forEach(p -> data.addValue(p.headacheDays(), series, label(p, t)));
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(
                t.t("report.chart.headache-days"),
                t.t("report.chart.period"),
                t.t("report.chart.days"),
                data,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == 0 ? BASELINE : PRIMARY;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        plot.setRenderer(bars);
        double baseline = d.baseline().headacheDays();
        plot.addRangeMarker(marker(baseline, t.t("report.chart.baseline-line", Formats.decimal(baseline)), BASELINE));
        double responderLine = baseline * (100 - settings.responderFallPercent()) / 100.0;
        if (baseline > 0) {
            plot.addRangeMarker(
                    marker(responderLine, t.t("report.chart.responder-line", Formats.decimal(responderLine)), ACCENT));
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperBound(Math.max(range.getUpperBound(), baseline * 1.15 + 1));
        rotateWhenCrowded(plot.getDomainAxis(), periods.size());
        return finish(chart);
    }

    static Chart intensity(DiaryOutcome d, Texts t) {
        List<PeriodFigures> periods = periods(d);
        return chart(
                "chart-intensity",
                t.t("report.chart.intensity"),
                t,
                periods.stream()
                        .map(p -> label(p, t) + " " + Formats.decimal(p.meanPeakIntensity()))
                        .collect(Collectors.joining("; ")),
                () -> intensityChart(periods, t));
    }

    private static JFreeChart intensityChart(List<PeriodFigures> periods, Texts t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t.t("report.chart.intensity.series");
        periods.forEach(p -> data.addValue(p.meanPeakIntensity(), series, label(p, t)));
        JFreeChart chart = org.jfree.chart.ChartFactory.createLineChart(
                t.t("report.chart.intensity"),
                t.t("report.chart.period"),
                "0-10",
                data,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, PRIMARY);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(line);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 10.5);
        rotateWhenCrowded(plot.getDomainAxis(), periods.size());
        return finish(chart);
    }

    static Chart instruments(OutcomeReport r, Texts t) {
        Map<LocalDate, Integer> midasScores = midasScores(r);
        Map<LocalDate, Integer> hit6Scores = hit6Scores(r);
        List<String> described = new ArrayList<>();
        midasScores.forEach((date, score) -> described.add("MIDAS " + Formats.date(date) + " " + score));
        hit6Scores.forEach((date, score) -> described.add("HIT-6 " + Formats.date(date) + " " + score));
        return chart(
                "chart-instruments",
                t.t("report.chart.instruments"),
                t,
                String.join("; ", described),
                () -> instrumentsChart(midasScores, hit6Scores, t));
    }

    private static JFreeChart instrumentsChart(
            Map<LocalDate, Integer> midasScores, Map<LocalDate, Integer> hit6Scores, Texts t) {
        TimeSeries midas = new TimeSeries(t.t("report.midas.measure"));
        TimeSeries hit6 = new TimeSeries(t.t("report.hit6.measure"));
        midasScores.forEach((date, score) -> midas.addOrUpdate(day(date), score));
        hit6Scores.forEach((date, score) -> hit6.addOrUpdate(day(date), score));
        JFreeChart chart = org.jfree.chart.ChartFactory.createTimeSeriesChart(
                t.t("report.chart.instruments"),
                t.t("report.chart.date"),
                t.t("report.midas.measure"),
                new TimeSeriesCollection(midas),
                true,
                false,
                false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, lineRenderer(PRIMARY));
        NumberAxis midasAxis = (NumberAxis) plot.getRangeAxis();
        midasAxis.setLowerBound(0);
        midasAxis.setUpperBound(Math.max(25, midas.getMaxY() * 1.15));
        plot.setDataset(1, new TimeSeriesCollection(hit6));
        NumberAxis hit6Axis = new NumberAxis(t.t("report.hit6.measure"));
        hit6Axis.setRange(36, 78);
        plot.setRangeAxis(1, hit6Axis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, lineRenderer(ACCENT));
        dateAxis(plot);
        return finish(chart);
    }

    static Chart pain(OutcomeReport r, Texts t) {
        return chart(
                "chart-pain",
                t.t("report.chart.pain"),
                t,
                r.sessions().stream()
                        .map(s -> Formats.date(s.date()) + " " + s.before() + " → " + s.after())
                        .collect(Collectors.joining("; ")),
                () -> painChart(r.sessions(), t));
    }

    private static JFreeChart painChart(List<SessionPain> sessions, Texts t) {
        TimeSeries before = new TimeSeries(t.t("report.pain-before"));
        TimeSeries after = new TimeSeries(t.t("report.pain-after"));
        sessions.forEach(s -> {
            before.addOrUpdate(day(s.date()), s.before());
            after.addOrUpdate(day(s.date()), s.after());
        });
        TimeSeriesCollection data = new TimeSeriesCollection(before);
        data.addSeries(after);
        JFreeChart chart = org.jfree.chart.ChartFactory.createTimeSeriesChart(
                t.t("report.chart.pain"), t.t("report.chart.date"), "0-10", data, true, false, false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = lineRenderer(ACCENT);
        lines.setSeriesPaint(1, PRIMARY);
        lines.setSeriesStroke(1, new BasicStroke(2.5f));
        plot.setRenderer(lines);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 10.5);
        dateAxis(plot);
        return finish(chart);
    }

    private static Map<LocalDate, Integer> midasScores(OutcomeReport r) {
        return r.midas().stream()
                .collect(Collectors.toMap(m -> m.assessedOn(), m -> m.score(), (a, b) -> b, java.util.TreeMap::new));
    }

    private static Map<LocalDate, Integer> hit6Scores(OutcomeReport r) {
        return r.hit6().stream()
                .collect(Collectors.toMap(h -> h.assessedOn(), h -> h.total(), (a, b) -> b, java.util.TreeMap::new));
    }

    private static List<PeriodFigures> periods(DiaryOutcome d) {
        List<PeriodFigures> periods = new ArrayList<>();
        periods.add(d.baseline());
        periods.addAll(d.compared());
        return periods;
    }

    private static String label(PeriodFigures p, Texts t) {
        return p.isBaseline() ? t.t("report.chart.baseline-period") : Formats.shortDate(p.start());
    }

    private static ValueMarker marker(double value, String label, Color colour) {
        ValueMarker marker = new ValueMarker(value);
        marker.setPaint(colour);
        marker.setStroke(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(FONT.deriveFont(11f));
        marker.setLabelPaint(colour.darker());
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static XYLineAndShapeRenderer lineRenderer(Color colour) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        return renderer;
    }

    private static void dateAxis(XYPlot plot) {
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new SimpleDateFormat("d MMM yy", Formats.LOCALE));
    }

    private static void rotateWhenCrowded(CategoryAxis axis, int categories) {
        if (categories > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static Chart chart(String id, String title, Texts t, String values, Supplier<JFreeChart> drawing) {
        return new Chart(id, title, t.t("report.chart.described", title, values), drawing);
    }

    private static JFreeChart finish(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(GRID);
        } else if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(GRID);
            plot.setDomainGridlinePaint(GRID);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Headroom");
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 15f));
        theme.setLargeFont(FONT.deriveFont(13f));
        theme.setRegularFont(FONT.deriveFont(12f));
        theme.setSmallFont(FONT.deriveFont(11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisLabelPaint(new Color(0x33, 0x33, 0x33));
        theme.setTickLabelPaint(new Color(0x33, 0x33, 0x33));
        return theme;
    }

    /**
     * Draws the chart at twice its size in points on an opaque image, and writes it as PNG. The image
     * is one of {@link ChartCanvases}, kept for the next chart.
     */
    private static byte[] png(JFreeChart chart) {
        return CANVASES.with(image -> {
            Graphics2D g = image.createGraphics();
            try {
                g.scale(2, 2);
                chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), null, null);
            } finally {
                g.dispose();
            }
            return ChartPng.encode(image);
        });
    }

    /** The same DejaVu Sans the PDFs embed, so that charts do not depend on the fonts a server has. */
    private static Font loadFont() {
        try (InputStream in = OutcomeCharts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The chart font cannot be read", e);
        }
    }
}
