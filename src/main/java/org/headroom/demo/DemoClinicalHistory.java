package org.headroom.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AssociatedSymptom;
import org.headroom.base.clinical.HeadacheType;
import org.headroom.base.clinical.Trigger;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.MidasAnswers;
import org.headroom.diary.RatingKind;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentText;
import org.headroom.intake.DiagnosedBy;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeDetails;
import org.headroom.intake.IntakeService;
import org.headroom.intake.Pressure;
import org.headroom.intake.RedFlag;
import org.headroom.intake.SignerRole;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.springframework.stereotype.Component;

/**
 * A believable clinical history for some demo clients: a completed intake with consents, sixteen
 * weeks of diary with attacks becoming rarer after the baseline, and MIDAS, HIT-6 and ratings at
 * the start and now. One client has a red flag awaiting the therapist's decision.
 */
@Component
class DemoClinicalHistory {

    private final IntakeService intakes;
    private final ConsentService consents;
    private final DiaryService diary;
    private final SessionNoteService notes;

    private final org.headroom.diary.ClientKeptDiaryDemo clientKept;

    DemoClinicalHistory(
            IntakeService intakes,
            ConsentService consents,
            DiaryService diary,
            SessionNoteService notes,
            org.headroom.diary.ClientKeptDiaryDemo clientKept) {
        this.clientKept = clientKept;
        this.intakes = intakes;
        this.consents = consents;
        this.diary = diary;
        this.notes = notes;
    }

    /** Runs as the client's therapist. */
    /** Headache days at the end, as a share of the baseline: a strong, a good, a partial and no response. */
    private static final double[] RESPONSES = {0.3, 0.5, 0.75, 1.0};

    private static final Technique[] MAIN_TECHNIQUES = {
        Technique.TRIGGER_POINT_THERAPY,
        Technique.CRANIOSACRAL_THERAPY,
        Technique.ACUPRESSURE,
        Technique.NEUROMUSCULAR_THERAPY
    };

    /**
     * @param keptByClient the client keeps the diary on their phone for the last six weeks, with
     *     the gaps a real diary has: five days in a row left empty and some single days
     */
    void add(
            long clientId,
            String clientName,
            boolean withRedFlag,
            boolean keptByClient,
            long therapistId,
            Random random,
            LocalDate today) {
        IntakeAnswers answers = answers(random);
        if (withRedFlag) {
            answers.setRedFlags(EnumSet.of(RedFlag.PATTERN_CHANGE));
        }
        IntakeDetails draft = intakes.start(clientId);
        intakes.complete(draft.id(), draft.version(), answers);
        for (ConsentText text : consents.currentTexts()) {
            ConsentSubmission consent = new ConsentSubmission(
                    text.id(), text.type().isRequired() || random.nextBoolean(), clientName, SignerRole.CLIENT);
            consent.setTypedConfirmed(true);
            consents.record(clientId, draft.id(), consent);
        }

        LocalDate baseline = today.minusDays(112);
        diary.setBaseline(clientId, baseline);
        // Clients respond differently: some halve their headache days, some improve a little, some not.
        int baselineAttacks = 7 + random.nextInt(6);
        double response = RESPONSES[random.nextInt(RESPONSES.length)];
        int[] attacksPerPeriod = new int[4];
        for (int period = 0; period < 4; period++) {
            attacksPerPeriod[period] = (int) Math.round(baselineAttacks * (1 - (1 - response) * period / 3.0));
        }
        Technique main = MAIN_TECHNIQUES[random.nextInt(MAIN_TECHNIQUES.length)];
        for (int period = 0; period < 4; period++) {
            LocalDate start = baseline.plusDays(28L * period);
            List<Integer> days = random.ints(0, 28)
                    .distinct()
                    .limit(attacksPerPeriod[period])
                    .boxed()
                    .toList();
            for (int day = 0; day < 28; day++) {
                LocalDate date = start.plusDays(day);
                if (date.isAfter(today)) {
                    break;
                }
                boolean phoneDays = keptByClient && !date.isBefore(today.minusDays(42));
                if (phoneDays
                        && (date.isAfter(today.minusDays(21)) && date.isBefore(today.minusDays(15))
                                || random.nextInt(6) == 0)) {
                    continue;
                }
                if (days.contains(day)) {
                    diary.save(clientId, null, attack(date, random, period));
                } else if (random.nextInt(14) > 0) {
                    DiaryEntryForm free = DiaryEntryForm.attackOn(date);
                    free.setKind(org.headroom.diary.EntryKind.HEADACHE_FREE);
                    diary.save(clientId, null, free);
                }
            }
        }
        for (int week = 4; week < 16; week += 2) {
            LocalDate day = baseline.plusDays(7L * week + 2);
            var noteDraft = notes.start(clientId);
            SessionNoteForm note = noteDraft.content();
            note.setDate(day);
            note.setStartTime(LocalTime.of(10, 0));
            note.setDurationMinutes(60);
            note.setPainBefore(Math.max(1, 7 - (int) Math.round(week / 3.0 * (1 - response))));
            note.setPainAfter(Math.max(0, 4 - (int) Math.round(week / 4.0 * (1 - response)) - random.nextInt(2)));
            note.setStress(Math.max(2, 8 - week / 3));
            note.setTechniques(List.of(
                    new TechniqueUse(main, 25, PressureLevel.MEDIUM),
                    new TechniqueUse(Technique.MYOFASCIAL_RELEASE, 20, PressureLevel.LIGHT),
                    new TechniqueUse(
                            week % 4 == 0 ? Technique.CRANIOSACRAL_THERAPY : Technique.SWEDISH_MASSAGE,
                            15,
                            PressureLevel.LIGHT)));
            note.setAreas(EnumSet.of(
                    BodyRegion.OCCIPUT,
                    BodyRegion.SHOULDER_LEFT,
                    BodyRegion.SHOULDER_RIGHT,
                    BodyRegion.NECK_POSTERIOR));
            note.setPalpation("Tight upper trapezius, tender suboccipitals");
            note.setAssessment("Tension eased; neck rotation improved");
            note.setHomeCare("Neck stretches twice a day; screen breaks every 45 minutes");
            notes.sign(
                    noteDraft.id(),
                    noteDraft.version(),
                    note,
                    withRedFlag ? "Red flag discussed; GP appointment booked" : null);
        }
        if (keptByClient) {
            clientKept.keptByClientSince(clientId, today.minusDays(42), therapistId);
        }
        diary.recordMidas(clientId, baseline, new MidasAnswers(2, 4, 3, 5, 4, 27, 7));
        int better = (int) Math.round(3 * (1 - response));
        diary.recordMidas(
                clientId,
                today,
                new MidasAnswers(
                        Math.max(0, 2 - better),
                        Math.max(0, 4 - better),
                        Math.max(0, 3 - better),
                        5 - better,
                        4 - better,
                        12,
                        5));
        diary.recordHit6(clientId, baseline, List.of(13, 11, 11, 10, 11, 8), null);
        diary.recordHit6(clientId, today, List.of(10, 8, 10, 8, 10, 8), null);
        diary.recordRatings(
                clientId,
                baseline,
                Map.of(RatingKind.STRESS, 7, RatingKind.SLEEP_QUALITY, 4, RatingKind.NECK_SHOULDER_TENSION, 8));
        diary.recordRatings(
                clientId,
                today,
                Map.of(RatingKind.STRESS, 4, RatingKind.SLEEP_QUALITY, 6, RatingKind.NECK_SHOULDER_TENSION, 4));
    }

    private static DiaryEntryForm attack(LocalDate date, Random random, int period) {
        DiaryEntryForm form = DiaryEntryForm.attackOn(date);
        form.setStartTime(LocalTime.of(7 + random.nextInt(9), random.nextBoolean() ? 0 : 30));
        form.setDurationHours(2.0 + random.nextInt(7));
        form.setIntensity(Math.max(2, 8 - period - random.nextInt(3)));
        boolean migraine = random.nextInt(3) > 0;
        form.setMigraine(migraine);
        form.setNausea(migraine && random.nextBoolean());
        form.setPhotophobia(migraine);
        form.setDisability(migraine ? 2 : 1);
        if (random.nextBoolean()) {
            form.setMedicationClass(migraine ? AcuteMedicationClass.TRIPTAN : AcuteMedicationClass.SIMPLE_ANALGESIC);
            form.setMedicationName(migraine ? "Sumatriptan 50 mg" : "Paracetamol 1 g");
            form.setMedicationDoses(1);
        }
        form.setTriggers(EnumSet.of(random.nextBoolean() ? Trigger.STRESS : Trigger.SLEEP_TOO_LITTLE));
        form.setSleepQuality(3 + random.nextInt(5));
        return form;
    }

    static IntakeAnswers answers(Random random) {
        IntakeAnswers a = new IntakeAnswers();
        a.setDiagnosedBy(random.nextBoolean() ? DiagnosedBy.GP : DiagnosedBy.NEUROLOGIST);
        a.setHeadacheTypes(EnumSet.of(HeadacheType.MIGRAINE_WITHOUT_AURA, HeadacheType.TENSION_TYPE));
        a.setAgeAtOnset(14 + random.nextInt(20));
        a.setHeadacheDaysPerMonth(6 + random.nextInt(6));
        a.setUsualDurationHours(6 + random.nextInt(12));
        a.setUsualIntensity(6 + random.nextInt(3));
        a.setAura(false);
        a.setSymptoms(EnumSet.of(AssociatedSymptom.NAUSEA, AssociatedSymptom.PHOTOPHOBIA));
        a.setTriggers(EnumSet.of(Trigger.STRESS, Trigger.SLEEP_TOO_LITTLE, Trigger.SCREEN_TIME));
        a.setAcuteMedication("Sumatriptan 50 mg");
        a.setAcuteMedicationClass(AcuteMedicationClass.TRIPTAN);
        a.setAcuteMedicationDaysPerMonth(3 + random.nextInt(4));
        a.setPatternOverThreeMonths(true);
        a.setSleepHours(6);
        a.setSleepQuality(4 + random.nextInt(3));
        a.setStressLevel(6 + random.nextInt(3));
        a.setWorkPosture("Desk job, long hours at a laptop");
        a.setGoals("Fewer migraine days and less neck and shoulder tension");
        a.setPressure(Pressure.MEDIUM);
        return a;
    }
}
