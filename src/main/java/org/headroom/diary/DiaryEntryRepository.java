package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, Long> {

    java.util.Optional<DiaryEntry> findFirstByClientIdOrderByEntryDateAsc(long clientId);

    java.util.Optional<DiaryEntry> findByClientIdAndSubmissionId(long clientId, String submissionId);

    java.util.Optional<DiaryEntry> findFirstByClientIdOrderByEntryDateDescIdDesc(long clientId);

    List<DiaryEntry> findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
            long clientId, LocalDate from, LocalDate to);
}
