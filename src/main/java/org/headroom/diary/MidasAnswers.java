package org.headroom.diary;

import java.util.ArrayList;
import java.util.List;

/**
 * The MIDAS answers, each a number of days in the last 3 months (0-90). Questions 2 and 4 do not
 * count days already counted in questions 1 and 3, so each is bounded by what the other leaves.
 * A (headache days) and B (average pain 0-10) are recorded, not scored. The question wording is in
 * the message bundle only ({@code midas.q1} ...), so that it can be replaced.
 */
public record MidasAnswers(int q1, int q2, int q3, int q4, int q5, Integer headacheDays, Integer averagePain) {

    public static final int MAX_DAYS = 90;

    public int score() {
        return q1 + q2 + q3 + q4 + q5;
    }

    /** Message keys of what is wrong, by question ({@code q2} etc.); empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "q1", q1, MAX_DAYS);
        check(problems, "q2", q2, MAX_DAYS - q1);
        check(problems, "q3", q3, MAX_DAYS);
        check(problems, "q4", q4, MAX_DAYS - q3);
        check(problems, "q5", q5, MAX_DAYS);
        if (headacheDays != null) {
            check(problems, "headacheDays", headacheDays, MAX_DAYS);
        }
        if (averagePain != null) {
            check(problems, "averagePain", averagePain, 10);
        }
        return problems;
    }

    private static void check(List<String> problems, String field, int value, int max) {
        if (value < 0 || value > Math.max(max, 0)) {
            problems.add(field);
        }
    }
}
