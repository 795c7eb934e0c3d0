package org.headroom.security;

/** A therapist as shown in pickers and record headers. */
public record TherapistSummary(long id, String displayName, String professionalRegistration) {}
