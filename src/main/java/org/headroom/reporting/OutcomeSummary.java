package org.headroom.reporting;

import java.util.ArrayList;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.base.clinical.ClinicalSettings;

/**
 * A short plain-English reading of the figures, generated from the same numbers the tables show:
 * the change in headache days and whether it marks a responder, acute-medication days, the
 * questionnaires, and pain across the sessions. Where data is thin it says so.
 */
public final class OutcomeSummary {

    private OutcomeSummary() {}

    public static List<String> sentences(OutcomeReport r, ClinicalSettings.Outcome settings, Texts t) {
        List<String> out = new ArrayList<>();
        r.diary().ifPresentOrElse(d -> diary(d, settings, t, out), () -> out.add(t.t("report.summary.no-diary")));
        r.midasChange()
                .ifPresent(change -> out.add(instrument(
                        "report.summary.midas",
                        change,
                        ReportTables.grade(r.midasFirst().orElseThrow().grade(), t),
                        ReportTables.grade(r.midasLatest().orElseThrow().grade(), t),
                        r.midasFirst().orElseThrow().id()
                                == r.midasLatest().orElseThrow().id(),
                        t)));
        r.hit6Change()
                .ifPresent(change -> out.add(instrument(
                        "report.summary.hit6",
                        change,
                        t.t("hit6.band." + r.hit6First().orElseThrow().band().name()),
                        t.t("hit6.band." + r.hit6Latest().orElseThrow().band().name()),
                        r.hit6First().orElseThrow().id()
                                == r.hit6Latest().orElseThrow().id(),
                        t)));
        if (r.meanPainFall() == null) {
            out.add(t.t("report.summary.no-sessions"));
        } else {
            // The sentence says which way pain went, so the figure goes without its sign.
            double shown = Change.round1(Math.abs(r.meanPainFall()));
            String key = shown == 0
                    ? "report.summary.sessions.same"
                    : r.meanPainFall() < 0 ? "report.summary.sessions.rose" : "report.summary.sessions";
            out.add(t.t(key, r.sessions().size(), Formats.decimal(shown), r.improvedSessions(), shown));
        }
        return out;
    }

    private static void diary(DiaryOutcome d, ClinicalSettings.Outcome settings, Texts t, List<String> out) {
        Change headache = d.headacheDays();
        if (headache.percent() == null) {
            out.add(t.t("report.summary.headache.none-at-baseline", Formats.decimal(headache.current())));
        } else {
            out.add(t.t(
                    "report.summary.headache." + direction(headache),
                    Formats.decimal(headache.baseline()),
                    Formats.decimal(headache.current()),
                    Formats.whole(Math.abs(headache.percent())),
                    d.compared().size()));
            out.add(t.t(
                    d.responder() ? "report.summary.responder" : "report.summary.not-responder",
                    settings.responderFallPercent()));
        }
        Change medication = d.acuteMedicationDays();
        String before = Formats.decimal(medication.baseline());
        String now = Formats.decimal(medication.current());
        // The same figure twice would read "went from 0 to 0".
        out.add(
                before.equals(now)
                        ? t.t("report.summary.medication.same", now)
                        : t.t("report.summary.medication", before, now));
    }

    private static String instrument(
            String key, Change change, String firstNote, String latestNote, boolean single, Texts t) {
        if (single) {
            return t.t(key + ".single", FigureRow.whole(change.current()), latestNote);
        }
        if (FigureRow.whole(change.baseline()).equals(FigureRow.whole(change.current()))) {
            return t.t(key + ".same", FigureRow.whole(change.current()), latestNote);
        }
        return t.t(key, FigureRow.whole(change.baseline()), firstNote, FigureRow.whole(change.current()), latestNote);
    }

    private static String direction(Change change) {
        if (change.absolute() < 0) {
            return "fell";
        }
        return change.absolute() > 0 ? "rose" : "same";
    }
}
