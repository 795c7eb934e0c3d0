package org.headroom.diary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.Trigger;

/**
 * A diary line being entered. Intensity on the 0-10 NRS, disability 0-3. A duration over 72 hours
 * needs {@code longDurationConfirmed} (migraine attacks last 4-72 h untreated; ICHD-3).
 */
public class DiaryEntryForm {

    public static final double LONG_ATTACK_HOURS = 72;

    private long version;

    @NotNull
    private EntryKind kind = EntryKind.ATTACK;

    @NotNull(message = "{diary.date.required}")
    @PastOrPresent(message = "{diary.date.future}")
    private LocalDate date;

    private LocalTime startTime;

    @DecimalMin(value = "0.1", message = "{diary.duration.range}")
    @DecimalMax(value = "240", message = "{diary.duration.range}")
    private Double durationHours;

    private boolean longDurationConfirmed;

    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer intensity;

    private boolean migraine;
    private boolean aura;
    private Set<AuraType> auraTypes = EnumSet.noneOf(AuraType.class);
    private boolean nausea;
    private boolean vomiting;
    private boolean photophobia;
    private boolean phonophobia;

    @Min(value = 0, message = "{diary.disability.range}")
    @Max(value = 3, message = "{diary.disability.range}")
    private Integer disability;

    @Size(max = 200, message = "{field.too-long}")
    private String medicationName = "";

    private AcuteMedicationClass medicationClass = AcuteMedicationClass.NONE;

    @Min(value = 0, message = "{diary.doses.range}")
    @Max(value = 20, message = "{diary.doses.range}")
    private Integer medicationDoses = 0;

    private Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);

    @Size(max = 500, message = "{field.too-long}")
    private String otherTriggers = "";

    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer sleepQuality;

    @Size(max = 2000, message = "{field.too-long}")
    private String notes = "";

    private boolean stillGoing;

    /** Medicines besides the one in the fields above (the client's form gives all of them here). */
    private List<MedicineTaken> medicines = new ArrayList<>();

    public static DiaryEntryForm attackOn(LocalDate date) {
        DiaryEntryForm form = new DiaryEntryForm();
        form.setDate(date);
        return form;
    }

    public static DiaryEntryForm from(DiaryEntryData d) {
        DiaryEntryForm f = new DiaryEntryForm();
        f.version = d.version();
        f.kind = d.kind();
        f.date = d.date();
        f.startTime = d.startTime();
        f.durationHours = d.durationHours();
        f.longDurationConfirmed = d.durationHours() != null && d.durationHours() > LONG_ATTACK_HOURS;
        f.intensity = d.intensity();
        f.migraine = d.migraine();
        f.aura = d.aura();
        f.auraTypes = d.auraTypes().isEmpty() ? EnumSet.noneOf(AuraType.class) : EnumSet.copyOf(d.auraTypes());
        f.nausea = d.nausea();
        f.vomiting = d.vomiting();
        f.photophobia = d.photophobia();
        f.phonophobia = d.phonophobia();
        f.disability = d.disability();
        MedicineTaken first = d.medicines().isEmpty() ? null : d.medicines().getFirst();
        f.medicationName = first == null || first.name() == null ? "" : first.name();
        f.medicationClass =
                first == null || first.medicationClass() == null ? AcuteMedicationClass.NONE : first.medicationClass();
        f.medicationDoses = first == null ? 0 : first.doses();
        f.medicines = d.medicines().size() > 1
                ? new ArrayList<>(d.medicines().subList(1, d.medicines().size()))
                : new ArrayList<>();
        f.stillGoing = d.stillGoing();
        f.triggers = d.triggers().isEmpty() ? EnumSet.noneOf(Trigger.class) : EnumSet.copyOf(d.triggers());
        f.otherTriggers = d.otherTriggers() == null ? "" : d.otherTriggers();
        f.sleepQuality = d.sleepQuality();
        f.notes = d.notes() == null ? "" : d.notes();
        return f;
    }

    /**
     * Every medicine of the line: the one in the single fields (taken on the line's date) and the
     * others, with doses of something other than "none".
     */
    public List<MedicineTaken> allMedicines() {
        List<MedicineTaken> all = new ArrayList<>();
        if (medicationDoses != null && medicationDoses > 0 && medicationClass != AcuteMedicationClass.NONE) {
            all.add(new MedicineTaken(date, medicationName, medicationClass, medicationDoses));
        }
        medicines.stream().filter(MedicineTaken::counts).forEach(all::add);
        return all;
    }

    public boolean isStillGoing() {
        return stillGoing;
    }

    public void setStillGoing(boolean stillGoing) {
        this.stillGoing = stillGoing;
    }

    public List<MedicineTaken> getMedicines() {
        return medicines;
    }

    public void setMedicines(List<MedicineTaken> medicines) {
        this.medicines = medicines == null ? new ArrayList<>() : new ArrayList<>(medicines);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Double getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(Double durationHours) {
        this.durationHours = durationHours;
    }

    public boolean isLongDurationConfirmed() {
        return longDurationConfirmed;
    }

    public void setLongDurationConfirmed(boolean value) {
        this.longDurationConfirmed = value;
    }

    public Integer getIntensity() {
        return intensity;
    }

    public void setIntensity(Integer intensity) {
        this.intensity = intensity;
    }

    public boolean isMigraine() {
        return migraine;
    }

    public void setMigraine(boolean migraine) {
        this.migraine = migraine;
    }

    public boolean isAura() {
        return aura;
    }

    public void setAura(boolean aura) {
        this.aura = aura;
    }

    public Set<AuraType> getAuraTypes() {
        return auraTypes;
    }

    public void setAuraTypes(Set<AuraType> auraTypes) {
        this.auraTypes = auraTypes;
    }

    public boolean isNausea() {
        return nausea;
    }

    public void setNausea(boolean nausea) {
        this.nausea = nausea;
    }

    public boolean isVomiting() {
        return vomiting;
    }

    public void setVomiting(boolean vomiting) {
        this.vomiting = vomiting;
    }

    public boolean isPhotophobia() {
        return photophobia;
    }

    public void setPhotophobia(boolean photophobia) {
        this.photophobia = photophobia;
    }

    public boolean isPhonophobia() {
        return phonophobia;
    }

    public void setPhonophobia(boolean phonophobia) {
        this.phonophobia = phonophobia;
    }

    public Integer getDisability() {
        return disability;
    }

    public void setDisability(Integer disability) {
        this.disability = disability;
    }

    public String getMedicationName() {
        return medicationName;
    }

    public void setMedicationName(String medicationName) {
        this.medicationName = medicationName;
    }

    public AcuteMedicationClass getMedicationClass() {
        return medicationClass;
    }

    public void setMedicationClass(AcuteMedicationClass medicationClass) {
        this.medicationClass = medicationClass;
    }

    public Integer getMedicationDoses() {
        return medicationDoses;
    }

    public void setMedicationDoses(Integer medicationDoses) {
        this.medicationDoses = medicationDoses;
    }

    public Set<Trigger> getTriggers() {
        return triggers;
    }

    public void setTriggers(Set<Trigger> triggers) {
        this.triggers = triggers;
    }

    public String getOtherTriggers() {
        return otherTriggers;
    }

    public void setOtherTriggers(String otherTriggers) {
        this.otherTriggers = otherTriggers;
    }

    public Integer getSleepQuality() {
        return sleepQuality;
    }

    public void setSleepQuality(Integer sleepQuality) {
        this.sleepQuality = sleepQuality;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
