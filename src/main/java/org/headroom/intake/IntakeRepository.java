package org.headroom.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    List<Intake> findByClientIdOrderBySequenceNoDesc(long clientId);

    Optional<Intake> findFirstByClientIdAndStatusOrderBySequenceNoDesc(long clientId, IntakeStatus status);

    Optional<Intake> findFirstByClientIdAndStatusNotOrderBySequenceNoDesc(long clientId, IntakeStatus status);

    @Query("select coalesce(max(i.sequenceNo), 0) from Intake i where i.clientId = ?1")
    int maxSequence(long clientId);
}
