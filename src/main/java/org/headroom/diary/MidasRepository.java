package org.headroom.diary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MidasRepository extends JpaRepository<MidasAssessment, Long> {

    List<MidasAssessment> findByClientIdOrderByAssessedOnAscIdAsc(long clientId);
}
