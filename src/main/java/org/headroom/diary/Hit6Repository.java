package org.headroom.diary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Hit6Repository extends JpaRepository<Hit6Assessment, Long> {

    List<Hit6Assessment> findByClientIdOrderByAssessedOnAscIdAsc(long clientId);
}
