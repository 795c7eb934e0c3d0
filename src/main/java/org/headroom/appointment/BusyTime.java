package org.headroom.appointment;

import java.time.Instant;

/** Time a therapist's appointment holds, its buffer included: from {@code from} until {@code until}. */
record BusyTime(long appointmentId, long therapistId, Instant from, Instant until) {}
