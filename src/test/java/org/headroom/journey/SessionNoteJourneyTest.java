package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.NoteStatus;
import org.headroom.treatment.SessionNoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A therapist writes a session note, taps the areas on the body chart, signs, amends and prints it. */
class SessionNoteJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consents;

    @Autowired
    SessionNoteService notes;

    @Test
    void write_sign_amend_and_print_a_session_note() {
        ClientDetails client = fixtures.clientOf(Fixtures.ANNA, "Nora", "Notes");
        fixtures.runAs(Fixtures.ANNA, () -> {
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            return consents.record(client.id(), null, IntakeFixtures.typed(text, true, "Nora Notes"));
        });

        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        driver.get(url("/clients/" + client.id()));
        click("new-note");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-page")));

        enter("durationMinutes", "60");
        enter("painBefore", "7");
        WebElement technique = driver.findElement(By.cssSelector("#technique-MYOFASCIAL_RELEASE input"));
        scroll(technique);
        technique.click();
        wait.until(d -> d.findElement(By.cssSelector("#technique-minutes-MYOFASCIAL_RELEASE input"))
                .isEnabled());
        enter("technique-minutes-MYOFASCIAL_RELEASE", "25");
        WebElement chart = driver.findElement(By.id("areas"));
        scroll(chart);
        for (String code : new String[] {"OCCIPUT", "SHOULDER_LEFT"}) {
            chart.getShadowRoot()
                    .findElement(By.cssSelector("[data-code='" + code + "']"))
                    .click();
        }
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return arguments[0].value", chart))
                .equals("OCCIPUT,SHOULDER_LEFT"));
        enter("painAfter", "3");
        click("note-sign");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-status"), "Signed"));

        var signed = fixtures.runAs(Fixtures.ANNA, () -> notes.list(client.id(), PageRequest.of(0, 1)))
                .getFirst();
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(fixtures.runAs(Fixtures.ANNA, () -> notes.get(signed.id()))
                        .content()
                        .getAreas())
                .containsExactlyInAnyOrder(BodyRegion.OCCIPUT, BodyRegion.SHOULDER_LEFT);

        click("note-amend");
        type("amend-reason", "Forgot the home care advice");
        WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#amend-body textarea")));
        body.sendKeys("Advised neck stretches twice daily");
        click("amend-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("amendments"), "Advised neck stretches"));

        WebElement print = driver.findElement(By.id("note-print"));
        String href = print.getAttribute("href");
        Object contentType = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' ' + b.byteLength)))"
                                + ".catch(e => done('error ' + e));",
                        href);
        assertThat(String.valueOf(contentType)).startsWith("application/pdf");
        assertThat(Long.parseLong(String.valueOf(contentType).split(" ")[1])).isGreaterThan(5000);
    }

    /** Scrolls the field's input into view before typing: long forms put fields below the fold. */
    private void enter(String fieldId, String text) {
        WebElement input =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        scroll(input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    private void scroll(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
