package org.headroom.appointment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentLinkRepository extends JpaRepository<AppointmentLink, String> {}
