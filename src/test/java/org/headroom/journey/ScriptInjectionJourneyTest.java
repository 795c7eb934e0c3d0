package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.TextPayloads;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeService;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script and markup stored in every free-text field of a client, an intake, a diary line and a
 * session note never run: each page that shows them is opened in the browser and checked for the
 * marker the script would set, and the markup is shown as text.
 */
class ScriptInjectionJourneyTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    private static final String SCRIPT = "<script>window.__xss=2</script>";
    private static final String SVG = "<svg onload=\"window.__xss=3\">";

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    org.headroom.appointment.AppointmentService appointments;

    @Autowired
    Validator validator;

    @Test
    void stored_script_never_runs_on_any_page() {
        ClientForm form = Fixtures.validForm("First", "Last");
        List<String> filled = fillStrings(form);
        form.setFirstName(IMG);
        form.setLastName("Inject" + Fixtures.unique("") + SCRIPT);
        validator
                .validate(form)
                .forEach(v -> TextPayloads.set(
                        form,
                        v.getPropertyPath().toString(),
                        TextPayloads.plain(v.getPropertyPath().toString())));
        ClientDetails client =
                fixtures.runAs(Fixtures.ANNA, () -> fixtures.clientService().create(form));
        assertThat(filled).contains("notes", "address", "gpName");

        long[] ids = fixtures.runAs(Fixtures.ANNA, () -> {
            IntakeAnswers answers = IntakeFixtures.complete();
            fillStrings(answers);
            var draft = intakes.start(client.id());
            var intake = intakes.complete(draft.id(), draft.version(), answers);
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            consents.record(client.id(), intake.id(), IntakeFixtures.typed(text, true, SVG));
            var healthData = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.HEALTH_DATA)
                    .findFirst()
                    .orElseThrow();
            consents.record(client.id(), intake.id(), IntakeFixtures.typed(healthData, true, SVG));
            DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY.minusDays(2));
            attack.setStartTime(LocalTime.of(9, 0));
            attack.setDurationHours(3.0);
            attack.setIntensity(6);
            attack.setNotes(IMG + SCRIPT);
            attack.setMedicationName(SVG);
            attack.setOtherTriggers(SCRIPT);
            diary.save(client.id(), null, attack);
            var note = notes.start(client.id());
            SessionNoteForm content = note.content();
            fillStrings(content);
            content.setDurationMinutes(30);
            content.setPainBefore(5);
            content.setPainAfter(2);
            content.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            content.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
            notes.sign(note.id(), note.version(), content, null);
            notes.amend(note.id(), IMG, SCRIPT);
            // On today's page and the calendar the client's name shows beside the appointment.
            long type = appointments.types().getFirst().id();
            // The first time of today still free in Anna's book (other tests book times today too).
            for (java.time.LocalTime at = java.time.LocalTime.of(22, 0); ; at = at.minusMinutes(15)) {
                try {
                    appointments.book(
                            client.id(), type, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")), at);
                    break;
                } catch (org.headroom.appointment.AppointmentTakenException taken) {
                    assertThat(at).as("a free time today").isAfter(java.time.LocalTime.of(0, 0));
                }
            }
            return new long[] {intake.id(), note.id()};
        });

        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        driver.get(url("/clients"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clients")));
        type("client-search", "Inject");
        String[] pages = {
            "/clients",
            "/clients/" + client.id(),
            "/clients/" + client.id() + "/edit",
            "/clients/" + client.id() + "/intakes/" + ids[0],
            "/clients/" + client.id() + "/notes/" + ids[1],
            "/clients/" + client.id() + "/history",
            "/clients/" + client.id() + "/report",
            "/record-access",
            "/today",
            "/calendar"
        };
        for (String page : pages) {
            driver.get(url(page));
            wait.until(
                    d -> Boolean.TRUE.equals(
                            ((JavascriptExecutor) d)
                                    .executeScript(
                                            "return !!document.querySelector('vaadin-app-layout') && document.readyState === 'complete'")));
            // Give the client engine a moment to render what the server sent.
            wait.until(d -> ((JavascriptExecutor) d)
                    .executeScript("return window.Vaadin && window.Vaadin.Flow && !window.Vaadin.Flow.clients"
                            + " ? true : Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")
                    .equals(true));
            Object marker = ((JavascriptExecutor) driver).executeScript("return window.__xss");
            assertThat(marker).as("script ran on " + page).isNull();
        }
        driver.get(url("/clients/" + client.id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-client")));
        assertThat(String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.innerText")))
                .as("the markup shows as text")
                .contains("<img src=x onerror=");
    }

    private static List<String> fillStrings(Object form) {
        return TextPayloads.fillStrings(form, IMG, SCRIPT, SVG);
    }
}
