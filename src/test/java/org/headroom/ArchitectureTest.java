package org.headroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The package rules of docs/adr/0002: package by feature, services as the security boundary. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.headroom");
    }

    @Test
    void features_have_no_dependency_cycles() {
        slices().matching("org.headroom.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.headroom.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.headroom.security..",
                        "org.headroom.client..",
                        "org.headroom.intake..",
                        "org.headroom.diary..",
                        "org.headroom.treatment..",
                        "org.headroom.reporting..",
                        "org.headroom.audit..",
                        "org.headroom.privacy..",
                        "org.headroom.demo..")
                .check(classes);
    }

    /** Only the client's side of a link may be called without an account (ADR 0002). */
    @Test
    void only_the_public_intake_service_is_open_to_anonymous_callers() {
        java.util.Set<String> open = new java.util.TreeSet<>();
        for (JavaClass type : classes) {
            if (opensToAnonymous(type.tryGetAnnotationOfType(PreAuthorize.class))) {
                open.add(type.getName());
            }
            for (var method : type.getMethods()) {
                if (opensToAnonymous(method.tryGetAnnotationOfType(PreAuthorize.class))) {
                    open.add(type.getName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(open)
                .containsExactlyInAnyOrder(
                        "org.headroom.intake.PublicIntakeService",
                        "org.headroom.diary.ClientDiaryService",
                        "org.headroom.appointment.BookingService");
    }

    /**
     * Acting on behalf of a user bypasses who is signed in: only the demo practice (outside
     * production) and a client's own link (an intake link, a diary device) for their therapist may do so.
     */
    @Test
    void only_the_demo_and_client_links_act_on_behalf_of_a_user() {
        org.assertj.core.api.Assertions.assertThat(callersOf("org.headroom.security.SystemAccounts", "runAs"))
                .isSubsetOf(
                        "org.headroom.demo.DemoData",
                        "org.headroom.intake.PublicIntakeService",
                        "org.headroom.diary.ClientDiaryService",
                        "org.headroom.appointment.BookingService");
    }

    /** The kept period figures are recomputed by the diary alone, after its own checks. */
    @Test
    void only_the_diary_recomputes_the_kept_period_figures() {
        org.assertj.core.api.Assertions.assertThat(callersOf("org.headroom.diary.PeriodFiguresStore", "refresh"))
                .isSubsetOf(
                        "org.headroom.diary.DiaryService",
                        "org.headroom.diary.ClientDiaryService",
                        "org.headroom.diary.ClientKeptDiaryDemo");
    }

    private static boolean opensToAnonymous(java.util.Optional<PreAuthorize> guard) {
        return guard.map(g -> g.value().contains("permitAll") || g.value().contains("isAnonymous"))
                .orElse(false);
    }

    /** The other classes (outer ones, lambdas included) that call the owner's methods whose name starts so. */
    private static java.util.Set<String> callersOf(String owner, String methodPrefix) {
        java.util.Set<String> callers = new java.util.TreeSet<>();
        for (JavaClass type : classes) {
            type.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().getName().equals(owner)
                            && !type.getName().startsWith(owner)
                            && call.getName().startsWith(methodPrefix))
                    .forEach(call -> callers.add(call.getOriginOwner().getName().replaceAll("\\$.*", "")));
        }
        return callers;
    }

    @Test
    void views_are_used_only_by_views() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.headroom..ui..")
                .and()
                .doNotHaveSimpleName("SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.headroom..ui..")
                .because("only the security configuration names a view: the login view")
                .check(classes);
    }

    @Test
    void views_do_not_touch_repositories_or_entities() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void entities_and_repositories_stay_inside_their_feature() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void public_application_services_are_transactional_and_guarded() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .should()
                .beAnnotatedWith(Transactional.class)
                .andShould()
                .beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void routes_live_in_ui_packages() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    /**
     * Headroom enforces {@code @PreAuthorize} only (one advisor, SecurityConfiguration, ADR 0020):
     * Spring Security's other method-security annotations would be read by nobody, and a method
     * carrying one would run unguarded.
     */
    @Test
    void no_method_security_annotation_but_pre_authorize() {
        String[] unenforced = {
            "org.springframework.security.access.prepost.PostAuthorize",
            "org.springframework.security.access.prepost.PreFilter",
            "org.springframework.security.access.prepost.PostFilter",
            "org.springframework.security.access.annotation.Secured",
            "org.springframework.security.authorization.method.AuthorizeReturnObject",
            "org.springframework.security.authorization.method.HandleAuthorizationDenied"
        };
        for (String annotation : unenforced) {
            noClasses().should().beAnnotatedWith(annotation).check(classes);
            noMethods().should().beAnnotatedWith(annotation).check(classes);
        }
    }
}
