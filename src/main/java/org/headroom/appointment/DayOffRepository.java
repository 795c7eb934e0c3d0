package org.headroom.appointment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DayOffRepository extends JpaRepository<DayOff, Long> {

    List<DayOff> findByTherapistIdAndLastDayGreaterThanEqualOrderByFirstDayAsc(long therapistId, LocalDate from);

    List<DayOff> findByTherapistIdInAndLastDayGreaterThanEqual(Collection<Long> therapistIds, LocalDate from);
}
