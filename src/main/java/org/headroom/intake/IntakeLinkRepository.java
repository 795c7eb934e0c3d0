package org.headroom.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeLinkRepository extends JpaRepository<IntakeLink, Long> {

    Optional<IntakeLink> findByTokenHash(String tokenHash);

    List<IntakeLink> findByIntakeId(long intakeId);
}
