package org.headroom.diary;

/**
 * MIDAS disability grades (docs/clinical-rules.md, "MIDAS"): I 0-5 little or no disability, II 6-10
 * mild, III 11-20 moderate, IV 21+ severe; some split IV into IV-A 21-40 and IV-B 41+ (a setting).
 */
public enum MidasGrade {
    I,
    II,
    III,
    IV,
    IV_A,
    IV_B;

    public static MidasGrade of(int score, boolean splitGradeFour) {
        if (score <= 5) {
            return I;
        }
        if (score <= 10) {
            return II;
        }
        if (score <= 20) {
            return III;
        }
        if (!splitGradeFour) {
            return IV;
        }
        return score <= 40 ? IV_A : IV_B;
    }
}
