package org.headroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                        "org.headroom.demo..")
                .check(classes);
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
}
