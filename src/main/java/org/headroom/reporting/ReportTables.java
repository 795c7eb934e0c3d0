package org.headroom.reporting;

import java.util.ArrayList;
import java.util.List;
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
                FigureRow.of(t.t("diary.figures.medicationDays"), d.acuteMedicationDays()));
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

    static String grade(MidasGrade grade, Texts t) {
        return t.t("report.midas.grade", grade.name().replace('_', '-'));
    }
}
