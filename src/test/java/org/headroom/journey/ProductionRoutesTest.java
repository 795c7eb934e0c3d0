package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.Fixtures;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeLinkService;
import org.headroom.intake.IntakeService;
import org.headroom.treatment.BodyRegion;
import org.headroom.treatment.PressureLevel;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;
import org.headroom.treatment.Technique;
import org.headroom.treatment.TechniqueUse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route of the application, opened directly (as a reload, a bookmark or the page after
 * signing in) in the production build, as the right user, with records on every page: no Vaadin
 * element may stay undefined. The production bundle holds for each route only the components it
 * finds from that route's classes, so a component made elsewhere (a Spring bean that builds a
 * section) shows nothing there while development mode shows it. Runs against the production jar.
 */
class ProductionRoutesTest extends BrowserTest {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)(\\([^)]*\\))?\\??");

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    DiaryService diary;

    @Autowired
    SessionNoteService notes;

    @Autowired
    IntakeLinkService links;

    /** No page pushes, so the production build leaves Vaadin's push out (docs/adr/0020, start-up). */
    @Test
    void the_production_jar_carries_no_push_framework() throws Exception {
        assumeTrue(ProductionServer.wanted(), "for the production jar (./mvnw verify runs it there)");
        java.nio.file.Path jar = java.nio.file.Path.of(System.getProperty(ProductionServer.JAR_PROPERTY));
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertThat(file.stream().map(java.util.jar.JarEntry::getName))
                    .filteredOn(name -> name.contains("atmosphere") || name.contains("flow-push"))
                    .isEmpty();
            assertThat(file.stream().map(java.util.jar.JarEntry::getName))
                    .as("the jar's libraries are where this test looks")
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/flow-server"));
        }
    }

    @Test
    void every_route_opened_directly_defines_every_vaadin_element() throws Exception {
        assumeTrue(ProductionServer.wanted(), "for the production jar (./mvnw verify runs it there)");
        Map<String, String> values = records();
        String twoFactorUser = twoFactorAccount();
        Map<String, List<String>> byUser = new TreeMap<>();
        for (Class<?> view : routeClasses()) {
            String user = userFor(view, twoFactorUser);
            for (String template : templates(view)) {
                byUser.computeIfAbsent(user, u -> new ArrayList<>()).add("/" + fill(template, values));
            }
        }
        assertThat(byUser.values().stream().mapToInt(List::size).sum())
                .as("the routes found")
                .isGreaterThan(15);
        Map<String, List<String>> undefined = new LinkedHashMap<>();
        for (var entry : byUser.entrySet()) {
            driver.manage().deleteAllCookies();
            if (!entry.getKey().isEmpty()) {
                signIn(entry.getKey(), Fixtures.PASSWORD);
                wait.until(d -> !d.getCurrentUrl().contains("/login"));
            }
            for (String path : entry.getValue()) {
                driver.get(url(path));
                idle();
                assertThat(driver.getCurrentUrl())
                        .as("%s opened as %s, not sent elsewhere", path, entry.getKey())
                        .endsWith(path.equals("/") ? "/today" : path);
                List<String> missing = undefinedElements();
                if (!missing.isEmpty()) {
                    undefined.put(path + " as " + entry.getKey(), missing);
                }
            }
        }
        assertThat(undefined)
                .as("Vaadin elements left undefined on a direct load")
                .isEmpty();
    }

    /** A client with every kind of record, so that every section of every page has something to show. */
    private Map<String, String> records() {
        ClientDetails client = fixtures.diaryClientOf(Fixtures.ANNA, "Every", "Route");
        ClientDetails linked = fixtures.clientOf(Fixtures.ANNA, "Link", "Route");
        return fixtures.runAs(Fixtures.ANNA, () -> {
            var draft = intakes.start(client.id());
            var intake = intakes.complete(draft.id(), draft.version(), IntakeFixtures.complete());
            consents.currentTexts()
                    .forEach(t ->
                            consents.record(client.id(), intake.id(), IntakeFixtures.typed(t, true, "Every Route")));
            LocalDate baseline = LocalDate.now().minusDays(70);
            diary.setBaseline(client.id(), baseline);
            for (int day = 1; day < 70; day += 5) {
                DiaryEntryForm attack = DiaryEntryForm.attackOn(baseline.plusDays(day));
                attack.setStartTime(LocalTime.of(8, 0));
                attack.setDurationHours(3.0);
                attack.setIntensity(6);
                diary.save(client.id(), null, attack);
            }
            var note = notes.start(client.id());
            SessionNoteForm form = note.content();
            form.setDurationMinutes(45);
            form.setPainBefore(6);
            form.setPainAfter(3);
            form.setTechniques(List.of(new TechniqueUse(Technique.ACUPRESSURE, 30, PressureLevel.LIGHT)));
            form.setAreas(EnumSet.of(BodyRegion.OCCIPUT));
            notes.sign(note.id(), note.version(), form, null);
            String link = links.create(linked.id()).path();
            return Map.of(
                    "clientId", String.valueOf(client.id()),
                    "intakeId", String.valueOf(intake.id()),
                    "noteId", String.valueOf(note.id()),
                    "token", link.substring(link.lastIndexOf('/') + 1),
                    "date", LocalDate.now().toString(),
                    "instrument", "midas",
                    "therapistId", String.valueOf(client.therapistId()));
        });
    }

    private static List<Class<?>> routeClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.headroom")) {
            found.add(Class.forName(definition.getBeanClassName()));
        }
        return found;
    }

    private static List<String> templates(Class<?> view) {
        List<String> templates = new ArrayList<>();
        templates.add(view.getAnnotation(Route.class).value());
        for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
            templates.add(alias.value());
        }
        return templates;
    }

    /**
     * Who opens the route: a therapist for theirs and for every signed-in page, the admin for admin
     * pages, an account half way through two-factor sign-in for the code page, nobody for public ones.
     */
    private static String userFor(Class<?> view, String twoFactorUser) {
        if (view.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
            return Fixtures.ANNA;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return "";
        }
        List<String> allowed = List.of(roles.value());
        if (allowed.contains("THERAPIST")) {
            return Fixtures.ANNA;
        }
        return allowed.contains("PRACTICE_ADMIN") ? Fixtures.ADMIN : twoFactorUser;
    }

    @Autowired
    org.headroom.security.UserAccountService accounts;

    @Autowired
    org.headroom.security.TwoFactorService twoFactor;

    /** An account with two-factor sign-in, whose password alone leads to the code page. */
    private String twoFactorAccount() {
        String username = Fixtures.unique("routes.otp.").toLowerCase();
        var account = new org.headroom.security.NewAccount();
        account.setUsername(username);
        account.setDisplayName("Route Otp");
        account.setInitialPassword(Fixtures.PASSWORD);
        account.setRoles(EnumSet.of(org.headroom.security.Role.THERAPIST));
        fixtures.runAs(Fixtures.ADMIN, () -> accounts.create(account));
        fixtures.runAs(username, () -> {
            var enrolment = twoFactor.start();
            return twoFactor.confirm(org.headroom.TotpCodes.code(enrolment.secret(), java.time.Instant.now()));
        });
        return username;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = values.get(parameter.group(1));
            assertThat(value)
                    .as("a test value for route parameter " + parameter.group(1))
                    .isNotNull();
            parameter.appendReplacement(path, value);
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private void idle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    @SuppressWarnings("unchecked")
    private List<String> undefinedElements() {
        return (List<String>) ((JavascriptExecutor) driver)
                // Flow's own placeholders and the grid's light-DOM cells are not custom elements.
                .executeScript("return [...new Set([...document.querySelectorAll('*')].map(e => e.localName)"
                        + ".filter(n => n.includes('-') && !n.startsWith('flow-container')"
                        + " && n !== 'vaadin-grid-cell-content' && !customElements.get(n)))];");
    }
}
