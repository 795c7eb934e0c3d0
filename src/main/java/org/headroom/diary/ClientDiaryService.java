package org.headroom.diary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.SecretTokens;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.client.ClientOwners;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.security.SecurityLog;
import org.headroom.security.SystemAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of their own diary, for people without an account. The personal link (256
 * random bits, only its hash kept) and the client's date of birth register a device once; wrong
 * dates count and stop the link at a limit. The device then holds its own long-lived token (again
 * only its hash is kept) and reaches this client's diary, medicines and questionnaires and nothing
 * else. Every write goes through the same rules as the therapist's ({@link DiaryLines}), needs the
 * client's consent to keep health data, and is written to the audit trail as the client's action
 * through their link (docs/clinical-rules.md, "Headache diary", "Diary completeness").
 */
@Service
@org.springframework.validation.annotation.Validated
@Transactional(noRollbackFor = WrongBirthDateException.class)
@PreAuthorize("permitAll()")
public class ClientDiaryService {

    /** Audit note for what the client does on their own diary pages (nobody is signed in). */
    static final String VIA_LINK = "by the client through their diary link";

    private final ClientDiaryRepository diaries;
    private final DiaryDeviceRepository devices;
    private final DiaryEntryRepository entries;
    private final ClientMedicineRepository medicines;
    private final QuestionnaireScheduleRepository schedules;
    private final MidasRepository midas;
    private final Hit6Repository hit6;
    private final DiaryLines lines;
    private final PeriodFiguresStore periodFigures;
    private final ClientOwners owners;
    private final ConsentService consents;
    private final SystemAccounts system;
    private final ClientDiarySettings settings;
    private final ClinicalSettings clinical;
    private final AuditTrail audit;
    private final Clock clock;

    ClientDiaryService(
            ClientDiaryRepository diaries,
            DiaryDeviceRepository devices,
            DiaryEntryRepository entries,
            ClientMedicineRepository medicines,
            QuestionnaireScheduleRepository schedules,
            MidasRepository midas,
            Hit6Repository hit6,
            DiaryLines lines,
            PeriodFiguresStore periodFigures,
            ClientOwners owners,
            ConsentService consents,
            SystemAccounts system,
            ClientDiarySettings settings,
            ClinicalSettings clinical,
            AuditTrail audit,
            Clock clock) {
        this.diaries = diaries;
        this.devices = devices;
        this.entries = entries;
        this.medicines = medicines;
        this.schedules = schedules;
        this.midas = midas;
        this.hit6 = hit6;
        this.lines = lines;
        this.periodFigures = periodFigures;
        this.owners = owners;
        this.consents = consents;
        this.system = system;
        this.settings = settings;
        this.clinical = clinical;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client and their therapist behind a device, checked. */
    private record Access(long clientId, long therapistId, DiaryDevice device) {}

    /** Whether a personal link can register a device, saying nothing else. */
    @Transactional(readOnly = true)
    public boolean linkUsable(String linkToken) {
        return link(linkToken).isPresent();
    }

    /**
     * Registers this device for the client's diary once the right date of birth is given.
     *
     * @param label what the device is, for the therapist's list (e.g. "Chrome on Android")
     * @return the device's own token, for an HttpOnly cookie; shown once, only its hash is kept
     */
    public String registerDevice(String linkToken, LocalDate dateOfBirth, String label) {
        ClientDiary diary = link(linkToken).orElseThrow(() -> {
            SecurityLog.event("diary link refused: unknown or stopped", null, SecurityLog.currentAddress());
            return new DiaryUnavailableException();
        });
        long clientId = diary.getClientId();
        ClientOwners.Contact contact = owners.contact(clientId).orElseThrow(DiaryUnavailableException::new);
        if (dateOfBirth == null || !dateOfBirth.equals(contact.dateOfBirth())) {
            int left = diary.wrongAnswer(settings.maxWrongAnswers());
            diaries.saveAndFlush(diary);
            audit.byLink(
                    AuditAction.READ,
                    RecordType.DIARY_ACCESS,
                    null,
                    clientId,
                    left > 0 ? "wrong date of birth given" : "wrong date of birth given; diary link stopped");
            SecurityLog.event(
                    left > 0 ? "diary link: wrong date of birth" : "diary link stopped after wrong dates of birth",
                    null,
                    SecurityLog.currentAddress());
            throw new WrongBirthDateException(left);
        }
        diary.rightAnswer();
        String token = SecretTokens.newToken();
        String name = label == null || label.isBlank() ? "A device" : label.strip();
        DiaryDevice device = devices.saveAndFlush(new DiaryDevice(
                clientId, SecretTokens.hash(token), name.substring(0, Math.min(120, name.length())), clock.instant()));
        audit.changeByLink(
                AuditAction.CREATE, RecordType.DIARY_ACCESS, device.getId(), clientId, "device registered " + VIA_LINK);
        return token;
    }

    /**
     * Whether the link and the device name the same client's diary: opening one's own link again
     * goes straight to the diary; another person's link (a family member's, on a shared phone)
     * asks for that person's date of birth.
     */
    @Transactional(readOnly = true)
    public boolean sameDiary(String linkToken, String deviceToken) {
        return link(linkToken)
                .flatMap(d -> access(deviceToken).map(a -> a.clientId() == d.getClientId()))
                .orElse(false);
    }

    /** Whether the device opens a diary. */
    /** Whose diary a remembered phone keeps: the client and their therapist. */
    public record DiaryOwner(long clientId, long therapistId) {}

    /**
     * The client a remembered phone belongs to, for booking an appointment from the diary pages
     * (the device token is the permission, as for the diary itself).
     */
    public DiaryOwner owner(String deviceToken) {
        Access a = require(deviceToken);
        return new DiaryOwner(a.clientId(), a.therapistId());
    }

    @Transactional(readOnly = true)
    public boolean deviceKnown(String deviceToken) {
        return access(deviceToken).isPresent();
    }

    /** Today and the days that can still be filled in, with what the client needs to fill them. */
    public DiaryHome home(String deviceToken) {
        Access a = require(deviceToken);
        ClientOwners.Contact contact = owners.contact(a.clientId()).orElseThrow(DiaryUnavailableException::new);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(settings.daysBack());
        List<DiaryEntryData> recent = entries
                .findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(
                        a.clientId(), first.minusDays(10), today)
                .stream()
                .map(DiaryEntry::toData)
                .toList();
        List<DiaryDay> days = new ArrayList<>();
        for (LocalDate day = today; !day.isBefore(first); day = day.minusDays(1)) {
            LocalDate d = day;
            List<DiaryEntryData> starting =
                    recent.stream().filter(e -> e.date().equals(d)).toList();
            boolean continued = recent.stream()
                    .anyMatch(e -> e.isAttack()
                            && e.date().isBefore(d)
                            && e.daysCovered(today).contains(d));
            days.add(new DiaryDay(d, starting, continued));
        }
        Optional<DiaryEntryData> going =
                recent.stream().filter(e -> e.isAttack() && e.stillGoing()).reduce((x, y) -> y);
        List<Instrument> due = schedules.findByClientIdOrderByInstrumentAsc(a.clientId()).stream()
                .filter(s -> s.dueOn(today))
                .map(s -> s.toInfo().instrument())
                .filter(i -> i != Instrument.HIT6 || settings.hit6Licensed())
                .toList();
        ClientDiary diary = diaries.findById(a.clientId()).orElseThrow(DiaryUnavailableException::new);
        return new DiaryHome(
                contact.greetingName(),
                today,
                days,
                medicineList(a.clientId()),
                going,
                due,
                diary.getReminderTime(),
                contact.email() != null && !contact.email().isBlank(),
                mayKeepHealthData(a),
                settings.hit6Licensed());
    }

    /**
     * Saves a day: a headache-free day or a headache ({@code entryId} null), or changes one the
     * client wrote that the therapist has not corrected. Refused, saving nothing: a day in the
     * future or further back than the setting allows, an impossible duration, a second line for a
     * headache-free day, an overlapping attack. A repeat of a submission already saved (the same
     * {@code submissionId}, e.g. after a lost connection) saves nothing more and says so.
     *
     * @param doses doses taken of each of the client's own medicines, by its id
     */
    public SavedDay saveDay(
            String deviceToken,
            Long entryId,
            @jakarta.validation.Valid DiaryEntryForm form,
            Map<Long, Integer> doses,
            String submissionId) {
        Access a = require(deviceToken);
        requireConsent(a);
        if (submissionId != null && entryId == null) {
            Optional<DiaryEntry> earlier = entries.findByClientIdAndSubmissionId(a.clientId(), submissionId);
            if (earlier.isPresent()) {
                return new SavedDay(earlier.get().toData(), true);
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getDate() == null) {
            throw new DiaryRefusedException("diary.date.required", "date");
        }
        if (form.getDate().isBefore(today.minusDays(settings.daysBack()))) {
            throw new DiaryRefusedException("diary.client.too-far-back", "date");
        }
        form.setMedicationDoses(0);
        form.setMedicationClass(AcuteMedicationClass.NONE);
        form.setMedicines(medicinesTaken(a.clientId(), form.getDate(), doses));
        Instant now = clock.instant();
        DiaryEntry entry;
        if (entryId == null) {
            entry = DiaryEntry.byClient(
                    a.clientId(), a.therapistId(), now, form.getDate().isBefore(today), blankToNull(submissionId));
        } else {
            entry = ownLine(a, entryId);
            ConcurrentEditException.check(DiaryService.RECORD, entryId, form.getVersion(), entry.getVersion());
        }
        replaceOwnHeadacheFreeDays(a, entryId, form);
        DiaryEntry saved = write(a, entry, entryId, form, now);
        audit.changeByLink(
                entryId == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RecordType.DIARY,
                saved.getId(),
                a.clientId(),
                VIA_LINK);
        return new SavedDay(saved.toData(), false);
    }

    /** Checks the line against the diary's rules, saves it as the client's and recomputes the figures. */
    private DiaryEntry write(Access a, DiaryEntry entry, Long entryId, DiaryEntryForm form, Instant now) {
        lines.check(a.clientId(), entryId, form);
        entry.apply(form, a.therapistId(), now);
        entry.clientChanged(now);
        DiaryEntry saved = entries.saveAndFlush(entry);
        periodFigures.refresh(a.clientId());
        return saved;
    }

    /**
     * Ends an attack that was still going, at {@code end} (not before it started, not in the
     * future), with any medicine taken on the end day.
     */
    public DiaryEntryData endAttack(String deviceToken, long entryId, LocalDateTime end, Map<Long, Integer> doses) {
        Access a = require(deviceToken);
        requireConsent(a);
        DiaryEntry entry = ownLine(a, entryId);
        DiaryEntryData data = entry.toData();
        if (!data.stillGoing() || data.start() == null) {
            throw new DiaryRefusedException("diary.client.not-going", "end");
        }
        if (end == null
                || !end.isAfter(data.start())
                || end.isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            throw new DiaryRefusedException("diary.client.end-invalid", "end");
        }
        DiaryEntryForm form = DiaryEntryForm.from(data);
        form.setStillGoing(false);
        form.setDurationHours(Duration.between(data.start(), end).toMinutes() / 60.0);
        form.setLongDurationConfirmed(true);
        List<MedicineTaken> taken = new ArrayList<>(data.medicines());
        taken.addAll(medicinesTaken(a.clientId(), end.toLocalDate(), doses));
        form.setMedicationDoses(0);
        form.setMedicationClass(AcuteMedicationClass.NONE);
        form.setMedicines(taken);
        DiaryEntry saved = write(a, entry, entryId, form, clock.instant());
        audit.changeByLink(AuditAction.UPDATE, RecordType.DIARY, saved.getId(), a.clientId(), "ended " + VIA_LINK);
        return saved.toData();
    }

    /** Adds a medicine to the client's own list. */
    public List<MedicineChoice> addMedicine(String deviceToken, String name, AcuteMedicationClass medicationClass) {
        Access a = require(deviceToken);
        requireConsent(a);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new DiaryRefusedException("diary.client.medicine-name", "name");
        }
        if (medicationClass == null || medicationClass == AcuteMedicationClass.NONE) {
            throw new DiaryRefusedException("diary.client.medicine-class", "medicationClass");
        }
        ClientMedicine saved = medicines.saveAndFlush(
                new ClientMedicine(a.clientId(), name.strip(), medicationClass, clock.instant()));
        audit.changeByLink(AuditAction.CREATE, RecordType.DIARY, saved.getId(), a.clientId(), "medicine " + VIA_LINK);
        return medicineList(a.clientId());
    }

    /** Takes a medicine off the client's list (lines already saved keep it). */
    public List<MedicineChoice> removeMedicine(String deviceToken, long medicineId) {
        Access a = require(deviceToken);
        ClientMedicine medicine = medicines
                .findById(medicineId)
                .filter(m -> m.getClientId() == a.clientId())
                .orElseThrow(DiaryUnavailableException::new);
        medicine.remove();
        audit.changeByLink(
                AuditAction.DELETE, RecordType.DIARY, medicineId, a.clientId(), "medicine removed " + VIA_LINK);
        return medicineList(a.clientId());
    }

    /** The client answers MIDAS; scored as the therapist's entry is, marked as client-reported. */
    public MidasResult answerMidas(String deviceToken, MidasAnswers answers) {
        Access a = require(deviceToken);
        requireConsent(a);
        DiaryLines.checkMidas(answers);
        LocalDate today = LocalDate.now(clock);
        MidasAssessment saved = midas.saveAndFlush(
                new MidasAssessment(a.clientId(), today, answers, a.therapistId(), clock.instant()).byClient());
        answered(a.clientId(), Instrument.MIDAS, today);
        audit.changeByLink(AuditAction.CREATE, RecordType.INSTRUMENT, saved.getId(), a.clientId(), "MIDAS " + VIA_LINK);
        return saved.toResult(clinical.midasSplitGradeFour());
    }

    /** The client answers HIT-6 on the practice's licensed wording; refused without it. */
    public Hit6Result answerHit6(String deviceToken, List<Integer> items) {
        Access a = require(deviceToken);
        requireConsent(a);
        if (!settings.hit6Licensed()) {
            throw new DiaryRefusedException("diary.client.hit6-unlicensed", "items");
        }
        int total = DiaryLines.hit6Total(items, null);
        LocalDate today = LocalDate.now(clock);
        Hit6Assessment saved = hit6.saveAndFlush(
                new Hit6Assessment(a.clientId(), today, items, total, a.therapistId(), clock.instant()).byClient());
        answered(a.clientId(), Instrument.HIT6, today);
        audit.changeByLink(AuditAction.CREATE, RecordType.INSTRUMENT, saved.getId(), a.clientId(), "HIT-6 " + VIA_LINK);
        return saved.toResult();
    }

    /** Turns the daily reminder on at a time of the client's choosing, or off ({@code time} null). */
    public void remindAt(String deviceToken, LocalTime time) {
        Access a = require(deviceToken);
        ClientDiary diary = diaries.findById(a.clientId()).orElseThrow(DiaryUnavailableException::new);
        if (time != null
                && owners.contact(a.clientId())
                        .map(c -> c.email() == null || c.email().isBlank())
                        .orElse(true)) {
            throw new DiaryRefusedException("diary.client.no-email", "reminder");
        }
        diary.remindAt(time == null ? null : time.withSecond(0).withNano(0));
        audit.changeByLink(
                AuditAction.UPDATE,
                RecordType.DIARY_ACCESS,
                null,
                a.clientId(),
                (time == null ? "reminders off " : "reminders on at " + time + " ") + VIA_LINK);
    }

    /** Forgets this device: its cookie opens nothing any more. */
    public void forgetDevice(String deviceToken) {
        Access a = require(deviceToken);
        a.device().revoke(clock.instant());
        audit.changeByLink(
                AuditAction.UPDATE,
                RecordType.DIARY_ACCESS,
                a.device().getId(),
                a.clientId(),
                "device forgotten " + VIA_LINK);
    }

    /**
     * Stops the reminders of the diary that the address in a reminder names (one click, no
     * device needed: the address says nothing else and opens nothing).
     *
     * @return whether the address named a diary
     */
    public boolean unsubscribe(String unsubscribeToken) {
        if (unsubscribeToken == null || unsubscribeToken.length() < 40 || unsubscribeToken.length() > 64) {
            return false;
        }
        Optional<ClientDiary> diary = diaries.findByUnsubscribeToken(unsubscribeToken);
        diary.ifPresent(d -> {
            d.remindAt(null);
            audit.changeByLink(
                    AuditAction.UPDATE,
                    RecordType.DIARY_ACCESS,
                    null,
                    d.getClientId(),
                    "reminders stopped from an e-mail");
        });
        return diary.isPresent();
    }

    /**
     * "No headache today" in the morning and a migraine in the afternoon: a headache the client
     * records replaces their own headache-free mark on the days it touches. A mark the therapist
     * wrote or corrected stays, and the headache is refused as before.
     */
    private void replaceOwnHeadacheFreeDays(Access a, Long entryId, DiaryEntryForm form) {
        if (form.getKind() != EntryKind.ATTACK) {
            return;
        }
        Set<LocalDate> touched = DiaryLines.preview(form).daysCovered(LocalDate.now(clock));
        LocalDate first = touched.stream().min(LocalDate::compareTo).orElse(form.getDate());
        LocalDate last = touched.stream().max(LocalDate::compareTo).orElse(form.getDate());
        for (DiaryEntry other :
                entries.findByClientIdAndEntryDateBetweenOrderByEntryDateAscStartTimeAsc(a.clientId(), first, last)) {
            DiaryEntryData o = other.toData();
            if (!o.isAttack()
                    && other.isByClient()
                    && !other.isCorrected()
                    && !other.getId().equals(entryId)) {
                entries.delete(other);
                entries.flush();
                audit.changeByLink(
                        AuditAction.DELETE,
                        RecordType.DIARY,
                        other.getId(),
                        a.clientId(),
                        "headache-free mark replaced by a headache " + VIA_LINK);
            }
        }
    }

    private void answered(long clientId, Instrument instrument, LocalDate day) {
        schedules.findByClientIdAndInstrument(clientId, instrument).ifPresent(s -> s.answered(day));
    }

    private List<MedicineChoice> medicineList(long clientId) {
        return medicines.findByClientIdAndActiveTrueOrderByNameAsc(clientId).stream()
                .map(ClientMedicine::toChoice)
                .toList();
    }

    /** The doses given, of medicines on the client's own list only (name and class from the list). */
    private List<MedicineTaken> medicinesTaken(long clientId, LocalDate day, Map<Long, Integer> doses) {
        if (doses == null || doses.isEmpty()) {
            return List.of();
        }
        List<MedicineChoice> list = medicineList(clientId);
        List<MedicineTaken> taken = new ArrayList<>();
        for (MedicineChoice m : list) {
            Integer n = doses.get(m.id());
            if (n != null && n > 0) {
                if (n > 20) {
                    throw new DiaryRefusedException("diary.doses.range", "medicines");
                }
                taken.add(new MedicineTaken(day, m.name(), m.medicationClass(), n));
            }
        }
        Set<Long> known = list.stream().map(MedicineChoice::id).collect(java.util.stream.Collectors.toSet());
        if (doses.entrySet().stream()
                .anyMatch(e -> e.getValue() != null && e.getValue() > 0 && !known.contains(e.getKey()))) {
            throw new DiaryRefusedException("diary.client.medicine-unknown", "medicines");
        }
        return taken;
    }

    /** A line this client wrote, not corrected by the therapist, within the days that can be changed. */
    private DiaryEntry ownLine(Access a, long entryId) {
        DiaryEntry entry = entries.findById(entryId)
                .filter(e -> e.getClientId() == a.clientId())
                .orElseThrow(DiaryUnavailableException::new);
        if (!entry.isByClient() || entry.isCorrected()) {
            throw new DiaryRefusedException("diary.client.not-yours", "entry");
        }
        if (entry.getEntryDate().isBefore(LocalDate.now(clock).minusDays(settings.daysBack() + 3L))) {
            throw new DiaryRefusedException("diary.client.too-far-back", "date");
        }
        return entry;
    }

    private boolean mayKeepHealthData(Access a) {
        return system.runAsUser(
                a.therapistId(), () -> consents.state(a.clientId()).has(ConsentType.HEALTH_DATA));
    }

    private void requireConsent(Access a) {
        if (!mayKeepHealthData(a)) {
            throw new HealthDataConsentMissingException();
        }
    }

    private Optional<ClientDiary> link(String linkToken) {
        if (!wellFormed(linkToken)) {
            return Optional.empty();
        }
        return diaries.findByLinkHash(SecretTokens.hash(linkToken))
                .filter(ClientDiary::isEnabled)
                .filter(d -> owners.therapistOf(d.getClientId()).isPresent());
    }

    private Optional<Access> access(String deviceToken) {
        if (!wellFormed(deviceToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return devices.findByTokenHash(SecretTokens.hash(deviceToken))
                .filter(d -> !d.isRevoked())
                .filter(d ->
                        !d.toInfo().lastUsedAt().plus(settings.deviceLifetime()).isBefore(now))
                .filter(d -> diaries.findById(d.getClientId())
                        .map(ClientDiary::isEnabled)
                        .orElse(false))
                .flatMap(d -> owners.therapistOf(d.getClientId()).map(t -> new Access(d.getClientId(), t, d)));
    }

    private Access require(String deviceToken) {
        Access a = access(deviceToken).orElseThrow(() -> {
            SecurityLog.event("diary device refused", null, SecurityLog.currentAddress());
            return new DiaryUnavailableException();
        });
        a.device().used(clock.instant());
        return a;
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() >= 40 && token.length() <= 64;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
