package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain-English summary says what the figures say, with the same numbers. */
class OutcomeSummaryTest {

    @Test
    void a_responder_is_summarised_with_the_figures_from_the_tables() {
        List<String> sentences =
                OutcomeSummary.sentences(ReportSamples.responder(), ReportSamples.SETTINGS, BundleTexts.INSTANCE);

        assertThat(sentences)
                .containsExactly(
                        "Headache days fell from 8 to 4 per 28 days (50 % fewer), comparing the baseline with"
                                + " 2 later 28-day periods.",
                        "That is a fall of 50 % or more, the usual mark of a good response.",
                        // Medication days (4 + 2) / 2 = 3.0 against 6.
                        "Days with acute headache medication went from 6 to 3 per 28 days.",
                        "The MIDAS disability score went from 24 (grade IV) to 9 (grade II).",
                        "The HIT-6 impact score went from 62 (Severe impact) to 55 (Some impact).",
                        "Across 2 sessions, pain fell by 2 points on average during a session; 1 showed a"
                                + " meaningful fall.");
    }

    @Test
    void medication_days_that_did_not_change_are_said_to_stay() {
        // Two medication days in the baseline and in both later periods.
        List<org.headroom.diary.PeriodFigures> periods = List.of(
                ReportSamples.period(0, 8, 7.0, 2),
                ReportSamples.period(1, 5, 6.0, 2),
                ReportSamples.period(2, 3, 5.0, 2));
        DiaryOutcome diary = OutcomeCalculator.diary(
                        periods, ReportSamples.START, ReportSamples.START.plusDays(83), ReportSamples.SETTINGS)
                .orElseThrow();
        OutcomeReport steady = report(Optional.of(diary), List.of(), List.of(), List.of(), null);

        assertThat(OutcomeSummary.sentences(steady, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .contains("Days with acute headache medication stayed at 2 per 28 days.")
                .noneMatch(sentence -> sentence.contains("went from 2 to 2"));
    }

    @Test
    void questionnaires_and_session_pain_that_did_not_fall_are_said_as_they_are() {
        List<org.headroom.diary.MidasResult> midas = ReportSamples.responder().midas();
        List<SessionPain> sessions = List.of(
                OutcomeCalculator.pain(ReportSamples.START.plusDays(30), 4, 5, ReportSamples.SETTINGS),
                OutcomeCalculator.pain(ReportSamples.START.plusDays(44), 3, 3, ReportSamples.SETTINGS));
        OutcomeReport report = report(
                Optional.empty(),
                List.of("report.thin.no-baseline"),
                // The first MIDAS twice: two records with the same score.
                List.of(midas.getFirst(), withId(midas.getFirst(), 9)),
                sessions,
                -0.5);

        assertThat(OutcomeSummary.sentences(report, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .containsExactly(
                        "There is not yet enough diary data to judge a change in headache days.",
                        "The MIDAS disability score stayed at 24 (grade IV).",
                        "Across 2 sessions, pain rose by 0.5 points on average during a session; none showed a"
                                + " meaningful fall.");

        OutcomeReport even = report(Optional.empty(), List.of("report.thin.no-baseline"), List.of(), sessions, -0.04);
        OutcomeReport onePoint =
                report(Optional.empty(), List.of("report.thin.no-baseline"), List.of(), sessions, 1.04);
        assertThat(OutcomeSummary.sentences(onePoint, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .contains("Across 2 sessions, pain fell by 1 point on average during a session; none showed a"
                        + " meaningful fall.");
        assertThat(ReportTables.sessionsSummary(onePoint, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .startsWith("Mean fall in pain per session: 1 point;");

        assertThat(OutcomeSummary.sentences(even, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .contains("Across 2 sessions, pain was on average the same before and after a session; none"
                        + " showed a meaningful fall.");
    }

    /** The sample's client and dates with only these parts; no HIT-6, ratings, techniques or areas. */
    private static OutcomeReport report(
            Optional<DiaryOutcome> diary,
            List<String> thinData,
            List<org.headroom.diary.MidasResult> midas,
            List<SessionPain> sessions,
            Double meanPainFall) {
        OutcomeReport sample = ReportSamples.responder();
        return new OutcomeReport(
                sample.clientId(),
                sample.from(),
                sample.to(),
                diary,
                thinData,
                midas,
                List.of(),
                Map.of(),
                sessions,
                meanPainFall,
                0,
                List.of(),
                List.of());
    }

    private static org.headroom.diary.MidasResult withId(org.headroom.diary.MidasResult m, long id) {
        return new org.headroom.diary.MidasResult(
                id,
                m.assessedOn().plusDays(60),
                m.answers(),
                m.score(),
                m.grade(),
                m.recordedBy(),
                m.recordedAt(),
                m.clientReported());
    }

    @Test
    void thin_data_is_said_and_a_single_questionnaire_is_not_called_a_change() {
        OutcomeReport thin = report(
                Optional.empty(),
                List.of("report.thin.no-baseline"),
                ReportSamples.responder().midas().subList(0, 1),
                List.of(),
                null);

        assertThat(OutcomeSummary.sentences(thin, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .containsExactly(
                        "There is not yet enough diary data to judge a change in headache days.",
                        "One MIDAS score is recorded: 24 (grade IV).",
                        "No signed sessions with pain scores fall in these dates.");
    }

    @Test
    void tables_show_change_with_sign_and_percent_and_the_grades() {
        OutcomeReport sample = ReportSamples.responder();
        assertThat(ReportTables.diary(sample.diary().orElseThrow(), BundleTexts.INSTANCE))
                .first()
                .isEqualTo(new FigureRow("Headache days", "8", "4", "-4", "-50 %"));
        assertThat(ReportTables.instruments(sample, BundleTexts.INSTANCE))
                .containsExactly(
                        // 9 - 24 = -15; -15 / 24 = -62.5 percent.
                        new FigureRow("MIDAS score", "24 (grade IV)", "9 (grade II)", "-15", "-63 %"),
                        // 55 - 62 = -7; -7 / 62 = -11.29 -> -11.3 percent.
                        new FigureRow("HIT-6 score", "62 (Severe impact)", "55 (Some impact)", "-7", "-11 %"),
                        new FigureRow("Stress (0 none - 10 extreme)", "7", "4", "-3", "-43 %"));
    }
}
