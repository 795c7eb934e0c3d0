package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.headroom.Fixtures;
import org.headroom.security.IdleTimeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A tab left open on a client list goes to the sign-in page when the session ends, and says why. */
class IdleSessionJourneyTest extends BrowserTest {

    @Autowired
    IdleTimeout idleTimeout;

    @AfterEach
    void restore() {
        idleTimeout.set(Duration.ofMinutes(30));
    }

    @Test
    void an_unattended_tab_ends_on_the_sign_in_page_saying_the_session_ended() {
        // The timeout is shortened in this JVM's server; the production jar runs in its own process.
        org.junit.jupiter.api.Assumptions.assumeFalse(ProductionServer.wanted(), "in-process server only");
        idleTimeout.set(Duration.ofSeconds(6));
        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        driver.get(url("/clients"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clients")));

        wait.until(ExpectedConditions.urlContains("login?expired"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
        assertThat(textOf("session-ended")).contains("signed out because nothing was done for a while");
        assertThat(driver.getPageSource()).doesNotContain("Add client");

        driver.get(url("/clients"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/clients");
        // The sign-in form itself, not only its address: the therapist can sign in again here.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        assertThat(driver.getPageSource()).doesNotContain("Add client");
    }
}
