package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryAccessService;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryService;
import org.headroom.diary.Instrument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client keeps their diary on a phone-sized screen: the personal link and their date of birth
 * once, then "No headache" with one tap, a headache with its intensity, medicine from their own
 * list, the days they missed, and the two questionnaires the therapist scheduled. The therapist
 * sees every line as the client's, the device, and the questionnaires as client-reported.
 */
class ClientDiaryJourneyTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    DiaryAccessService access;

    @Autowired
    DiaryService diary;

    @Autowired
    org.headroom.appointment.WorkingHoursService hours;

    @Autowired
    org.headroom.appointment.AppointmentService appointments;

    @Override
    String windowSize() {
        return "390,844";
    }

    @Test
    void a_client_keeps_the_diary_and_answers_questionnaires_on_a_phone() {
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Petra", Fixtures.unique("Phone"));
        String path = fixtures.runAs(Fixtures.ANNA, () -> {
            access.schedule(client.id(), Instrument.MIDAS, 90, TODAY);
            access.schedule(client.id(), Instrument.HIT6, 28, TODAY);
            return access.start(client.id()).path();
        });

        // A small phone: 360 CSS pixels wide.
        phone(360);
        driver.get(url("/" + path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diary-dob")));
        axe("the diary's first page (date of birth)");
        readability("the diary's first page (date of birth)");
        assertThat(smallTargets())
                .as("targets under 44 px on the diary's first page (date of birth)")
                .isEmpty();
        typeDate("diary-dob", "17/05/1984");
        click("diary-open");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("client-diary"), "Hello, Petra"));
        axe("the diary's home");
        readability("the diary's home");
        assertThat(smallTargets()).as("targets under 44 px on the diary's home").isEmpty();
        Cookie device = driver.manage().getCookieNamed("headroom_diary_device");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly())
                .as("page scripts never see the device's token")
                .isTrue();
        assertThat(innerWidth()).isEqualTo(360);
        assertThat(scrollWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(innerWidth());
        // Colours follow the phone's setting until the client chooses; the choice stays on the device.
        assertThat(ground()).as("a light phone shows light").isEqualTo(LIGHT_GROUND);
        deviceScheme("dark", true);
        wait.until(d -> DIM_GROUND.equals(ground()));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("switch-theme"), "Use light colours"));
        click("switch-theme");
        wait.until(d -> LIGHT_GROUND.equals(ground()));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("switch-theme"), "Use dim colours"));
        assertThat(ground()).as("the light choice is kept on a dark phone").isEqualTo(LIGHT_GROUND);
        click("switch-theme");
        wait.until(d -> DIM_GROUND.equals(ground()));
        deviceScheme("light", true);
        assertThat(ground()).as("the dim choice is kept on a light phone").isEqualTo(DIM_GROUND);
        // Reduced motion asked for: nothing on the page animates or transitions.
        assertThat(
                        ((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript(
                                        "return [...document.querySelectorAll('*')].filter(e => {"
                                                + " const s = getComputedStyle(e);"
                                                + " return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0; }).length"))
                .isEqualTo(0L);
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.querySelector('link[rel=manifest]').href"))
                .as("installable from the home screen")
                .asString()
                .endsWith("/diary.webmanifest");

        // The medicine is set once.
        click("open-medicines");
        type("medicine-name", "Sumatriptan 50 mg");
        click("medicine-kind");
        WebElement triptan = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-select-item[contains(., 'Triptan')]")));
        // The list opens as an overlay that may still be settling on a small screen; the item is
        // chosen by a click event on the item itself rather than at screen coordinates.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", triptan);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("medicine-kind"), "Triptan"));
        click("medicine-add");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("medicine-list"), "Sumatriptan 50 mg"));
        axe("the medicines page");
        readability("the medicines page");
        assertThat(smallTargets())
                .as("targets under 44 px on the medicines page")
                .isEmpty();

        // Today: no headache, one tap.
        driver.get(url("/diary"));
        click("today-free");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("today-free")));
        assertThat(textOf("diary-today")).contains("No headache").doesNotContain("No headache today");

        // Yesterday: a headache of 6, three hours, with one dose of the medicine.
        LocalDate yesterday = TODAY.minusDays(1);
        click("headache-" + yesterday);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intensity-6")));
        click("intensity-6");
        axe("the headache form");
        readability("the headache form");
        assertThat(smallTargets())
                .as("targets under 44 px on the headache form")
                .isEmpty();
        typeCentred("form-hours", "3");
        clickInput("form-migraine");
        clickInput("form-light");
        WebElement more = driver.findElement(By.cssSelector("[id^=dose-more-]"));
        click(more.getAttribute("id"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id^=dose-count-]"), "1"));
        assertThat(scrollWidth()).as("the headache form fits a phone").isLessThanOrEqualTo(innerWidth());
        // 200 % zoom on that phone leaves 180 CSS pixels: still one column, no sideways scrolling.
        phone(180);
        assertThat(scrollWidth()).as("the headache form at 200 %% zoom").isLessThanOrEqualTo(180);
        phone(360);
        click("form-save");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("day-" + yesterday), "Headache, 6 out of 10"));

        // The days missed before that: each one tap.
        for (int back = 2; back <= 7; back++) {
            LocalDate day = TODAY.minusDays(back);
            click("free-" + day);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("free-" + day)));
            assertThat(textOf("day-" + day)).contains("No headache").doesNotContain("Not filled in");
        }
        assertThat(driver.findElements(By.cssSelector("[id^=free-]")))
                .as("nothing left to fill")
                .isEmpty();

        // MIDAS, then HIT-6 on the practice's licensed wording.
        click("answer-midas");
        for (String key : List.of("q1", "q2", "q3", "q4", "q5", "headacheDays", "averagePain")) {
            typeCentred("midas-" + key, key.equals("averagePain") ? "6" : "2");
        }
        click("questionnaire-send");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-hit6")));
        assertThat(driver.findElements(By.id("answer-midas"))).isEmpty();
        click("answer-hit6");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("client-questionnaire"), "Test item one"));
        for (int i = 1; i <= 6; i++) {
            WebElement sometimes = driver.findElement(
                    By.xpath("//*[@id='hit6-item" + i + "']//vaadin-radio-button[contains(., 'Sometimes')]//input"));
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", sometimes);
            sometimes.click();
        }
        click("questionnaire-send");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diary-today")));
        assertThat(driver.findElements(By.id("answer-hit6"))).isEmpty();

        // The therapist's view of what the client wrote.
        List<DiaryEntryData> lines =
                fixtures.runAs(Fixtures.ANNA, () -> diary.entries(client.id(), TODAY.minusDays(7), TODAY));
        assertThat(lines).hasSize(8).allSatisfy(line -> assertThat(line.origin().byClient())
                .isTrue());
        DiaryEntryData headache =
                lines.stream().filter(DiaryEntryData::isAttack).findFirst().orElseThrow();
        assertThat(headache.intensity()).isEqualTo(6);
        assertThat(headache.durationHours()).isEqualTo(3.0);
        assertThat(headache.migraine()).isTrue();
        assertThat(headache.photophobia()).isTrue();
        assertThat(headache.origin().late()).isTrue();
        assertThat(headache.medicines()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Sumatriptan 50 mg");
            assertThat(m.takenOn()).isEqualTo(yesterday);
        });
        var seen = fixtures.runAs(Fixtures.ANNA, () -> access.access(client.id()));
        assertThat(seen.recordedLast28()).isEqualTo(8);
        assertThat(seen.lastEntryByClient()).isTrue();
        assertThat(seen.devices()).singleElement().satisfies(d -> assertThat(d.label())
                .contains("Chrome"));
        var summary = fixtures.runAs(Fixtures.ANNA, () -> diary.summary(client.id()));
        assertThat(summary.midas()).singleElement().satisfies(m -> assertThat(m.clientReported())
                .isTrue());
        assertThat(summary.hit6()).singleElement().satisfies(h -> {
            assertThat(h.total()).isEqualTo(60);
            assertThat(h.clientReported()).isTrue();
        });

        // Booking from the diary: the phone names the client; only the type and the time to choose.
        java.util.List<org.headroom.appointment.WorkingStretch> week = new java.util.ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            week.add(new org.headroom.appointment.WorkingStretch(
                    d, java.time.LocalTime.of(0, 0), java.time.LocalTime.of(23, 55)));
        }
        fixtures.runAs(Fixtures.ANNA, () -> hours.setWeek(week));
        driver.get(url("/diary"));
        click("open-booking");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diary-booking-heading")));
        axe("the diary's appointments page");
        readability("the diary's appointments page");
        assertThat(smallTargets())
                .as("targets under 44 px on the diary's appointments page")
                .isEmpty();
        assertThat(textOf("diary-appointments")).contains("Nothing booked");
        click(driver.findElement(By.cssSelector("#diary-booking-page .hr-booking-choices vaadin-button[id^=type-]"))
                .getAttribute("id"));
        String time = wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#booking-times .hr-booking-slots vaadin-button")))
                .getAttribute("id");
        assertThat(scrollWidth()).as("the free times fit a phone").isLessThanOrEqualTo(innerWidth());
        click(time);
        click("booking-book");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("booking-status"), "Booked for"));
        assertThat(textOf("diary-appointments")).contains("Anna Therapist");
        assertThat(fixtures.runAs(Fixtures.ANNA, () -> appointments.forClient(client.id())))
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(org.headroom.appointment.AppointmentStatus.BOOKED));

        // Forgetting the device: the cookie no longer opens the diary.
        driver.get(url("/diary"));
        click("open-settings");
        click("forget-device");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "No diary on this device"));
        driver.get(url("/diary"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "No diary on this device"));
    }

    /** Types into a field scrolled to the middle of the screen, clear of anything fixed at the edges. */
    private void typeCentred(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        wait.until(ExpectedConditions.elementToBeClickable(input)).click();
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    /** Ticks a checkbox by its box, as a finger does. */
    private void clickInput(String id) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
    }
}
