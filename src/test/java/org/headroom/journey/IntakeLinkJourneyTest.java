package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentRecord;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeLinkService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.IntakeStatus;
import org.headroom.intake.Readiness;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The client fills in their intake through the link on a phone-sized screen, signs with a finger
 * (pointer strokes on the signature pad) and sends it; the therapist then reviews and accepts it.
 */
class IntakeLinkJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntakeLinkService links;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Override
    String windowSize() {
        return "390,844";
    }

    @Test
    void client_completes_the_intake_on_a_phone_and_the_therapist_accepts_it() {
        ClientDetails client = fixtures.clientOf(Fixtures.ANNA, "Phoebe", "Mobile");
        String path =
                fixtures.runAs(Fixtures.ANNA, () -> links.create(client.id())).path();

        driver.get(url("/" + path));
        typeDate("public-dob", "17/05/1984");
        click("public-continue");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-intake"), "Hello Phoebe"));

        // In steps: the health history first, with the progress shown; each step is short.
        step("Step 1 of 8", "Your health");
        axe("intake step 1");
        long tallest = pageHeight();
        next("Step 2 of 8", "Health conditions");
        tallest = Math.max(tallest, pageHeight());
        next("Step 3 of 8", "Warning signs");
        tallest = Math.max(tallest, pageHeight());
        next("Step 4 of 8", "Your headaches");
        choose("vaadin-radio-group", "diagnosedBy", "GP");
        choose("vaadin-checkbox-group", "headacheTypes", "Migraine without aura");
        type("headacheDaysPerMonth", "6");
        type("usualIntensity", "7");
        tallest = Math.max(tallest, pageHeight());
        // Going on without a required answer is refused and the field says why.
        click("public-next");
        wait.until(d -> "true".equals(d.findElement(By.id("aura")).getDomProperty("invalid")));
        step("Step 4 of 8", "Your headaches");
        axe("intake step with a missing answer");
        choose("vaadin-radio-group", "aura", "No");

        // Save and finish later, then carry on through the same link.
        click("public-later");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("public-intake"), "Your answers are saved"));
        driver.get(url("/" + path));
        typeDate("public-dob", "17/05/1984");
        click("public-continue");
        step("Step 1 of 8", "Your health");
        next("Step 2 of 8", "Health conditions");
        next("Step 3 of 8", "Warning signs");
        next("Step 4 of 8", "Your headaches");
        assertThat(driver.findElement(By.cssSelector("#usualIntensity input")).getDomProperty("value"))
                .isEqualTo("7");
        next("Step 5 of 8", "Medicines and other treatments");
        click("acuteMedicationClass");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'Triptan')]")))
                .click();
        type("acuteMedicationDaysPerMonth", "3");
        tallest = Math.max(tallest, pageHeight());
        next("Step 6 of 8", "Sleep, stress and daily life");
        type("sleepQuality", "5");
        type("stressLevel", "8");
        tallest = Math.max(tallest, pageHeight());
        next("Step 7 of 8", "What you would like from massage");
        WebElement goals = driver.findElement(By.cssSelector("#goals textarea"));
        scrollTo(goals);
        goals.sendKeys("Fewer migraines before exams");
        choose("vaadin-radio-group", "pressure", "Light");
        tallest = Math.max(tallest, pageHeight());
        next("Step 8 of 8", "Your agreement");
        axe("intake consent step");
        // The whole form was one page of about 13,600 px on a phone; no question step is a fifth of that.
        assertThat(tallest).as("tallest question step in CSS px").isLessThan(2800);

        click("consent-TREATMENT");
        click("consent-HEALTH_DATA");
        type("consent-signer", "Phoebe Mobile");
        WebElement pad = driver.findElement(By.id("consent-signature"));
        scrollTo(pad);
        WebElement canvas = pad.getShadowRoot().findElement(By.cssSelector("canvas"));
        new Actions(driver)
                .moveToElement(canvas, -100, 10)
                .clickAndHold()
                .moveByOffset(40, -25)
                .moveByOffset(50, 30)
                .moveByOffset(60, -20)
                .release()
                .perform();
        wait.until(d -> !String.valueOf(
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return arguments[0].value", pad))
                .isEmpty());

        click("public-submit");
        wait.withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-intake"), "Thank you"));

        var submitted = fixtures.runAs(Fixtures.ANNA, () -> intakes.status(client.id()));
        assertThat(submitted.openIntake().orElseThrow().status()).isEqualTo(IntakeStatus.AWAITING_REVIEW);
        ConsentRecord treatment = submitted.consents().latest().get(ConsentType.TREATMENT);
        assertThat(treatment.drawnSignature()).isTrue();
        byte[] png = fixtures.runAs(Fixtures.ANNA, () -> consents.signature(treatment.id()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        // The link is spent.
        driver.get(url("/" + path));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-intake"), "cannot be used"));

        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        driver.get(url("/clients/" + client.id()));
        click("open-intake");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-page")));
        click("intake-complete");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-status"), "Completed"));

        var accepted = fixtures.runAs(Fixtures.ANNA, () -> intakes.status(client.id()));
        assertThat(accepted.currentIntake()).isPresent();
        assertThat(accepted.readiness()).isEqualTo(Readiness.READY);
    }

    /** Clicks the option with this label in a radio or checkbox group. */
    private void choose(String groupTag, String groupId, String label) {
        WebElement option = driver.findElement(By.xpath(
                "//" + groupTag + "[@id='" + groupId + "']//*[self::vaadin-radio-button or self::vaadin-checkbox]"
                        + "[.//label[normalize-space()='" + label + "']]"));
        scrollTo(option);
        option.findElement(By.tagName("label")).click();
    }

    private void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private void next(String stepOf, String heading) {
        click("public-next");
        step(stepOf, heading);
    }

    private void step(String stepOf, String heading) {
        wait.until(ExpectedConditions.textToBe(By.id("public-step-of"), stepOf));
        wait.until(ExpectedConditions.textToBe(By.id("public-step"), heading));
        readability("intake " + stepOf.toLowerCase() + ": " + heading);
        assertThat(smallTargets()).as("targets under 44 px on " + heading).isEmpty();
        assertThat(scrollWidth()).as("no sideways scrolling").isLessThanOrEqualTo(innerWidth());
    }

    private long pageHeight() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight"))
                .longValue();
    }
}
