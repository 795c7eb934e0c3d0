package org.headroom.appointment;

/** An appointment type as pages show it. */
public record AppointmentTypeInfo(
        long id, String name, int durationMinutes, int bufferMinutes, String colour, boolean active) {}
