package org.headroom.diary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientMedicineRepository extends JpaRepository<ClientMedicine, Long> {

    List<ClientMedicine> findByClientIdAndActiveTrueOrderByNameAsc(long clientId);
}
