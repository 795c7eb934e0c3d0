package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryAccessService;
import org.headroom.diary.DiaryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phone loses its connection just as the client taps "No headache today": when it is back, the
 * tap reaches the server once, the page shows the day as recorded, and the diary holds one line.
 */
class ClientDiaryOfflineJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DiaryAccessService access;

    @Autowired
    DiaryService diary;

    @Override
    String windowSize() {
        return "390,844";
    }

    @Test
    void a_tap_made_offline_is_saved_once_when_the_connection_returns() throws Exception {
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Orla", Fixtures.unique("Offline"));
        String path =
                fixtures.runAs(Fixtures.ANNA, () -> access.start(client.id()).path());
        driver.get(url("/" + path));
        typeDate("diary-dob", "17/05/1984");
        click("diary-open");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("today-free")));

        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        network(chrome, true);
        click("today-free");
        Thread.sleep(3000);
        network(chrome, false);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("today-free")));
        assertThat(textOf("diary-today")).contains("No headache").doesNotContain("No headache today");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(fixtures.runAs(Fixtures.ANNA, () -> diary.entries(client.id(), today, today)))
                .as("saved once")
                .hasSize(1);
    }

    private static void network(ChromeDriver chrome, boolean offline) {
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
