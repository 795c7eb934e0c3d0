package org.headroom.appointment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentSlotRepository extends JpaRepository<AppointmentSlot, AppointmentSlot.Key> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AppointmentSlot s where s.appointmentId = :appointmentId")
    int release(@Param("appointmentId") long appointmentId);
}
