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

interface IntakeDecisionRepository extends JpaRepository<IntakeDecisionRecord, Long> {

    List<IntakeDecisionRecord> findByIntakeIdOrderByDecidedAtDescIdDesc(long intakeId);
}

interface ContraindicationRepository extends JpaRepository<Contraindication, Long> {

    List<Contraindication> findAllByOrderBySortOrderAscIdAsc();

    Optional<Contraindication> findByCode(String code);

    @Query("select coalesce(max(c.sortOrder), 0) from Contraindication c")
    int maxSortOrder();
}

interface ConsentWordingRepository extends JpaRepository<ConsentWording, Long> {

    List<ConsentWording> findByCurrentTrueOrderByIdAsc();
}

interface ClientConsentRepository extends JpaRepository<ClientConsent, Long> {

    List<ClientConsent> findByClientIdOrderByGivenAtDescIdDesc(long clientId);
}

interface IntakeLinkRepository extends JpaRepository<IntakeLink, Long> {

    Optional<IntakeLink> findByTokenHash(String tokenHash);

    List<IntakeLink> findByIntakeId(long intakeId);
}
