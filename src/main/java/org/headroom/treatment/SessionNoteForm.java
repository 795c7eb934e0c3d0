package org.headroom.treatment;

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

/**
 * A session note's content in SOAP order: Subjective (headaches since the last visit, medication,
 * sleep, stress, pain now), Objective (palpation, trigger points by muscle and side, posture,
 * range of motion), Treatment (techniques with minutes and pressure, oils, areas on the body
 * chart), Assessment, Plan (home care, next visit) and after the session (pain, response, any
 * adverse reaction). Pain, sleep and stress on 0-10 scales (docs/clinical-rules.md).
 */
public class SessionNoteForm {

    @NotNull(message = "{note.date.required}")
    @PastOrPresent(message = "{diary.date.future}")
    private LocalDate date;

    private LocalTime startTime;

    @Min(value = 5, message = "{note.duration.range}")
    @Max(value = 240, message = "{note.duration.range}")
    private Integer durationMinutes;

    @Size(max = 2000, message = "{field.too-long}")
    private String headachesSinceLastVisit = "";

    @Size(max = 1000, message = "{field.too-long}")
    private String medication = "";

    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer sleepQuality;

    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer stress;

    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer painBefore;

    @Size(max = 2000, message = "{field.too-long}")
    private String palpation = "";

    private List<TriggerPoint> triggerPoints = new ArrayList<>();

    @Size(max = 1000, message = "{field.too-long}")
    private String posture = "";

    @Size(max = 1000, message = "{field.too-long}")
    private String rangeOfMotion = "";

    private List<TechniqueUse> techniques = new ArrayList<>();

    @Size(max = 500, message = "{field.too-long}")
    private String oils = "";

    private Set<BodyRegion> areas = EnumSet.noneOf(BodyRegion.class);

    @Size(max = 2000, message = "{field.too-long}")
    private String assessment = "";

    @Size(max = 2000, message = "{field.too-long}")
    private String homeCare = "";

    private LocalDate nextVisit;

    @Min(value = 0, message = "{intake.scale}")
    @Max(value = 10, message = "{intake.scale}")
    private Integer painAfter;

    @Size(max = 1000, message = "{field.too-long}")
    private String clientResponse = "";

    @Size(max = 1000, message = "{field.too-long}")
    private String adverseReaction = "";

    /** A new note carrying over what usually repeats: techniques, areas and the plan. */
    public SessionNoteForm carryOver(LocalDate today) {
        SessionNoteForm next = new SessionNoteForm();
        next.date = today;
        next.durationMinutes = durationMinutes;
        next.techniques = new ArrayList<>(techniques);
        next.areas = areas.isEmpty() ? EnumSet.noneOf(BodyRegion.class) : EnumSet.copyOf(areas);
        next.oils = oils;
        next.homeCare = homeCare;
        return next;
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

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getHeadachesSinceLastVisit() {
        return headachesSinceLastVisit;
    }

    public void setHeadachesSinceLastVisit(String v) {
        this.headachesSinceLastVisit = v;
    }

    public String getMedication() {
        return medication;
    }

    public void setMedication(String medication) {
        this.medication = medication;
    }

    public Integer getSleepQuality() {
        return sleepQuality;
    }

    public void setSleepQuality(Integer sleepQuality) {
        this.sleepQuality = sleepQuality;
    }

    public Integer getStress() {
        return stress;
    }

    public void setStress(Integer stress) {
        this.stress = stress;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public String getPalpation() {
        return palpation;
    }

    public void setPalpation(String palpation) {
        this.palpation = palpation;
    }

    public List<TriggerPoint> getTriggerPoints() {
        return triggerPoints;
    }

    public void setTriggerPoints(List<TriggerPoint> triggerPoints) {
        this.triggerPoints = triggerPoints;
    }

    public String getPosture() {
        return posture;
    }

    public void setPosture(String posture) {
        this.posture = posture;
    }

    public String getRangeOfMotion() {
        return rangeOfMotion;
    }

    public void setRangeOfMotion(String rangeOfMotion) {
        this.rangeOfMotion = rangeOfMotion;
    }

    public List<TechniqueUse> getTechniques() {
        return techniques;
    }

    public void setTechniques(List<TechniqueUse> techniques) {
        this.techniques = techniques;
    }

    public String getOils() {
        return oils;
    }

    public void setOils(String oils) {
        this.oils = oils;
    }

    public Set<BodyRegion> getAreas() {
        return areas;
    }

    public void setAreas(Set<BodyRegion> areas) {
        this.areas = areas;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getHomeCare() {
        return homeCare;
    }

    public void setHomeCare(String homeCare) {
        this.homeCare = homeCare;
    }

    public LocalDate getNextVisit() {
        return nextVisit;
    }

    public void setNextVisit(LocalDate nextVisit) {
        this.nextVisit = nextVisit;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public String getClientResponse() {
        return clientResponse;
    }

    public void setClientResponse(String clientResponse) {
        this.clientResponse = clientResponse;
    }

    public String getAdverseReaction() {
        return adverseReaction;
    }

    public void setAdverseReaction(String adverseReaction) {
        this.adverseReaction = adverseReaction;
    }
}
