package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.headroom.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A therapist's first journey: sign in, create a client, find them, sign out. */
class BrowserJourneyTest extends BrowserTest {

    @Test
    void therapist_signs_in_creates_a_client_finds_it_and_signs_out() {
        String lastName = Fixtures.unique("Journey");

        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        driver.get(url("/clients"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clients")));
        assertThat(driver.findElement(By.id("signed-in-user")).getText()).contains("Anna Therapist");

        click("new-client");
        type("firstName", "Marianne");
        type("lastName", lastName);
        typeDate("dateOfBirth", "14/03/1985");
        type("phone", "07700 900456");
        click("save-client");

        wait.until(d -> ("Marianne " + lastName).equals(textOf("client-name")));
        assertThat(textOf("client-page")).contains("Born 14 Mar 1985");

        driver.get(url("/clients"));
        type("client-search", lastName);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients"), lastName + ", Marianne"));

        click("sign-out");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        driver.get(url("/clients"));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(driver.getPageSource()).doesNotContain(lastName);
    }

    @Test
    void wrong_password_shows_a_generic_message_and_stays_signed_out() {
        signIn(Fixtures.ANNA, "not the password");
        wait.until(ExpectedConditions.urlContains("error"));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        wait.until(d -> form.getText().contains("Could not sign you in"));
        driver.get(url("/clients"));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(driver.findElements(By.id("signed-in-user"))).isEmpty();
    }
}
