package org.headroom.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.PublicAddress;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.SecretTokens;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.mail.Mail;
import org.headroom.mail.MailStatus;
import org.headroom.mail.Mailer;
import org.headroom.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's side of a client's own diary: turning it on with a personal link (shown as a QR
 * code or e-mailed), seeing whether and how the client keeps it, revoking the link or a device,
 * turning it off, and scheduling the questionnaires the client answers.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class DiaryAccessService {

    /** Where a personal link leads; the token follows. */
    public static final String LINK_PREFIX = "diary/start/";

    private final ClientDiaryRepository diaries;
    private final DiaryDeviceRepository devices;
    private final DiaryEntryRepository entries;
    private final QuestionnaireScheduleRepository schedules;
    private final ClientService clients;
    private final DiaryService diary;
    private final CurrentUser currentUser;
    private final ClientDiarySettings settings;
    private final Mailer mailer;
    private final PublicAddress address;
    private final PracticeSettings practice;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    DiaryAccessService(
            ClientDiaryRepository diaries,
            DiaryDeviceRepository devices,
            DiaryEntryRepository entries,
            QuestionnaireScheduleRepository schedules,
            ClientService clients,
            DiaryService diary,
            CurrentUser currentUser,
            ClientDiarySettings settings,
            Mailer mailer,
            PublicAddress address,
            PracticeSettings practice,
            MessageSource messages,
            AuditTrail audit,
            Clock clock) {
        this.diaries = diaries;
        this.devices = devices;
        this.entries = entries;
        this.schedules = schedules;
        this.clients = clients;
        this.diary = diary;
        this.currentUser = currentUser;
        this.settings = settings;
        this.mailer = mailer;
        this.address = address;
        this.practice = practice;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How the client keeps their diary.
     *
     * @param lastEntry the date of the latest line, whoever wrote it; null without any
     * @param lastEntryByClient whether the client wrote that line
     * @param recordedLast28 days recorded (headache or headache-free) in the last 28 days, today included
     */
    public record DiaryAccess(
            boolean enabled,
            boolean linkActive,
            Instant linkCreatedAt,
            LocalDate lastEntry,
            boolean lastEntryByClient,
            int recordedLast28,
            LocalTime reminderTime,
            List<DiaryDeviceInfo> devices,
            List<ScheduleInfo> schedules,
            boolean hit6Licensed) {}

    @Transactional(readOnly = true)
    public DiaryAccess access(long clientId) {
        clients.checkAccess(clientId);
        audit.read(RecordType.DIARY_ACCESS, null, clientId);
        LocalDate today = LocalDate.now(clock);
        Set<LocalDate> recorded = new HashSet<>();
        entries.findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(clientId, today.minusDays(37), today)
                .forEach(e -> e.toData().daysCovered(today).stream()
                        .filter(d -> d.isAfter(today.minusDays(28)) && !d.isAfter(today))
                        .forEach(recorded::add));
        var last = entries.findFirstByClientIdOrderByEntryDateDescIdDesc(clientId);
        var kept = diaries.findById(clientId);
        return new DiaryAccess(
                kept.map(ClientDiary::isEnabled).orElse(false),
                kept.map(d -> d.isEnabled() && d.hasLink()).orElse(false),
                kept.map(ClientDiary::getLinkCreatedAt).orElse(null),
                last.map(DiaryEntry::getEntryDate).orElse(null),
                last.map(DiaryEntry::isByClient).orElse(false),
                recorded.size(),
                kept.map(ClientDiary::getReminderTime).orElse(null),
                devices.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                        .map(DiaryDevice::toInfo)
                        .toList(),
                schedules.findByClientIdOrderByInstrumentAsc(clientId).stream()
                        .map(QuestionnaireSchedule::toInfo)
                        .toList(),
                settings.hit6Licensed());
    }

    /**
     * Whether the client's diary has begun: kept on their phone, or any line written by anyone.
     * For lists that only need to know this (the therapist's day), without reading the rest.
     */
    @Transactional(readOnly = true)
    public boolean started(long clientId) {
        clients.checkAccess(clientId);
        return diaries.findById(clientId).map(ClientDiary::isEnabled).orElse(false)
                || entries.findFirstByClientIdOrderByEntryDateDescIdDesc(clientId)
                        .isPresent();
    }

    /** A personal link just made: its path (to append to the practice's address); shown once. */
    public record DiaryLink(String path) {}

    /**
     * Turns the client's own diary on with a new personal link; an earlier link stops working
     * (devices already registered keep working). Needs the client's consent to keep health data.
     */
    public DiaryLink start(long clientId) {
        if (!diary.mayKeepHealthData(clientId)) {
            throw new HealthDataConsentMissingException();
        }
        Instant now = clock.instant();
        ClientDiary kept =
                diaries.findById(clientId).orElseGet(() -> new ClientDiary(clientId, SecretTokens.newToken(), now));
        String token = SecretTokens.newToken();
        kept.newLink(SecretTokens.hash(token), currentUser.require().id(), now);
        diaries.saveAndFlush(kept);
        audit.change(AuditAction.CREATE, RecordType.DIARY_ACCESS, null, clientId, "personal diary link made");
        return new DiaryLink(LINK_PREFIX + token);
    }

    /** The full address of a link just made, for the QR code and the e-mail. */
    public String addressOf(DiaryLink link) {
        return address.of(link.path());
    }

    /**
     * E-mails a link just made to the client's own address: the link only, no health data.
     *
     * @return whether it went to the e-mail server or waits on the Outbox page
     */
    public MailStatus email(long clientId, DiaryLink link) {
        ClientDetails client = clients.get(clientId);
        if (client.email() == null || client.email().isBlank()) {
            throw new IllegalStateException("diary.link.no-email");
        }
        String token = link.path().substring(LINK_PREFIX.length());
        diaries.findById(clientId)
                .filter(d -> d.isEnabled() && d.hasLink())
                .filter(d -> diaries.findByLinkHash(SecretTokens.hash(token))
                        .map(found -> found.getClientId().equals(clientId))
                        .orElse(false))
                .orElseThrow(() -> new RecordNotFoundException("Diary link", clientId));
        String text = messages.getMessage(
                "mail.diary-link.text",
                new Object[] {
                    client.greetingName(),
                    currentUser.require().displayName(),
                    address.of(link.path()),
                    practice.name() == null ? "" : practice.name()
                },
                Formats.LOCALE);
        MailStatus status = mailer.send(
                Mail.text(client.email(), messages.getMessage("mail.diary-link.subject", null, Formats.LOCALE), text));
        audit.change(
                AuditAction.UPDATE,
                RecordType.DIARY_ACCESS,
                null,
                clientId,
                "personal diary link e-mailed: " + status.name().toLowerCase(Locale.ROOT));
        return status;
    }

    /** Stops the personal link; devices already registered keep working. */
    public void revokeLink(long clientId) {
        ClientDiary kept = owned(clientId);
        kept.revokeLink();
        audit.change(AuditAction.UPDATE, RecordType.DIARY_ACCESS, null, clientId, "personal diary link revoked");
    }

    /** Stops one device; the client needs the link and their date of birth again on it. */
    public void revokeDevice(long clientId, long deviceId) {
        clients.checkAccess(clientId);
        DiaryDevice device = devices.findById(deviceId)
                .filter(d -> d.getClientId() == clientId)
                .orElseThrow(() -> new RecordNotFoundException("Diary device", deviceId));
        device.revoke(clock.instant());
        audit.change(AuditAction.UPDATE, RecordType.DIARY_ACCESS, deviceId, clientId, "device revoked");
    }

    /** Turns the client's own diary off: the link, every device and the reminders stop. */
    public void turnOff(long clientId) {
        ClientDiary kept = owned(clientId);
        kept.turnOff();
        Instant now = clock.instant();
        devices.findByClientIdOrderByCreatedAtDesc(clientId).forEach(d -> d.revoke(now));
        audit.change(AuditAction.UPDATE, RecordType.DIARY_ACCESS, null, clientId, "client diary turned off");
    }

    /**
     * Asks the client to answer a questionnaire every {@code everyDays} days (7 to 365), first on
     * {@code firstDue}. HIT-6 needs the practice's licensed wording (docs/instruments.md).
     */
    public ScheduleInfo schedule(long clientId, Instrument instrument, int everyDays, LocalDate firstDue) {
        clients.checkAccess(clientId);
        if (everyDays < 7 || everyDays > 365) {
            throw new DiaryRefusedException("diary.schedule.interval", "everyDays");
        }
        if (firstDue == null || firstDue.isBefore(LocalDate.now(clock))) {
            throw new DiaryRefusedException("diary.schedule.first", "firstDue");
        }
        if (instrument == Instrument.HIT6 && !settings.hit6Licensed()) {
            throw new DiaryRefusedException("diary.client.hit6-unlicensed", "instrument");
        }
        QuestionnaireSchedule schedule = schedules
                .findByClientIdAndInstrument(clientId, instrument)
                .orElseGet(() -> new QuestionnaireSchedule(clientId, instrument));
        schedule.set(everyDays, firstDue, currentUser.require().id(), clock.instant());
        QuestionnaireSchedule saved = schedules.saveAndFlush(schedule);
        audit.change(
                AuditAction.UPDATE,
                RecordType.DIARY_ACCESS,
                saved.getId(),
                clientId,
                instrument + " every " + everyDays + " days from " + firstDue);
        return saved.toInfo();
    }

    public void unschedule(long clientId, Instrument instrument) {
        clients.checkAccess(clientId);
        schedules.findByClientIdAndInstrument(clientId, instrument).ifPresent(s -> {
            schedules.delete(s);
            audit.change(AuditAction.DELETE, RecordType.DIARY_ACCESS, s.getId(), clientId, instrument + " schedule");
        });
    }

    private ClientDiary owned(long clientId) {
        clients.checkAccess(clientId);
        return diaries.findById(clientId).orElseThrow(() -> new RecordNotFoundException("Client diary", clientId));
    }
}
