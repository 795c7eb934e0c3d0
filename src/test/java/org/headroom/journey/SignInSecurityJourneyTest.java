package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import org.headroom.Fixtures;
import org.headroom.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in as the browser sees it: headers, a new session id, and the second factor. */
class SignInSecurityJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.headroom.security.UserAccountService accounts;

    @Autowired
    org.headroom.security.TwoFactorService twoFactor;

    @Test
    void pages_carry_the_security_headers_and_the_session_id_changes_at_sign_in() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(Fixtures.ANNA, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        String after = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void an_account_with_two_factor_needs_the_code_after_the_password() {
        String username = Fixtures.unique("otp.journey.").toLowerCase();
        var account = new org.headroom.security.NewAccount();
        account.setUsername(username);
        account.setDisplayName("Otto Pass");
        account.setInitialPassword("a long enough password");
        account.setRoles(EnumSet.of(org.headroom.security.Role.THERAPIST));
        fixtures.runAs(Fixtures.ADMIN, () -> accounts.create(account));
        String secret = fixtures.runAs(username, () -> {
            var enrolment = twoFactor.start();
            twoFactor.confirm(TotpCodes.code(enrolment.secret(), Instant.now()));
            return enrolment.secret();
        });

        signIn(username, "a long enough password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("two-factor-code")));
        driver.get(url("/clients"));
        assertThat(driver.findElements(By.id("clients")))
                .as("no client list before the code")
                .isEmpty();
        driver.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("two-factor-code")));
        type("two-factor-code", "123456");
        click("two-factor-verify");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("two-factor-problem"), "That code is not right"));
        // The code page in both colour schemes, showing its problem (the sweep cannot reach it).
        axe("the two-factor page, light");
        // Reduced motion: switching the scheme on an open page would otherwise fade the colours,
        // and axe must not sample them half way.
        deviceScheme("dark", true);
        wait.until(d -> DIM_GROUND.equals(ground()));
        axe("the two-factor page, dim");
        deviceScheme("light", false);
        type("two-factor-code", TotpCodes.code(secret, Instant.now().plusSeconds(30)));
        click("two-factor-verify");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
    }
}
