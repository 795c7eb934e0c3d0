package org.headroom.appointment;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.function.Supplier;
import org.headroom.audit.AuditTrail;
import org.headroom.base.PracticeSettings;
import org.headroom.base.PublicAddress;
import org.headroom.client.ClientOwners;
import org.headroom.client.ClientService;
import org.headroom.diary.ClientDiaryService;
import org.headroom.intake.IntakeLinkService;
import org.headroom.mail.Mailer;
import org.headroom.security.PublicTherapists;
import org.headroom.security.SystemAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the booking services on a clock and a mail server of the test's choosing (the application's
 * own have the real clock and no SMTP server), around the application's repositories and services.
 * Calls run in a transaction, as through the service's proxy.
 */
@Component
class BookingKit {

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    AppointmentSlotRepository slots;

    @Autowired
    AppointmentTypeRepository types;

    @Autowired
    WorkingHoursRepository hours;

    @Autowired
    DayOffRepository daysOff;

    @Autowired
    OnlineBookingRepository online;

    @Autowired
    AppointmentLinkRepository links;

    @Autowired
    BookingAttemptRepository attempts;

    @Autowired
    PublicTherapists therapists;

    @Autowired
    ClientService clients;

    @Autowired
    ClientOwners owners;

    @Autowired
    IntakeLinkService intakeLinks;

    @Autowired
    ClientDiaryService diaries;

    @Autowired
    SystemAccounts system;

    @Autowired
    Validator validator;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    AuditTrail audit;

    @Autowired
    PublicAddress address;

    @Autowired
    PracticeSettings practice;

    @Autowired
    MessageSource messages;

    static final BookingSettings SETTINGS = new BookingSettings(
            true,
            java.time.Duration.ofHours(12),
            56,
            java.time.Duration.ofHours(24),
            15,
            true,
            java.time.LocalTime.of(17, 0),
            6,
            true);

    record Kit(BookingService booking, AppointmentReminders reminders, TransactionTemplate tx) {
        <T> T inTx(Supplier<T> task) {
            return tx.execute(s -> task.get());
        }
    }

    Kit on(Clock clock, Mailer mailer) {
        AppointmentMessages toClients = new AppointmentMessages(
                links,
                types,
                owners,
                therapists,
                mailer,
                address,
                practice,
                SETTINGS,
                messages,
                "Practice <practice@example.org>",
                clock);
        AppointmentPlacer placer = new AppointmentPlacer(appointments, slots, toClients, audit, clock);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        BookingService booking = new BookingService(
                appointments,
                types,
                hours,
                daysOff,
                online,
                links,
                attempts,
                placer,
                toClients,
                therapists,
                clients,
                intakeLinks,
                diaries,
                system,
                audit,
                SETTINGS,
                validator,
                transactionManager,
                clock);
        AppointmentReminders reminders = new AppointmentReminders(appointments, toClients, SETTINGS, tx, clock);
        return new Kit(booking, reminders, tx);
    }
}
