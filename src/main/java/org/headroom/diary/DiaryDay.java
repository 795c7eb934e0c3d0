package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the client's diary as their own pages show it.
 *
 * @param entries the lines that start on the day
 * @param continued an attack from an earlier day reaches into this day
 */
public record DiaryDay(LocalDate date, List<DiaryEntryData> entries, boolean continued) {

    /** Recorded: a headache or a headache-free day; otherwise not yet known. */
    public boolean recorded() {
        return continued || !entries.isEmpty();
    }

    public boolean headacheFree() {
        return !entries.isEmpty() && entries.stream().noneMatch(DiaryEntryData::isAttack) && !continued;
    }
}
