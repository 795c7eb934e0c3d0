package org.headroom.appointment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingHoursRepository extends JpaRepository<WorkingHours, Long> {

    List<WorkingHours> findByTherapistId(long therapistId);

    List<WorkingHours> findByTherapistIdIn(Collection<Long> therapistIds);

    void deleteByTherapistId(long therapistId);
}
