package org.headroom.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContraindicationRepository extends JpaRepository<Contraindication, Long> {

    List<Contraindication> findAllByOrderBySortOrderAscIdAsc();

    Optional<Contraindication> findByCode(String code);

    @Query("select coalesce(max(c.sortOrder), 0) from Contraindication c")
    int maxSortOrder();
}
