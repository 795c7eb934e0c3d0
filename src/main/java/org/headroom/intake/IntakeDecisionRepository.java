package org.headroom.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeDecisionRepository extends JpaRepository<IntakeDecisionRecord, Long> {

    List<IntakeDecisionRecord> findByIntakeIdOrderByDecidedAtDescIdDesc(long intakeId);
}
