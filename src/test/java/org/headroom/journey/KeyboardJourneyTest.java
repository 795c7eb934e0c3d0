package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.treatment.NoteStatus;
import org.headroom.treatment.SessionNoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A therapist's day without a mouse: signs in, finds a client, records a diary day, writes and
 * signs a session note (the body chart by keyboard), prints it, and prints the outcome report,
 * with Tab, Shift+Tab, Enter, Space and typing only. After every key the focus is checked: it is
 * visible (a focus ring, outline or shadow) and not hidden under anything, such as the sticky
 * header (WCAG 2.4.7 and 2.4.11).
 */
class KeyboardJourneyTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    private final List<String> focusProblems = new ArrayList<>();
    private int keys;

    @Override
    String windowSize() {
        return "1280,900";
    }

    @Test
    void a_therapist_works_through_a_client_with_the_keyboard_only() throws Exception {
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Kay", Fixtures.unique("Keyboard"));
        fixtures.runAs(Fixtures.ANNA, () -> {
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            consents.record(client.id(), null, IntakeFixtures.typed(text, true, client.fullName()));
            diary.setBaseline(client.id(), TODAY.minusDays(30));
            return null;
        });

        // Sign in.
        driver.get(url("/login"));
        settle();
        tabToWhere("the user name", "a.name === 'username'");
        typeKeys(Fixtures.ANNA);
        press(Keys.TAB);
        typeKeys(Fixtures.PASSWORD);
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
        settle();

        // Find the client: the menu, the search, the row.
        tabToWhere(
                "Clients in the menu",
                "hosts.some(h => h.localName === 'vaadin-side-nav-item'"
                        + " && (h.getAttribute('path') || '').replace(/^\\//, '') === 'clients')");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clients")));
        settle();
        tabTo("the search field", "client-search");
        typeKeys(client.lastName());
        // The search has answered when the list holds this client alone: before that, the first row
        // may be another client (whose history would not take a diary entry).
        wait.until(d -> Long.valueOf(1)
                .equals(((JavascriptExecutor) d)
                        .executeScript("const g = document.getElementById('clients'); return g ? g.size : -1;")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients"), client.lastName()));
        settle();
        tabTo("the client's row", "clients", "/body-cell/.test(a.getAttribute('part') || '')");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("client-name"), client.lastName()));
        settle();

        // Record a diary day: the migraine history, a new entry for today.
        tabTo("the migraine history", "open-history");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-page")));
        settle();
        tabTo("a new diary entry", "diary-add");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        settle();
        // A day without headache: never in the future, whatever the time of the run.
        tabTo("what kind of day", "diary-kind");
        press(Keys.ARROW_DOWN);
        tabTo("save", "diary-entry-save");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        assertThat(fixtures.runAs(Fixtures.ANNA, () -> diary.entries(client.id(), TODAY, TODAY)))
                .as("the day recorded by keyboard")
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(org.headroom.diary.EntryKind.HEADACHE_FREE));

        // Write and sign a note: back to the client, a new note.
        shiftTabTo("back to the client", "history-back");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-page")));
        settle();
        tabTo("a new note", "new-note");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-page")));
        settle();
        tabTo("the minutes", "durationMinutes");
        typeKeys("60");
        tabTo("the pain before", "painBefore");
        typeKeys("7");
        tabTo("acupressure", "technique-ACUPRESSURE");
        press(Keys.SPACE);
        tabTo("its minutes", "technique-minutes-ACUPRESSURE");
        typeKeys("20");
        tabToWhere("the occiput on the body chart", "a.getAttribute && a.getAttribute('data-code') === 'OCCIPUT'");
        press(Keys.SPACE);
        tabTo("the pain after", "painAfter");
        typeKeys("3");
        tabTo("sign", "note-sign");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-status"), "Signed"));
        settle();
        var signed = fixtures.runAs(Fixtures.ANNA, () -> notes.list(client.id(), PageRequest.of(0, 1)))
                .getFirst();
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        var content =
                fixtures.runAs(Fixtures.ANNA, () -> notes.get(signed.id())).content();
        assertThat(content.getAreas()).extracting(Enum::name).containsExactly("OCCIPUT");
        assertThat(content.getPainAfter()).isEqualTo(3);

        // Print the note.
        tabTo("print the note", "note-print");
        press(Keys.ENTER);
        assertThat(pdfText()).contains(client.fullName());

        // Print the outcome report.
        tabTo("back to the client", "note-back");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-page")));
        settle();
        tabTo("the outcome report", "open-report");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-page")));
        settle();
        tabTo("the client's PDF", "report-pdf-client");
        press(Keys.ENTER);
        assertThat(pdfText()).contains("Your progress report: " + client.fullName());

        assertThat(focusProblems).as("focus seen after each of %d keys", keys).isEmpty();
    }

    private static String inside(String id) {
        return "hosts.some(h => h.id === '" + id + "')";
    }

    /** Presses Tab until the focus is in the control with this id, checking the focus after each press. */
    private void tabTo(String what, String id) {
        tabTo(what, id, "true");
    }

    /** As {@link #tabTo(String, String)}, where the focused element must also pass the test. */
    private void tabTo(String what, String id, String alsoTest) {
        onPage(id);
        moveFocusTo(what, inside(id) + " && " + alsoTest, Keys.TAB);
    }

    /** Presses Tab until the focus passes the test (for places without an id of their own). */
    private void tabToWhere(String what, String test) {
        moveFocusTo(what, test, Keys.TAB);
    }

    /** As {@link #tabTo(String, String)}, backwards with Shift+Tab. */
    private void shiftTabTo(String what, String id) {
        onPage(id);
        moveFocusTo(what, inside(id), Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /**
     * Waits for the control to be on the page before the presses start: a page still being built
     * would otherwise be toured without it (it happened once in CI).
     */
    private void onPage(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        settle();
    }

    private void moveFocusTo(String what, String test, CharSequence key) {
        // Enough presses to go once round the longest page (the menu, a month of days, the form).
        for (int i = 0; i < 250; i++) {
            press(key);
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(HOSTS + "return !!(" + test + ");"))) {
                return;
            }
        }
        fail("The focus never reached " + what + "; the focus is on "
                + ((JavascriptExecutor) driver)
                        .executeScript(HOSTS + "return hosts.map(h => h.tagName + '#' + h.id).join(' > ');")
                + "; the page has "
                + ((JavascriptExecutor) driver)
                        .executeScript("return Array.from(document.querySelectorAll('[id]')).filter(e =>"
                                + " /add|back|kind/.test(e.id)).map(e => e.id + (e.disabled ? '(disabled)' : ''))"
                                + ".join(', ');"));
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        keys++;
        checkFocus();
    }

    private void typeKeys(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * The focused element shows it (ring, outline or shadow) and nothing covers it. A key that opens
     * a dialog leaves the focus on its button for a moment, under the dialog, until the dialog takes
     * it (once seen in CI): a problem counts only when it is still there a second later.
     */
    private void checkFocus() {
        if (focusProblem().isEmpty()) {
            return;
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(1), Duration.ofMillis(100))
                    .until(d -> focusProblem().isEmpty());
        } catch (TimeoutException e) {
            String problem = focusProblem();
            if (!problem.isEmpty()) {
                focusProblems.add(driver.getCurrentUrl().replaceFirst("https?://[^/]+", "") + ": " + problem);
            }
        }
    }

    private String focusProblem() {
        Object problem = ((JavascriptExecutor) driver)
                .executeScript(
                        HOSTS
                                + """
                if (!a || a === document.body) return '';
                // The development build's own tools (absent from the production build) are not ours.
                if (hosts.some(h => h.localName && /^(copilot|vaadin-dev)/.test(h.localName))) return '';
                const describe = e => e ? (e.localName + (e.id ? '#' + e.id : '')
                    + (e.getAttribute && e.getAttribute('part') ? '[' + e.getAttribute('part') + ']' : '')) : 'nothing';
                const shows = e => {
                  for (const p of [null, '::before', '::after']) {
                    const s = getComputedStyle(e, p);
                    if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none') return true;
                  }
                  // A region of the body chart shows focus by a thick outline stroke.
                  return e instanceof SVGElement && parseFloat(getComputedStyle(e).strokeWidth) >= 2;
                };
                const ring = hosts.find(h => h.hasAttribute && h.hasAttribute('focus-ring'));
                if (!ring && !(a.matches(':focus-visible') && shows(a))) return 'no visible focus on ' + describe(a);
                const t = ring || a;
                const r = t.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return 'focus on something not shown: ' + describe(a);
                if (r.bottom <= 0 || r.top >= innerHeight) return 'focus off the screen: ' + describe(a);
                const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 2);
                const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), 1), innerHeight - 2);
                let hit = document.elementFromPoint(x, y);
                while (hit && hit.shadowRoot) {
                  const inner = hit.shadowRoot.elementFromPoint(x, y);
                  if (!inner || inner === hit) break;
                  hit = inner;
                }
                const within = (outer, inner) => {
                  for (let n = inner; n; n = n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host) || null) {
                    if (n === outer) return true;
                  }
                  return false;
                };
                if (!hit || !(within(t, hit) || within(hit, t))) {
                  const h = hit ? hit.getBoundingClientRect() : null;
                  return 'focus on ' + describe(a) + ' ' + JSON.stringify([Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)])
                      + ' hidden under ' + describe(hit) + (h ? ' ' + JSON.stringify([Math.round(h.left), Math.round(h.top), Math.round(h.width), Math.round(h.height)]) : '');
                }
                return '';
                """);
        return problem == null ? "" : problem.toString();
    }

    private String pdfText() throws Exception {
        var file = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".pdf"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        byte[] pdf = Files.readAllBytes(file);
        Files.delete(file);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
