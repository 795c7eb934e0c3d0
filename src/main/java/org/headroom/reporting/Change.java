package org.headroom.reporting;

/**
 * A figure at baseline and now, with the absolute and percent change (percent is null when the
 * baseline is 0). Rounded to one decimal, once, here.
 */
public record Change(Double baseline, Double current, Double absolute, Double percent) {

    static Change of(Double baseline, Double current) {
        if (baseline == null || current == null) {
            return new Change(baseline, current, null, null);
        }
        Double percent = baseline == 0 ? null : round1((current - baseline) / baseline * 100);
        return new Change(round1(baseline), round1(current), round1(current - baseline), percent);
    }

    static double round1(double value) {
        return org.headroom.diary.DiaryCalculator.round1(value);
    }
}
