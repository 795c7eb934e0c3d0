package org.headroom.appointment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

    List<AppointmentType> findAllByOrderByIdAsc();
}
