package org.headroom.diary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireScheduleRepository extends JpaRepository<QuestionnaireSchedule, Long> {

    List<QuestionnaireSchedule> findByClientIdOrderByInstrumentAsc(long clientId);

    Optional<QuestionnaireSchedule> findByClientIdAndInstrument(long clientId, Instrument instrument);
}
