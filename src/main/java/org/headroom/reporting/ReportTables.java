package org.headroom.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.diary.MidasGrade;

/** The report's tables as formatted rows, built once for the screen and the PDF alike. */
public final class ReportTables {

    private ReportTables() {}

    /** Headache days, migraine days, mean intensity and acute-medication days per 28 days. */
    public static List<FigureRow> diary(DiaryOutcome d, Texts t) {
        return List.of(
                FigureRow.of(t.t("diary.figures.headacheDays"), d.headacheDays()),
                FigureRow.of(t.t("diary.figures.migraineDays"), d.migraineDays()),
                FigureRow.of(t.t("diary.figures.intensity"), d.meanIntensity()),
                FigureRow.of(t.t("diary.figures.medicationDays"), d.acuteMedicationDays()),
                // What the figures rest on: every figure above counts only recorded days.
                FigureRow.of(
                        t.t("report.recorded-days"),
                        Change.of(
                                (double) d.baseline().recordedDays(),
                                d.compared().stream()
                                        .mapToInt(org.headroom.diary.PeriodFigures::recordedDays)
                                        .average()
                                        .orElse(0))));
    }

    /** MIDAS and HIT-6 first and latest with grade and band, then each rating first and latest. */
    public static List<FigureRow> instruments(OutcomeReport r, Texts t) {
        List<FigureRow> rows = new ArrayList<>();
        r.midasChange()
                .ifPresent(change -> rows.add(FigureRow.scores(
                        t.t("report.midas.measure"),
                        change,
                        grade(r.midasFirst().orElseThrow().grade(), t),
                        grade(r.midasLatest().orElseThrow().grade(), t))));
        r.hit6Change()
                .ifPresent(change -> rows.add(FigureRow.scores(
                        t.t("report.hit6.measure"),
                        change,
                        t.t("hit6.band." + r.hit6First().orElseThrow().band().name()),
                        t.t("hit6.band." + r.hit6Latest().orElseThrow().band().name()))));
        r.ratingChanges()
                .forEach(
                        (kind, change) -> rows.add(FigureRow.scores(t.t("rating." + kind.name()), change, null, null)));
        return rows;
    }

    /** Sessions with pain scores: the mean fall and how many fell by at least the MCID. */
    public static String sessionsSummary(OutcomeReport r, ClinicalSettings.Outcome settings, Texts t) {
        Double mean = r.meanPainFall();
        return t.t(
                "report.sessions.summary",
                Formats.decimal(mean),
                r.improvedSessions(),
                settings.painMcidPoints(),
                settings.painMcidPercent(),
                // Chooses "point" or "points" by the figure as shown.
                mean == null ? 0 : Change.round1(Math.abs(mean)));
    }

    /** Techniques used, most frequent first, e.g. "Acupressure (3), Reflexology (1)". */
    public static String techniques(OutcomeReport r, Texts t) {
        return r.techniques().stream()
                .map(c -> t.t("technique." + c.item().name()) + " (" + c.count() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The five areas treated most, with how often. */
    public static String areas(OutcomeReport r, Texts t) {
        return r.areas().stream()
                .limit(5)
                .map(c -> t.t("region." + c.item().name()) + " (" + c.count() + ")")
                .collect(Collectors.joining(", "));
    }

    static String grade(MidasGrade grade, Texts t) {
        return t.t("report.midas.grade", grade.name().replace('_', '-'));
    }
}
