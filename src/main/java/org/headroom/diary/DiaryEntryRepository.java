package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, Long> {

    List<DiaryEntry> findByClientIdOrderByEntryDateAscStartTimeAsc(long clientId);

    java.util.Optional<DiaryEntry> findFirstByClientIdOrderByEntryDateAsc(long clientId);

    List<DiaryEntry> findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
            long clientId, LocalDate from, LocalDate to);
}
