package org.headroom.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientDiaryRepository extends JpaRepository<ClientDiary, Long> {

    Optional<ClientDiary> findByLinkHash(String linkHash);

    Optional<ClientDiary> findByUnsubscribeToken(String unsubscribeToken);

    /** Diaries whose reminder time has come today and whose reminder today is not yet claimed. */
    @Query("select d from ClientDiary d where d.enabled = true and d.reminderTime is not null"
            + " and d.reminderTime <= :now and (d.reminderSentOn is null or d.reminderSentOn < :today)")
    List<ClientDiary> findDue(@Param("today") LocalDate today, @Param("now") java.time.LocalTime now);

    /**
     * Claims today's reminder for one client: true for exactly one caller, however many servers
     * try, so that a reminder is never sent twice.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update ClientDiary d set d.reminderSentOn = :today where d.clientId = :clientId"
            + " and (d.reminderSentOn is null or d.reminderSentOn < :today)")
    int claimReminder(@Param("clientId") long clientId, @Param("today") LocalDate today);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update ClientDiary d set d.nudgeSentOn = :today where d.clientId = :clientId"
            + " and (d.nudgeSentOn is null or d.nudgeSentOn < :since)")
    int claimNudge(@Param("clientId") long clientId, @Param("today") LocalDate today, @Param("since") LocalDate since);
}
