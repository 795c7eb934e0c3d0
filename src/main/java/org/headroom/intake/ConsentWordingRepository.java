package org.headroom.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentWordingRepository extends JpaRepository<ConsentWording, Long> {

    List<ConsentWording> findByCurrentTrueOrderByIdAsc();
}
