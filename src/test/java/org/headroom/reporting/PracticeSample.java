package org.headroom.reporting;

import static org.headroom.Fixtures.ADMIN;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.MidasAnswers;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.security.NewAccount;
import org.headroom.security.Role;
import org.headroom.security.UserAccountService;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A hand-worked practice: a new therapist with three clients. The responder has 8 headache days at
 * baseline, then 4 and 2 (mean 3.0, -5.0, a 62.5 percent fall) and MIDAS 20 then 9, treated with
 * trigger point therapy. The partial responder has 4 one-day attacks and one from 22:00 for 6 hours
 * (2 calendar days) = 6 at baseline, then 5 and 4 (mean 4.5, -1.5), one MIDAS only, treated with
 * reflexology and trigger point therapy. The third was seen (Swedish massage) and keeps no diary.
 */
@Component
@Profile("test")
public class PracticeSample {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    public static final LocalDate BASELINE = TODAY.minusDays(84);
    public static final LocalDate FROM = BASELINE.plusDays(28);

    public record Practice(
            String therapist,
            long therapistId,
            ClientDetails responder,
            ClientDetails partial,
            ClientDetails noDiary) {}

    private final Fixtures fixtures;
    private final UserAccountService accounts;
    private final DiaryService diary;
    private final SessionNoteService notes;
    private final ConsentService consents;

    PracticeSample(
            Fixtures fixtures,
            UserAccountService accounts,
            DiaryService diary,
            SessionNoteService notes,
            ConsentService consents) {
        this.fixtures = fixtures;
        this.accounts = accounts;
        this.diary = diary;
        this.notes = notes;
        this.consents = consents;
    }

    public Practice create() {
        String therapist = Fixtures.unique("t").toLowerCase();
        NewAccount account = new NewAccount();
        account.setUsername(therapist);
        account.setDisplayName("Practice " + therapist);
        account.setInitialPassword(Fixtures.PASSWORD);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        long therapistId = fixtures.runAs(ADMIN, () -> accounts.create(account)).id();

        return fixtures.runAs(therapist, () -> {
            ClientDetails responder = client("Resp");
            diary.setBaseline(responder.id(), BASELINE);
            attacks(responder.id(), BASELINE, 8);
            attacks(responder.id(), BASELINE.plusDays(28), 4);
            attacks(responder.id(), BASELINE.plusDays(56), 2);
            diary.recordMidas(responder.id(), BASELINE, new MidasAnswers(4, 4, 4, 4, 4, 20, 7));
            diary.recordMidas(responder.id(), TODAY, new MidasAnswers(2, 2, 2, 2, 1, 8, 5));
            sign(responder.id(), FROM.plusDays(3), Technique.TRIGGER_POINT_THERAPY);

            ClientDetails partial = client("Part");
            diary.setBaseline(partial.id(), BASELINE);
            DiaryEntryForm overMidnight = DiaryEntryForm.attackOn(BASELINE.plusDays(20));
            overMidnight.setStartTime(LocalTime.of(22, 0));
            overMidnight.setDurationHours(6.0);
            overMidnight.setIntensity(5);
            diary.save(partial.id(), null, overMidnight);
            attacks(partial.id(), BASELINE, 4);
            attacks(partial.id(), BASELINE.plusDays(28), 5);
            attacks(partial.id(), BASELINE.plusDays(56), 4);
            diary.recordMidas(partial.id(), BASELINE, new MidasAnswers(3, 3, 3, 3, 3, 10, 6));
            sign(partial.id(), FROM.plusDays(5), Technique.REFLEXOLOGY, Technique.TRIGGER_POINT_THERAPY);

            ClientDetails noDiary = client("None");
            sign(noDiary.id(), FROM.plusDays(7), Technique.SWEDISH_MASSAGE);
            return new Practice(therapist, therapistId, responder, partial, noDiary);
        });
    }

    private ClientDetails client(String first) {
        ClientForm form = Fixtures.validForm(first, Fixtures.unique("Prac"));
        ClientDetails client = fixtures.clientService().create(form);
        var treatment = consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow();
        consents.record(client.id(), null, IntakeFixtures.typed(treatment, true, first));
        var healthData = consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.HEALTH_DATA)
                .findFirst()
                .orElseThrow();
        consents.record(client.id(), null, IntakeFixtures.typed(healthData, true, first));
        return client;
    }

    private void attacks(long clientId, LocalDate start, int days) {
        for (int i = 0; i < days; i++) {
            DiaryEntryForm form = DiaryEntryForm.attackOn(start.plusDays(2L * i + 1));
            form.setStartTime(LocalTime.of(9, 0));
            form.setDurationHours(3.0);
            form.setIntensity(6);
            org.headroom.diary.DiaryTestData.attack(diary, clientId, form);
        }
        org.headroom.diary.DiaryTestData.restHeadacheFree(diary, clientId, start);
    }

    private void sign(long clientId, LocalDate date, Technique... techniques) {
        var draft = notes.start(clientId);
        SessionNoteForm form = draft.content();
        form.setDate(date);
        form.setDurationMinutes(45);
        form.setPainBefore(5);
        form.setPainAfter(3);
        form.setTechniques(java.util.Arrays.stream(techniques)
                .map(t -> new TechniqueUse(t, 15, PressureLevel.MEDIUM))
                .toList());
        form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
        notes.sign(draft.id(), draft.version(), form, null);
    }
}
