package org.headroom.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeFixtures;
import org.headroom.intake.IntakeService;
import org.headroom.treatment.SessionNoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every route that names a record, opened by a second therapist with the first one's ids, is not found. */
class RouteAccessTest extends ViewTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntakeService intakes;

    @Autowired
    ConsentService consents;

    @Autowired
    SessionNoteService notes;

    @Test
    @WithUserDetails(BEN)
    void every_record_route_is_not_found_for_another_therapist() throws Exception {
        ClientDetails client = fixtures.clientOf(ANNA, "Route", "Owner");
        long[] ids = fixtures.runAs(ANNA, () -> {
            var intake = intakes.start(client.id());
            var text = consents.currentTexts().stream()
                    .filter(t -> t.type() == ConsentType.TREATMENT)
                    .findFirst()
                    .orElseThrow();
            consents.record(client.id(), null, IntakeFixtures.typed(text, true, "Route Owner"));
            var note = notes.start(client.id());
            return new long[] {intake.id(), note.id()};
        });

        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> tried = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.headroom")) {
            Route route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
            String template = route.value();
            // Token routes and the client's own diary pages (reached by a device cookie, not a record id) are
            // tested where they are built.
            // The public booking page names a therapist, not a record.
            if (!template.contains(":")
                    || template.contains(":token")
                    || template.startsWith("diary/")
                    || template.startsWith("book/")) {
                continue;
            }
            String path = template.replaceAll("\\(.*?\\)", "")
                    .replace(":clientId", Long.toString(client.id()))
                    .replace(":intakeId", Long.toString(ids[0]))
                    .replace(":noteId", Long.toString(ids[1]));
            assertThat(path).as("every parameter is filled: " + template).doesNotContain(":");
            tried.add(path);
            assertThat(navigateTo(path).getClass().getSimpleName()).as(path).isEqualTo("NotFoundView");
        }
        assertThat(tried).hasSizeGreaterThanOrEqualTo(6);
    }
}
