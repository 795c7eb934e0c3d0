package org.headroom.appointment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    List<Appointment> findByTherapistIdAndStartsAtBetweenOrderByStartsAtAsc(long therapistId, Instant from, Instant to);

    List<Appointment> findByClientIdOrderByStartsAtAsc(long clientId);
}
