package org.headroom.diary;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.base.AbstractEntity;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.Trigger;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import tools.jackson.databind.json.JsonMapper;

/** A diary line: an attack, or a day confirmed free of headache. */
@Entity
@Table(name = "diary_entry")
class DiaryEntry extends AbstractEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_hours", precision = 5, scale = 2)
    private BigDecimal durationHours;

    private Integer intensity;
    private boolean migraine;
    private boolean aura;

    @Column(name = "aura_types", length = 200)
    private String auraTypes;

    private boolean nausea;
    private boolean vomiting;
    private boolean photophobia;
    private boolean phonophobia;
    private Integer disability;

    @Column(name = "medication_name", length = 200)
    private String medicationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "medication_class", length = 30)
    private AcuteMedicationClass medicationClass;

    @Column(name = "medication_doses", nullable = false)
    private int medicationDoses;

    @Column(length = 500)
    private String triggers;

    @Column(name = "other_triggers", length = 500)
    private String otherTriggers;

    @Column(name = "sleep_quality")
    private Integer sleepQuality;

    @Column(length = 2000)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntrySource source = EntrySource.THERAPIST;

    private boolean late;

    @Column(name = "still_going")
    private boolean stillGoing;

    @Column(name = "submission_id", length = 40, updatable = false)
    private String submissionId;

    @Column(name = "client_original", columnDefinition = "text")
    private String clientOriginal;

    @Column(name = "client_saved_at")
    private Instant clientSavedAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Column(name = "corrected_by")
    private Long correctedBy;

    @ElementCollection
    @CollectionTable(name = "diary_medicine_taken", joinColumns = @JoinColumn(name = "entry_id"))
    @Fetch(FetchMode.SUBSELECT)
    private List<MedicineIntake> medicines = new ArrayList<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected DiaryEntry() {}

    DiaryEntry(long clientId, long userId, Instant now) {
        this.clientId = clientId;
        this.createdBy = userId;
        this.createdAt = now;
    }

    long getClientId() {
        return clientId;
    }

    /** A line the client writes on their own device; {@code late} when written after its day. */
    static DiaryEntry byClient(long clientId, long therapistId, Instant now, boolean late, String submissionId) {
        DiaryEntry entry = new DiaryEntry(clientId, therapistId, now);
        entry.source = EntrySource.CLIENT;
        entry.late = late;
        entry.submissionId = submissionId;
        return entry;
    }

    boolean isByClient() {
        return source == EntrySource.CLIENT;
    }

    boolean isCorrected() {
        return correctedAt != null;
    }

    /** The client changes their own line (before any correction by the therapist). */
    void clientChanged(Instant now) {
        clientSavedAt = now;
    }

    /**
     * The therapist changes a line the client wrote: the client's line as they saved it is kept
     * (the first time) so that it stays readable beside the correction, like a note amendment.
     */
    void correctedBy(long userId, Instant now) {
        if (clientOriginal == null) {
            clientOriginal = JSON.writeValueAsString(toData().withoutOrigin());
        }
        correctedAt = now;
        correctedBy = userId;
    }

    void apply(DiaryEntryForm f, long userId, Instant now) {
        kind = f.getKind();
        entryDate = f.getDate();
        boolean attack = kind == EntryKind.ATTACK;
        startTime = attack ? f.getStartTime() : null;
        durationHours = attack && f.getDurationHours() != null
                ? BigDecimal.valueOf(f.getDurationHours()).setScale(2, RoundingMode.HALF_UP)
                : null;
        intensity = attack ? f.getIntensity() : null;
        migraine = attack && f.isMigraine();
        aura = attack && f.isAura();
        auraTypes = attack && f.isAura() ? join(f.getAuraTypes()) : null;
        nausea = attack && f.isNausea();
        vomiting = attack && f.isVomiting();
        photophobia = attack && f.isPhotophobia();
        phonophobia = attack && f.isPhonophobia();
        disability = attack ? f.getDisability() : null;
        stillGoing = attack && f.isStillGoing();
        List<MedicineTaken> taken = attack ? f.allMedicines() : List.of();
        medicines.clear();
        taken.forEach(m -> medicines.add(new MedicineIntake(m)));
        MedicineTaken first = taken.isEmpty() ? null : taken.getFirst();
        medicationName = first == null ? null : blankToNull(first.name());
        medicationClass = attack ? (first == null ? AcuteMedicationClass.NONE : first.medicationClass()) : null;
        medicationDoses = first == null ? 0 : first.doses();
        triggers = attack ? join(f.getTriggers()) : null;
        otherTriggers = attack ? blankToNull(f.getOtherTriggers()) : null;
        sleepQuality = f.getSleepQuality();
        notes = blankToNull(f.getNotes());
        updatedAt = now;
        updatedBy = userId;
    }

    DiaryEntryData toData() {
        return new DiaryEntryData(
                getId(),
                getVersion(),
                kind,
                entryDate,
                startTime,
                durationHours == null ? null : durationHours.doubleValue(),
                intensity,
                migraine,
                aura,
                split(auraTypes, AuraType.class),
                nausea,
                vomiting,
                photophobia,
                phonophobia,
                disability,
                medicationName,
                medicationClass,
                medicationDoses,
                split(triggers, Trigger.class),
                otherTriggers,
                sleepQuality,
                notes,
                stillGoing,
                medicines.stream().map(MedicineIntake::toTaken).toList(),
                new EntryOrigin(
                        source,
                        source == EntrySource.CLIENT && clientSavedAt != null ? clientSavedAt : createdAt,
                        late,
                        correctedAt,
                        clientOriginal == null ? null : JSON.readValue(clientOriginal, DiaryEntryData.class)));
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(v -> Enum.valueOf(type, v))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    String getSubmissionId() {
        return submissionId;
    }

    LocalDate getEntryDate() {
        return entryDate;
    }
}
