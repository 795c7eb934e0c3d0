package org.headroom.appointment;

import java.time.LocalDateTime;

/**
 * An appointment as its client sees it through a link: when, what, with whom, and what they can
 * still do online.
 *
 * @param managePath the path of a link to this appointment (the one used, or a new one after a booking)
 * @param changeable whether it can still be moved online (more than the notice before it)
 * @param cancellable whether it can still be cancelled (booked, not yet begun)
 * @param lateIfCancelledNow whether cancelling now counts as a late cancellation
 */
public record ClientAppointment(
        long therapistId,
        String therapistName,
        AppointmentTypeInfo type,
        LocalDateTime start,
        LocalDateTime end,
        AppointmentStatus status,
        String managePath,
        boolean changeable,
        boolean cancellable,
        boolean lateIfCancelledNow) {}
