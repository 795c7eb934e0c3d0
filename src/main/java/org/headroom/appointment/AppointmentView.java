package org.headroom.appointment;

import java.time.LocalDateTime;

/**
 * An appointment as the practice sees it, in the practice's time zone.
 *
 * @param clientName the client's name, or null for a client the viewer may not see
 */
public record AppointmentView(
        long id,
        long version,
        long therapistId,
        long clientId,
        String clientName,
        AppointmentTypeInfo type,
        LocalDateTime start,
        LocalDateTime end,
        AppointmentStatus status) {}
