package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeLinkService;
import org.headroom.intake.IntakeService;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of the application, as a therapist, as the practice admin and as anyone on the public
 * pages, in the light and the dim colours (the device's setting followed): axe-core finds no WCAG
 * 2.0-2.2 A or AA violation, each page has one h1 and one main landmark, the ground is the scheme's,
 * and at 320 CSS px (and at 640, a 1280 px screen at 200 % zoom) nothing scrolls sideways. The
 * dialogs the pages open are checked open. With -Dheadroom.screenshots=true, screenshots of every
 * page and dialog in both schemes at 1280 and 320 px land in target/screenshots (for looking at by
 * hand; see docs/accessibility.md).
 */
class AccessibilitySweepTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    DiaryService diary;

    @Autowired
    ConsentService consents;

    @Autowired
    SessionNoteService notes;

    @Autowired
    IntakeService intakes;

    @Autowired
    IntakeLinkService links;

    private final List<String> findings = new ArrayList<>();
    private long emulatedWidth = 1280;

    @Override
    String windowSize() {
        return "1280,900";
    }

    /** A page to look at, by address, and the dialogs its buttons open. */
    private record Page(String name, String path, List<String> dialogButtons) {
        Page(String name, String path) {
            this(name, path, List.of());
        }
    }

    @Test
    void every_page_meets_wcag_aa_in_light_and_dim_and_reflows_at_320_px() throws Exception {
        // The production build only: the development build adds its own tool overlays, one of them
        // wider than a 320 px screen; ./mvnw verify runs this on the production jar.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                ProductionServer.wanted(), "for the production jar (./mvnw verify runs it there)");
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Ada", "Sweep");
        ClientDetails newcomer = fixtures.clientOf(Fixtures.ANNA, "Lin", "Sweep");
        long[] ids = fixtures.runAs(Fixtures.ANNA, () -> record(client.id()));
        String c = "/clients/" + client.id();

        List<Page> therapist = List.of(
                new Page("today", "/today", List.of("account-colours")),
                new Page("calendar-week", "/calendar?view=week", List.of("hours-open", "feed-open", "book-add")),
                new Page("calendar-day", "/calendar?view=day"),
                new Page("calendar-list", "/calendar?view=list"),
                new Page("clients", "/clients"),
                new Page("client", c, List.of("client-book", "client-diary-start")),
                new Page("client-new-intake", "/clients/" + newcomer.id(), List.of("send-intake")),
                new Page("client-edit", c + "/edit"),
                new Page(
                        "migraine-history",
                        c + "/history",
                        List.of(
                                "diary-add",
                                "diary-transcribe",
                                "record-midas",
                                "record-hit6",
                                "record-ratings",
                                "set-baseline")),
                new Page("intake", c + "/intakes/" + ids[0], List.of("record-consents")),
                new Page("note-signed", c + "/notes/" + ids[1]),
                new Page("note-draft", c + "/notes/" + ids[2], List.of("note-discard")),
                new Page("report", c + "/report"),
                new Page("practice-outcomes", "/outcomes"),
                new Page("record-access", "/record-access"),
                new Page("marketing", "/marketing"),
                new Page("account-security", "/account/security"));
        List<Page> admin = List.of(
                new Page("admin-users", "/admin/users", List.of("new-account")),
                new Page("admin-clients", "/admin/clients"),
                new Page("admin-audit", "/admin/audit"),
                new Page("admin-outbox", "/admin/outbox"),
                new Page("admin-contraindications", "/admin/contraindications"),
                new Page("admin-calendar", "/admin/calendar"),
                new Page("admin-appointment-types", "/admin/appointment-types", List.of("type-add")));
        for (String scheme : List.of("light", "dark")) {
            // A fresh intake link each time: sending one from the client's page replaces the last.
            String intakeLink = fixtures.runAs(Fixtures.ANNA, () -> links.create(newcomer.id()))
                    .path();
            List<Page> everyone = List.of(
                    new Page("sign-in", "/login"),
                    new Page("intake-link", "/" + intakeLink),
                    new Page("intake-link-unknown", "/intake-link/" + "A".repeat(43)),
                    new Page("booking", "/book"),
                    new Page("appointment-link-unknown", "/appointment/" + "B".repeat(43)),
                    new Page("diary-start-unknown", "/diary/start/" + "C".repeat(43)),
                    new Page("diary-without-device", "/diary"),
                    new Page("stop-reminders-unknown", "/diary/stop-reminders/" + "D".repeat(43)),
                    // Without a remembered device the diary's pages say so (with one: ClientDiaryJourneyTest).
                    new Page("diary-day-without-device", "/diary/day/" + TODAY),
                    new Page("diary-questionnaire-without-device", "/diary/questionnaire/midas"),
                    new Page("diary-book-without-device", "/diary/book"));
            // Reduced motion: axe sees each page and dialog as it rests, never half way through a
            // fade (Lumo animates opening dialogs and colour changes).
            deviceScheme(scheme, true);
            sweep(everyone, scheme, true);
            signIn(Fixtures.ANNA, Fixtures.PASSWORD);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-page")));
            sweep(therapist, scheme);
            signOut();
            signIn(Fixtures.ADMIN, Fixtures.PASSWORD);
            settle();
            sweep(admin, scheme);
            signOut();
        }
        assertThat(findings).as("WCAG findings on every page, both schemes").isEmpty();
    }

    private void sweep(List<Page> pages, String scheme) throws Exception {
        sweep(pages, scheme, false);
    }

    private void sweep(List<Page> pages, String scheme, boolean publicPages) throws Exception {
        String ground = "dark".equals(scheme) ? DIM_GROUND : LIGHT_GROUND;
        for (Page page : pages) {
            String step = page.name() + " (" + scheme + ")";
            open(page);
            if (!ground.equals(ground())) {
                findings.add(step + ": ground " + ground() + ", not the scheme's " + ground);
            }
            findings.addAll(axeFindings(step));
            findings.addAll(structure(step));
            if (publicPages && "light".equals(scheme)) {
                Readability r = readability(page.name());
                if (r.readingEase() < 60) {
                    findings.add(step + ": reading ease " + Math.round(r.readingEase()) + ", below plain English");
                }
            }
            shot(page.name() + "-" + scheme + "-1280");
            for (String button : page.dialogButtons()) {
                dialog(page, step, button, scheme);
            }
            // The same page on a 320 px phone, and (once: the layout is the same in both schemes)
            // at 640 px, a 1280 px screen at 200 % zoom.
            for (int width : "light".equals(scheme) ? new int[] {320, 640} : new int[] {320}) {
                phone(width);
                emulatedWidth = width;
                settle();
                reflow(page.name() + " (" + scheme + ") at " + width + " px", width);
                if (width == 320) {
                    shot(page.name() + "-" + scheme + "-320");
                    if (publicPages) {
                        smallTargets().forEach(t -> findings.add(step + " at 320 px: target under 44 px: " + t));
                    }
                }
            }
            desktop();
            emulatedWidth = 1280;
        }
    }

    private void reflow(String step, int width) {
        if (innerWidth() != width) {
            findings.add(step + ": the phone widened the page to " + innerWidth() + " px to fit it");
        }
        long scroll = scrollWidth();
        if (scroll > innerWidth()) {
            findings.add(step + ": scrolls sideways, " + scroll + " px wide");
        }
        cutOff().forEach(t -> findings.add(step + ": off the screen: " + t));
    }

    private void dialog(Page page, String step, String button, String scheme) throws Exception {
        if (driver.findElements(By.id(button)).isEmpty()) {
            findings.add(step + ": no #" + button + " to open its dialog");
            return;
        }
        click(button);
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(OPEN_DIALOG)));
        } catch (org.openqa.selenium.TimeoutException e) {
            findings.add(step + ": #" + button + " opened no dialog");
            return;
        }
        settle();
        findings.addAll(axeFindings(step + " with the dialog of #" + button));
        shot(page.name() + "-" + button + "-" + scheme);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(OPEN_DIALOG)));
    }

    private static final String OPEN_DIALOG = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";

    /**
     * Controls that stick out of the screen's sides: a page may not scroll sideways and still cut a
     * button off inside a box that hides its overflow. Inside something that scrolls (a grid, the
     * week's time grid) is allowed.
     */
    @SuppressWarnings("unchecked")
    private List<String> cutOff() {
        return (List<String>)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                """
                const up = n => n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host) || null;
                const layout = document.querySelector('vaadin-app-layout');
                const drawerShut = layout && !layout.hasAttribute('drawer-opened');
                const scrolls = e => {
                  for (let n = up(e); n && n !== document.body; n = up(n)) {
                    if (/(auto|scroll)/.test(getComputedStyle(n).overflowX)) return true;
                  }
                  return false;
                };
                return [...document.querySelectorAll('vaadin-button, a[href], vaadin-checkbox, vaadin-radio-button,'
                    + ' vaadin-text-field, vaadin-date-picker, vaadin-select, vaadin-combo-box, vaadin-integer-field')]
                  .filter(e => e.offsetParent !== null && !e.closest('[aria-hidden=true]'))
                  .filter(e => !(drawerShut && e.closest('[slot=drawer]')))
                  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
                  .filter(e => !scrolls(e))
                  .map(e => e.localName + (e.id ? '#' + e.id : '') + ' [' + (e.innerText || '').trim().slice(0, 30) + ']');""");
    }

    private void open(Page page) {
        driver.get(url(page.path()));
        settle();
    }

    /** One h1, one main landmark (looking inside the components' shadow roots too). */
    private List<String> structure(String step) {
        List<String> found = new ArrayList<>();
        long h1 = ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return [...document.querySelectorAll('h1')]"
                                + ".filter(h => h.offsetParent !== null).length"))
                .longValue();
        if (h1 != 1) {
            found.add(step + ": " + h1 + " visible h1 elements");
        }
        long main = ((Number)
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        """
                const all = [];
                const walk = root => root.querySelectorAll('*').forEach(e => {
                  if (e.localName === 'main' || e.getAttribute('role') === 'main') all.push(e);
                  if (e.shadowRoot) walk(e.shadowRoot);
                });
                walk(document);
                return all.length;"""))
                .longValue();
        if (main != 1) {
            found.add(step + ": " + main + " main landmarks");
        }
        return found;
    }

    /** Screenshots are for people to look at: taken when -Dheadroom.screenshots=true. */
    private static final boolean SHOTS = Boolean.getBoolean("headroom.screenshots");

    private void shot(String name) throws Exception {
        if (!SHOTS) {
            return;
        }
        Path dir = Path.of("target", "screenshots", "a11y" + (ProductionServer.wanted() ? "-production" : ""));
        Files.createDirectories(dir);
        // The whole page, not only the window: the window is made as tall as what scrolls inside it.
        long extra = ((Number)
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        """
                let most = 0;
                const walk = root => root.querySelectorAll('*').forEach(e => {
                  const s = getComputedStyle(e);
                  if (/(auto|scroll)/.test(s.overflowY)) most = Math.max(most, e.scrollHeight - e.clientHeight);
                  if (e.shadowRoot) walk(e.shadowRoot);
                });
                walk(document);
                return Math.max(most, document.documentElement.scrollHeight - innerHeight);"""))
                .longValue();
        long width = emulatedWidth;
        long height = Math.min(
                12000,
                ((Number) ((JavascriptExecutor) driver).executeScript("return innerHeight")).longValue()
                        + Math.max(0, extra));
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width <= 640));
        Map<String, Object> result =
                ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        if (width <= 640) {
            phone((int) width);
        } else {
            desktop();
        }
        Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) result.get("data")));
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
    }

    /** A completed intake, a signed and a draft note, three months of diary: ids of intake and notes. */
    private long[] record(long clientId) {
        LocalDate baseline = TODAY.minusDays(84);
        diary.setBaseline(clientId, baseline);
        org.headroom.diary.DiaryTestData.period(diary, clientId, baseline, 6);
        org.headroom.diary.DiaryTestData.period(diary, clientId, baseline.plusDays(28), 3);
        org.headroom.diary.DiaryTestData.period(diary, clientId, baseline.plusDays(56), 2);
        var text = consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.TREATMENT)
                .findFirst()
                .orElseThrow();
        consents.record(clientId, null, IntakeFixtures.typed(text, true, "Ada Sweep"));
        var intake = intakes.start(clientId);
        intakes.complete(intake.id(), intake.version(), IntakeFixtures.complete());
        var signed = notes.start(clientId);
        var form = signed.content();
        form.setDate(baseline.plusDays(40));
        form.setDurationMinutes(60);
        form.setPainBefore(6);
        form.setPainAfter(2);
        form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 20, PressureLevel.LIGHT)));
        form.setAreas(EnumSet.of(BodyRegion.TEMPLE_LEFT, BodyRegion.OCCIPUT));
        notes.sign(signed.id(), signed.version(), form, null);
        var draft = notes.start(clientId);
        return new long[] {intake.id(), signed.id(), draft.id()};
    }
}
