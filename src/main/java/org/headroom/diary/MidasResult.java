package org.headroom.diary;

import java.time.Instant;
import java.time.LocalDate;

/** A MIDAS assessment with its score and grade, dated and attributed. */
public record MidasResult(
        long id,
        LocalDate assessedOn,
        MidasAnswers answers,
        int score,
        MidasGrade grade,
        long recordedBy,
        Instant recordedAt,
        boolean clientReported) {}
