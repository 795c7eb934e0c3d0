package org.headroom.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionNoteRepository extends JpaRepository<SessionNote, Long> {

    List<SessionNote> findByClientIdOrderBySessionDateDescIdDesc(long clientId, Pageable pageable);

    long countByClientId(long clientId);

    List<SessionNote> findByTherapistIdAndStatusAndSessionDateBeforeOrderBySessionDateAscIdAsc(
            long therapistId, NoteStatus status, LocalDate before);

    List<SessionNote> findByClientIdAndStatusAndSessionDateBetweenOrderBySessionDateAscIdAsc(
            long clientId, NoteStatus status, LocalDate from, LocalDate to);

    Optional<SessionNote> findFirstByClientIdAndStatusOrderByIdDesc(long clientId, NoteStatus status);

    Optional<SessionNote> findFirstByClientIdOrderBySessionDateDescIdDesc(long clientId);

    @Query(
            "select min(n.sessionDate) from SessionNote n where n.clientId = ?1 and n.status = org.headroom.treatment.NoteStatus.SIGNED")
    Optional<LocalDate> firstSignedDate(long clientId);
}
