package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.appointment.WorkingHoursService;
import org.headroom.appointment.WorkingStretch;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public booking pages checked by axe-core in Chromium at a phone's width, dim theme: the
 * first step, the free times, the details form with an error shown, the booked page and the
 * appointment's link page. No violation tagged WCAG 2.0, 2.1 or 2.2 A or AA (the development
 * build's own tools are left out of the check).
 */
class BookingAccessibilityTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    WorkingHoursService hours;

    @Autowired
    JdbcTemplate jdbc;

    @Override
    String windowSize() {
        return "1024,900";
    }

    @Test
    void the_booking_pages_have_no_wcag_violations() {
        List<WorkingStretch> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(new WorkingStretch(d, LocalTime.of(0, 0), LocalTime.of(23, 55)));
        }
        fixtures.runAs(Fixtures.ANNA, () -> hours.setWeek(week));
        long followUp = jdbc.queryForObject("select id from appointment_type where name = 'Follow-up'", Long.class);
        phone(390);
        // A phone set to dark: the pages follow it in the dim colours (light is in the sweep).
        deviceScheme("dark", true);
        driver.get(url("/book"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-types")));
        assertThat(ground()).isEqualTo(DIM_GROUND);
        axe("the first step");
        readability("the first step");
        assertThat(smallTargets()).as("targets under 44 px on the first step").isEmpty();
        click("type-" + followUp);
        String first = wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#booking-times .hr-booking-slots vaadin-button")))
                .getAttribute("id");
        axe("the free times");
        readability("the free times");
        assertThat(smallTargets()).as("targets under 44 px on the free times").isEmpty();
        click(first);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-summary")));
        click("booking-book");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("booking-status"), "first name"));
        axe("the details form with an error");
        readability("the details form with an error");
        assertThat(smallTargets())
                .as("targets under 44 px on the details form with an error")
                .isEmpty();
        typeCentred("booking-first-name", "Axe");
        typeCentred("booking-last-name", Fixtures.unique("Check"));
        typeDate("booking-dob", "03/02/1979");
        typeCentred("booking-email", "axe.check@example.org");
        typeCentred("booking-phone", "07700 900123");
        click("booking-agree");
        click("booking-book");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-done")));
        axe("the booked page");
        readability("the booked page");
        assertThat(smallTargets()).as("targets under 44 px on the booked page").isEmpty();
        driver.get(driver.findElement(By.id("booking-manage")).getAttribute("href"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage-what")));
        axe("the appointment's link page");
        readability("the appointment's link page");
        assertThat(smallTargets())
                .as("targets under 44 px on the appointment's link page")
                .isEmpty();
    }

    /** Types into a field scrolled to the middle of the screen, clear of anything fixed at the edges. */
    private void typeCentred(String id, String text) {
        var input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        wait.until(ExpectedConditions.elementToBeClickable(input)).click();
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }
}
