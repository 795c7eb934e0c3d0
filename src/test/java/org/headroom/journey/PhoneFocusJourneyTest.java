package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone the session note's sticky bar of actions wraps to two rows, taller than the page's
 * usual scroll padding: the Tab key still never leaves the focus under it (WCAG 2.4.11).
 */
class PhoneFocusJourneyTest extends BrowserTest {

    /** The focused element, through shadow roots, when the sticky bar covers it and does not hold it. */
    private static final String COVERED = HOSTS
            + """
            if (!a || a === document.body) return '';
            const bar = document.querySelector('.hr-form-actions');
            if (hosts.includes(bar)) return '';
            const r = a.getBoundingClientRect();
            const b = bar.getBoundingClientRect();
            return r.bottom > b.top && r.top < b.bottom
                ? a.localName + (a.id ? '#' + a.id : '') + ' ' + Math.round(r.top) + '-' + Math.round(r.bottom)
                    + ' under the bar at ' + Math.round(b.top) + '-' + Math.round(b.bottom)
                : '';
            """;

    @Autowired
    Fixtures fixtures;

    @Override
    String windowSize() {
        return "390,844";
    }

    @Test
    void tabbing_through_a_note_on_a_phone_keeps_the_focus_clear_of_the_action_bar() {
        ClientDetails client = fixtures.clientOf(Fixtures.ANNA, "Pia", Fixtures.unique("Phone"));
        fixtures.consentToTreatment(Fixtures.ANNA, client.id());
        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        driver.get(url("/clients/" + client.id()));
        click("new-note");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-page")));
        settle();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Number barHeight = (Number)
                js.executeScript("return document.querySelector('.hr-form-actions').getBoundingClientRect().height;");
        assertThat(barHeight.doubleValue())
                .as("the bar wraps on a phone, taller than the usual padding of 88 px")
                .isGreaterThan(88);

        js.executeScript("document.querySelector('#durationMinutes input').focus();");
        List<String> covered = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(1), Duration.ofMillis(100))
                        .until(d -> "".equals(js.executeScript(COVERED)));
            } catch (TimeoutException e) {
                covered.add("after Tab " + (i + 1) + ": " + js.executeScript(COVERED));
            }
        }
        assertThat(covered).as("focus under the sticky bar").isEmpty();
    }
}
