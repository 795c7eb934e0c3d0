package org.headroom.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    @Query("select m from OutgoingMail m order by m.createdAt desc, m.id desc")
    List<OutgoingMail> newestFirst(Pageable pageable);
}
