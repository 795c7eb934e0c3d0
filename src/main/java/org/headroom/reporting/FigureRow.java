package org.headroom.reporting;

import org.headroom.base.Formats;

/**
 * One line of a report table, already formatted, so that the screen and the PDF print the same
 * characters: a measure, its value at baseline (or first), now (or latest), and the change.
 */
public record FigureRow(String measure, String baseline, String current, String change, String percent) {

    /** Means per 28 days, to one decimal. */
    static FigureRow of(String measure, Change change) {
        return new FigureRow(
                measure,
                Formats.decimal(change.baseline()),
                Formats.decimal(change.current()),
                Formats.signed(change.absolute()),
                Formats.percent(change.percent()));
    }

    /** Questionnaire scores and ratings, whole numbers, with an optional word after each, e.g. a grade. */
    static FigureRow scores(String measure, Change change, String baselineNote, String currentNote) {
        return new FigureRow(
                measure,
                withNote(whole(change.baseline()), baselineNote),
                withNote(whole(change.current()), currentNote),
                change.absolute() == null ? "—" : String.format(Formats.LOCALE, "%+d", Math.round(change.absolute())),
                Formats.percent(change.percent()));
    }

    static String whole(Double score) {
        return score == null ? "—" : Long.toString(Math.round(score));
    }

    private static String withNote(String value, String note) {
        return note == null ? value : value + " (" + note + ")";
    }
}
