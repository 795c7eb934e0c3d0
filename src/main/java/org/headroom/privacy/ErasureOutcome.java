package org.headroom.privacy;

import java.time.LocalDate;

/**
 * What became of a request to erase a client's records.
 *
 * @param erased true when the records were erased and the client anonymised
 * @param retentionUntil the day the records may be erased, when refused
 * @param reason the reason as recorded (refusal), in plain words
 */
public record ErasureOutcome(boolean erased, LocalDate retentionUntil, String reason) {}
