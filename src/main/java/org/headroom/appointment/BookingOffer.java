package org.headroom.appointment;

import java.util.List;
import org.headroom.security.TherapistSummary;

/** What the public booking page offers: the therapists who take bookings online, and the types. */
public record BookingOffer(List<TherapistSummary> therapists, List<AppointmentTypeInfo> types, int horizonDays) {

    public boolean open() {
        return !therapists.isEmpty() && !types.isEmpty();
    }
}
