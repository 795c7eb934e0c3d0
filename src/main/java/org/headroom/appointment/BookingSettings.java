package org.headroom.appointment;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The appointment book's rules for clients ({@code headroom.booking.*}).
 *
 * @param online whether the public booking page is offered at all
 * @param minimumNotice how long before a time it can still be booked online
 * @param horizonDays how many days ahead online booking reaches
 * @param cancellationNotice a cancellation later than this before the time is a late cancellation,
 *     and the time can no longer be changed online
 * @param stepMinutes the step between offered start times
 * @param reminders whether clients get a reminder the day before
 * @param reminderTime from what time of the day before the reminder goes
 * @param attemptsPerHour bookings one address may send in an hour
 * @param emails whether clients are sent confirmations, changes and cancellations
 */
@ConfigurationProperties("headroom.booking")
public record BookingSettings(
        @DefaultValue("true") boolean online,
        @DefaultValue("12h") Duration minimumNotice,
        @DefaultValue("56") int horizonDays,
        @DefaultValue("24h") Duration cancellationNotice,
        @DefaultValue("15") int stepMinutes,
        @DefaultValue("true") boolean reminders,
        @DefaultValue("17:00") LocalTime reminderTime,
        @DefaultValue("6") int attemptsPerHour,
        @DefaultValue("true") boolean emails) {}
