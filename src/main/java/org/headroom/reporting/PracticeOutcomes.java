package org.headroom.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Practice outcomes over a period, for one therapist's clients or (practice admin) the whole
 * practice: clients seen, the responder rate among clients with a baseline and a complete period,
 * the mean change in headache days per 28 days and in MIDAS, overall and by technique used.
 *
 * @param therapistId whose clients, or null for the whole practice
 */
public record PracticeOutcomes(
        Long therapistId, LocalDate from, LocalDate to, Figures overall, List<ByTechnique> byTechnique) {

    /**
     * @param clients clients counted: for the practice, those with a signed session in the dates;
     *     for a technique, those who received it
     * @param withOutcome clients with a baseline and a complete period to compare, each with enough diary
     * @param shortDiary clients left out because their baseline or later periods have too few recorded days
     * @param headacheChange mean change in headache days per 28 days, one decimal; null without outcomes
     * @param withMidas clients with two or more MIDAS scores
     * @param midasChange mean change from first to latest MIDAS score, one decimal; null without
     */
    public record Figures(
            long clients,
            long withOutcome,
            long shortDiary,
            long responders,
            Double headacheChange,
            long withMidas,
            Double midasChange) {

        /** Percent of clients with an outcome who responded, one decimal; null when none has an outcome. */
        public Double responderRate() {
            return withOutcome == 0 ? null : Change.round1(100.0 * responders / withOutcome);
        }
    }

    public record ByTechnique(org.headroom.treatment.Technique technique, Figures figures) {}
}
