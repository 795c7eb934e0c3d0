package org.headroom.appointment;

import java.time.LocalDateTime;

/** A free time on the booking page: whose, and when (the practice's local time). Says nothing of others. */
public record BookableTime(long therapistId, String therapistName, LocalDateTime start) {}
