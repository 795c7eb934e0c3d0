package org.headroom.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.headroom.base.Formats;
import org.headroom.base.PublicAddress;
import org.headroom.client.ClientOwners;
import org.headroom.mail.Mail;
import org.headroom.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clients' opt-in diary reminders: once a day at the client's chosen time, skipped when the day
 * is already recorded, and a nudge instead when the last {@code nudgeAfterMissedDays} days are not
 * recorded (at most once per run of missed days). Each message carries a link and a one-click
 * unsubscribe, never health data. Runs every minute on one server of a cluster (ShedLock); each
 * client's send is also claimed by a conditional update, so that a reminder goes once even if two
 * runs overlap.
 */
@Component
class DiaryReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DiaryReminders.class);

    private final ClientDiaryRepository diaries;
    private final DiaryEntryRepository entries;
    private final ClientOwners owners;
    private final Mailer mailer;
    private final PublicAddress address;
    private final MessageSource messages;
    private final ClientDiarySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DiaryReminders(
            ClientDiaryRepository diaries,
            DiaryEntryRepository entries,
            ClientOwners owners,
            Mailer mailer,
            PublicAddress address,
            MessageSource messages,
            ClientDiarySettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.diaries = diaries;
        this.entries = entries;
        this.owners = owners;
        this.mailer = mailer;
        this.address = address;
        this.messages = messages;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${headroom.client-diary.reminder-cron:0 * * * * *}",
            zone = "${headroom.time-zone:Europe/London}")
    @SchedulerLock(name = "diary-reminders", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    public void everyMinute() {
        int sent = sendDue();
        if (sent > 0) {
            LOG.info("Diary reminders sent: {}", sent);
        }
    }

    /** Sends the reminders and nudges due now. @return how many messages were sent or held */
    public int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int sent = 0;
        for (ClientDiary diary : diaries.findDue(today, now.toLocalTime())) {
            Boolean done = transactions.execute(tx -> remind(diary.getClientId(), today));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(long clientId, LocalDate today) {
        var contact = owners.contact(clientId).orElse(null);
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            return false;
        }
        ClientDiary diary = diaries.findById(clientId).orElseThrow();
        int missedNeeded = settings.nudgeAfterMissedDays();
        Set<LocalDate> recorded = new HashSet<>();
        entries.findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
                        clientId, today.minusDays(missedNeeded + 10L), today)
                .forEach(e -> recorded.addAll(e.toData().daysCovered(today)));
        boolean missedRun = true;
        for (int i = 1; i <= missedNeeded; i++) {
            missedRun &= !recorded.contains(today.minusDays(i));
        }
        boolean everRecorded = !recorded.isEmpty()
                || entries.findFirstByClientIdOrderByEntryDateDescIdDesc(clientId)
                        .isPresent();
        // Claim today's reminder first: whatever happens, nobody else sends one today.
        if (diaries.claimReminder(clientId, today) != 1) {
            return false;
        }
        if (recorded.contains(today)) {
            return false;
        }
        String key = "mail.diary-reminder";
        if (missedRun && everRecorded && diaries.claimNudge(clientId, today, today.minusDays(missedNeeded)) == 1) {
            key = "mail.diary-nudge";
        }
        String unsubscribe = address.of("diary/stop-reminders/" + diary.getUnsubscribeToken());
        String text = messages.getMessage(
                key + ".text",
                new Object[] {contact.greetingName(), address.of("diary"), unsubscribe, missedNeeded},
                Formats.LOCALE);
        mailer.send(Mail.unsubscribable(
                contact.email(),
                messages.getMessage(key + ".subject", null, Formats.LOCALE),
                text,
                address.of("mail/unsubscribe/" + diary.getUnsubscribeToken())));
        return true;
    }
}
