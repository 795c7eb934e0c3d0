package org.headroom.appointment;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnlineBookingRepository extends JpaRepository<OnlineBooking, Long> {}
