package org.headroom.diary;

import java.util.Set;
import java.util.TreeSet;

/**
 * HIT-6 impact bands (docs/clinical-rules.md, "HIT-6"): 49 or less little or no impact, 50-55 some,
 * 56-59 substantial, 60 or more severe. Six items, each answered 6, 8, 10, 11 or 13; total 36-78.
 * Headroom ships the scoring, not the item wording, which is licensed by QualityMetric.
 */
public enum Hit6Band {
    LITTLE_OR_NONE,
    SOME,
    SUBSTANTIAL,
    SEVERE;

    public static final Set<Integer> ITEM_VALUES = Set.of(6, 8, 10, 11, 13);

    /** Every total that six answers can add up to; for example 37 cannot occur. */
    public static final Set<Integer> POSSIBLE_TOTALS = possibleTotals();

    public static Hit6Band of(int total) {
        if (total <= 49) {
            return LITTLE_OR_NONE;
        }
        if (total <= 55) {
            return SOME;
        }
        if (total <= 59) {
            return SUBSTANTIAL;
        }
        return SEVERE;
    }

    private static Set<Integer> possibleTotals() {
        Set<Integer> sums = new TreeSet<>(Set.of(0));
        for (int item = 0; item < 6; item++) {
            Set<Integer> next = new TreeSet<>();
            for (int sum : sums) {
                for (int value : ITEM_VALUES) {
                    next.add(sum + value);
                }
            }
            sums = next;
        }
        return Set.copyOf(sums);
    }
}
