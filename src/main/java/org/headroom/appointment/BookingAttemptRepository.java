package org.headroom.appointment;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookingAttemptRepository extends JpaRepository<BookingAttempt, Long> {

    long countByAddressHashAndAttemptedAtAfter(String addressHash, Instant after);

    @Modifying
    @Query("delete from BookingAttempt a where a.attemptedAt < :before")
    int forgetBefore(@Param("before") Instant before);
}
