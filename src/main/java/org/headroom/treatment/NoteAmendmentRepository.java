package org.headroom.treatment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoteAmendmentRepository extends JpaRepository<NoteAmendment, Long> {

    List<NoteAmendment> findByNoteIdOrderByCreatedAtAscIdAsc(long noteId);

    List<NoteAmendment> findByNoteIdInOrderByCreatedAtAscIdAsc(java.util.Collection<Long> noteIds);
}
