package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, Long> {

    List<DiaryEntry> findByClientIdOrderByEntryDateAscStartTimeAsc(long clientId);

    List<DiaryEntry> findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
            long clientId, LocalDate from, LocalDate to);
}

interface MidasRepository extends JpaRepository<MidasAssessment, Long> {

    List<MidasAssessment> findByClientIdOrderByAssessedOnAscIdAsc(long clientId);
}

interface Hit6Repository extends JpaRepository<Hit6Assessment, Long> {

    List<Hit6Assessment> findByClientIdOrderByAssessedOnAscIdAsc(long clientId);
}

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findByClientIdOrderByRatedOnAscIdAsc(long clientId);
}

interface DiaryBaselineRepository extends JpaRepository<DiaryBaseline, Long> {}
