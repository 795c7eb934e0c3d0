package org.headroom.appointment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    List<Appointment> findByTherapistIdAndStartsAtBetweenOrderByStartsAtAsc(long therapistId, Instant from, Instant to);

    List<Appointment> findByClientIdOrderByStartsAtAsc(long clientId);

    /**
     * The time held (appointment and buffer) by the therapists' appointments that reach into the
     * range; {@code earliestStart} bounds the index range (no appointment holds a day or more).
     */
    @Query(
            """
            select new org.headroom.appointment.BusyTime(a.id, a.therapistId, a.startsAt, a.blockedUntil)
            from Appointment a
            where a.therapistId in :therapistIds
              and a.status in (org.headroom.appointment.AppointmentStatus.BOOKED,
                               org.headroom.appointment.AppointmentStatus.ATTENDED,
                               org.headroom.appointment.AppointmentStatus.NO_SHOW)
              and a.startsAt < :to and a.blockedUntil > :from""")
    List<BusyTime> busy(
            @Param("therapistIds") Collection<Long> therapistIds, @Param("from") Instant from, @Param("to") Instant to);

    /** Booked appointments starting in the range whose day-before reminder has not gone. */
    @Query(
            """
            select a.id from Appointment a
            where a.status = org.headroom.appointment.AppointmentStatus.BOOKED
              and a.startsAt >= :from and a.startsAt < :to and a.reminderSentAt is null""")
    List<Long> reminderDue(@Param("from") Instant from, @Param("to") Instant to);

    /** Claims an appointment's reminder; 1 when this caller is the one to send it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            """
            update Appointment a set a.reminderSentAt = :now
            where a.id = :id and a.reminderSentAt is null
              and a.status = org.headroom.appointment.AppointmentStatus.BOOKED""")
    int claimReminder(@Param("id") long id, @Param("now") Instant now);
}
