package org.headroom.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder the day before an appointment ({@code headroom.booking.reminders}), sent from
 * {@code headroom.booking.reminder-time} of that day. Runs on one server of a cluster at a time
 * (ShedLock), and each reminder is claimed by a conditional update before it is sent, so that it
 * goes once even if two runs overlap.
 */
@Component
class AppointmentReminders {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentReminders.class);

    private final AppointmentRepository appointments;
    private final AppointmentMessages messages;
    private final BookingSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AppointmentReminders(
            AppointmentRepository appointments,
            AppointmentMessages messages,
            BookingSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.appointments = appointments;
        this.messages = messages;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${headroom.booking.reminder-cron:30 */5 * * * *}", zone = "${headroom.time-zone:Europe/London}")
    @SchedulerLock(name = "appointment-reminders", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    public void run() {
        int sent = sendDue();
        if (sent > 0) {
            LOG.info("Appointment reminders sent: {}", sent);
        }
    }

    /** Sends the reminders due now for tomorrow's appointments. @return how many were sent or held */
    public int sendDue() {
        if (!settings.reminders()) {
            return 0;
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        if (LocalTime.now(clock).isBefore(settings.reminderTime())) {
            return 0;
        }
        LocalDate tomorrow = today.plusDays(1);
        int sent = 0;
        for (long id : appointments.reminderDue(
                tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant())) {
            Boolean done = transactions.execute(tx -> {
                if (appointments.claimReminder(id, clock.instant()) != 1) {
                    return false;
                }
                return messages.tell(appointments.findById(id).orElseThrow(), AppointmentMessages.Kind.REMINDER)
                        .isPresent();
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }
}
