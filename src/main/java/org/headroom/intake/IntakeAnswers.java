package org.headroom.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AssociatedSymptom;
import org.headroom.base.clinical.AuraType;
import org.headroom.base.clinical.HeadacheType;
import org.headroom.base.clinical.Trigger;

/**
 * The answers of an intake form (docs/clinical-rules.md: health history, contraindications, red
 * flags, migraine profile after ICHD-3, lifestyle, goals, preferences). Ranges are checked on every
 * save; the {@link Complete} group lists what must be answered before an intake can be completed.
 * Stored as JSON, so a completed intake keeps exactly the answers it had.
 */
public class IntakeAnswers {

    /** Validation group: answers required to complete an intake (a draft may leave them empty). */
    public interface Complete {}

    // Health history

    @Size(max = 2000, message = "{field.too-long}")
    private String conditions = "";

    @Size(max = 2000, message = "{field.too-long}")
    private String surgery = "";

    @Size(max = 2000, message = "{field.too-long}")
    private String medication = "";

    @Size(max = 2000, message = "{field.too-long}")
    private String allergies = "";

    // Screening

    private List<ContraindicationAnswer> contraindications = new ArrayList<>();

    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    // Migraine profile (recorded as diagnosed elsewhere)

    @NotNull(groups = Complete.class, message = "{intake.required}")
    private DiagnosedBy diagnosedBy;

    @NotEmpty(groups = Complete.class, message = "{intake.required}")
    private Set<HeadacheType> headacheTypes = EnumSet.noneOf(HeadacheType.class);

    @Min(value = 0, message = "{intake.range}")
    @Max(value = 120, message = "{intake.range}")
    private Integer ageAtOnset;

    @NotNull(groups = Complete.class, message = "{intake.required}")
    @Min(value = 0, message = "{intake.days-per-month}")
    @Max(value = 31, message = "{intake.days-per-month}")
    private Integer headacheDaysPerMonth;

    @Min(value = 0, message = "{intake.range}")
    @Max(value = 240, message = "{intake.range}")
    private Integer usualDurationHours;

    @NotNull(groups = Complete.class, message = "{intake.required}")
    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer usualIntensity;

    @NotNull(groups = Complete.class, message = "{intake.required}")
    private Boolean aura;

    private Set<AuraType> auraTypes = EnumSet.noneOf(AuraType.class);

    private Set<AssociatedSymptom> symptoms = EnumSet.noneOf(AssociatedSymptom.class);

    private Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);

    @Size(max = 1000, message = "{field.too-long}")
    private String otherTriggers = "";

    @Size(max = 1000, message = "{field.too-long}")
    private String preventiveMedication = "";

    @Size(max = 1000, message = "{field.too-long}")
    private String acuteMedication = "";

    @NotNull(groups = Complete.class, message = "{intake.required}")
    private AcuteMedicationClass acuteMedicationClass;

    @NotNull(groups = Complete.class, message = "{intake.required}")
    @Min(value = 0, message = "{intake.days-per-month}")
    @Max(value = 31, message = "{intake.days-per-month}")
    private Integer acuteMedicationDaysPerMonth;

    private Boolean patternOverThreeMonths;

    @Size(max = 1000, message = "{field.too-long}")
    private String otherTreatments = "";

    @Size(max = 1000, message = "{field.too-long}")
    private String whatHelps = "";

    // Lifestyle

    @Min(value = 0, message = "{intake.range}")
    @Max(value = 24, message = "{intake.range}")
    private Integer sleepHours;

    @NotNull(groups = Complete.class, message = "{intake.required}")
    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer sleepQuality;

    @NotNull(groups = Complete.class, message = "{intake.required}")
    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer stressLevel;

    @Size(max = 1000, message = "{field.too-long}")
    private String workPosture = "";

    @Min(value = 0, message = "{intake.range}")
    @Max(value = 50, message = "{intake.range}")
    private Integer caffeineDrinksPerDay;

    @Size(max = 500, message = "{field.too-long}")
    private String hydration = "";

    // Goals and preferences

    @NotBlank(groups = Complete.class, message = "{intake.required}")
    @Size(max = 2000, message = "{field.too-long}")
    private String goals = "";

    @NotNull(groups = Complete.class, message = "{intake.required}")
    private Pressure pressure;

    @Size(max = 1000, message = "{field.too-long}")
    private String areasToAvoid = "";

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getSurgery() {
        return surgery;
    }

    public void setSurgery(String surgery) {
        this.surgery = surgery;
    }

    public String getMedication() {
        return medication;
    }

    public void setMedication(String medication) {
        this.medication = medication;
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String allergies) {
        this.allergies = allergies;
    }

    public List<ContraindicationAnswer> getContraindications() {
        return contraindications;
    }

    public void setContraindications(List<ContraindicationAnswer> contraindications) {
        this.contraindications = contraindications;
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(Set<RedFlag> redFlags) {
        this.redFlags = redFlags;
    }

    public DiagnosedBy getDiagnosedBy() {
        return diagnosedBy;
    }

    public void setDiagnosedBy(DiagnosedBy diagnosedBy) {
        this.diagnosedBy = diagnosedBy;
    }

    public Set<HeadacheType> getHeadacheTypes() {
        return headacheTypes;
    }

    public void setHeadacheTypes(Set<HeadacheType> headacheTypes) {
        this.headacheTypes = headacheTypes;
    }

    public Integer getAgeAtOnset() {
        return ageAtOnset;
    }

    public void setAgeAtOnset(Integer ageAtOnset) {
        this.ageAtOnset = ageAtOnset;
    }

    public Integer getHeadacheDaysPerMonth() {
        return headacheDaysPerMonth;
    }

    public void setHeadacheDaysPerMonth(Integer headacheDaysPerMonth) {
        this.headacheDaysPerMonth = headacheDaysPerMonth;
    }

    public Integer getUsualDurationHours() {
        return usualDurationHours;
    }

    public void setUsualDurationHours(Integer usualDurationHours) {
        this.usualDurationHours = usualDurationHours;
    }

    public Integer getUsualIntensity() {
        return usualIntensity;
    }

    public void setUsualIntensity(Integer usualIntensity) {
        this.usualIntensity = usualIntensity;
    }

    public Boolean getAura() {
        return aura;
    }

    public void setAura(Boolean aura) {
        this.aura = aura;
    }

    public Set<AuraType> getAuraTypes() {
        return auraTypes;
    }

    public void setAuraTypes(Set<AuraType> auraTypes) {
        this.auraTypes = auraTypes;
    }

    public Set<AssociatedSymptom> getSymptoms() {
        return symptoms;
    }

    public void setSymptoms(Set<AssociatedSymptom> symptoms) {
        this.symptoms = symptoms;
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

    public String getPreventiveMedication() {
        return preventiveMedication;
    }

    public void setPreventiveMedication(String preventiveMedication) {
        this.preventiveMedication = preventiveMedication;
    }

    public String getAcuteMedication() {
        return acuteMedication;
    }

    public void setAcuteMedication(String acuteMedication) {
        this.acuteMedication = acuteMedication;
    }

    public AcuteMedicationClass getAcuteMedicationClass() {
        return acuteMedicationClass;
    }

    public void setAcuteMedicationClass(AcuteMedicationClass acuteMedicationClass) {
        this.acuteMedicationClass = acuteMedicationClass;
    }

    public Integer getAcuteMedicationDaysPerMonth() {
        return acuteMedicationDaysPerMonth;
    }

    public void setAcuteMedicationDaysPerMonth(Integer acuteMedicationDaysPerMonth) {
        this.acuteMedicationDaysPerMonth = acuteMedicationDaysPerMonth;
    }

    public Boolean getPatternOverThreeMonths() {
        return patternOverThreeMonths;
    }

    public void setPatternOverThreeMonths(Boolean patternOverThreeMonths) {
        this.patternOverThreeMonths = patternOverThreeMonths;
    }

    public String getOtherTreatments() {
        return otherTreatments;
    }

    public void setOtherTreatments(String otherTreatments) {
        this.otherTreatments = otherTreatments;
    }

    public String getWhatHelps() {
        return whatHelps;
    }

    public void setWhatHelps(String whatHelps) {
        this.whatHelps = whatHelps;
    }

    public Integer getSleepHours() {
        return sleepHours;
    }

    public void setSleepHours(Integer sleepHours) {
        this.sleepHours = sleepHours;
    }

    public Integer getSleepQuality() {
        return sleepQuality;
    }

    public void setSleepQuality(Integer sleepQuality) {
        this.sleepQuality = sleepQuality;
    }

    public Integer getStressLevel() {
        return stressLevel;
    }

    public void setStressLevel(Integer stressLevel) {
        this.stressLevel = stressLevel;
    }

    public String getWorkPosture() {
        return workPosture;
    }

    public void setWorkPosture(String workPosture) {
        this.workPosture = workPosture;
    }

    public Integer getCaffeineDrinksPerDay() {
        return caffeineDrinksPerDay;
    }

    public void setCaffeineDrinksPerDay(Integer caffeineDrinksPerDay) {
        this.caffeineDrinksPerDay = caffeineDrinksPerDay;
    }

    public String getHydration() {
        return hydration;
    }

    public void setHydration(String hydration) {
        this.hydration = hydration;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Pressure getPressure() {
        return pressure;
    }

    public void setPressure(Pressure pressure) {
        this.pressure = pressure;
    }

    public String getAreasToAvoid() {
        return areasToAvoid;
    }

    public void setAreasToAvoid(String areasToAvoid) {
        this.areasToAvoid = areasToAvoid;
    }

    /** A copy, for a re-assessment prefilled from the last intake. */
    public IntakeAnswers copy() {
        return IntakeJson.read(IntakeJson.write(this));
    }
}
