package org.civitas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.container.PreMatching;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the shape of DESIGN.md: feature first, four layers, one place that resolves the tenant. */
class ArchitectureTest {
    private static final String[] FEATURES = {"tenancy", "identity", "theming", "consultation", "portal", "participation",
            "followup", "analysis", "privacy", "audit", "demo"};
    private static JavaClasses classes;

    @BeforeAll
    static void importPlatform() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civitas");
    }

    @Test
    void theDomainImportsNoOtherLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("org.civitas..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civitas..application..", "org.civitas..api..",
                        "org.civitas..persistence..", "jakarta.ws.rs..", "jakarta.servlet..");
        rule.check(classes);
    }

    @Test
    void theApplicationLayerDoesNotReachIntoApiOrPersistence() {
        noClasses().that().resideInAPackage("org.civitas..application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civitas..api..", "org.civitas..persistence..")
                .check(classes);
    }

    @Test
    void noFeatureTouchesAnotherFeaturesPersistence() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("org.civitas." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.civitas." + feature + ".persistence..")
                    .because("features talk through application services and events, never through each other's persistence")
                    .check(classes);
        }
    }

    @Test
    void onlyTheTenancyFeatureResolvesTheTenant() {
        classes().that().areAnnotatedWith(PreMatching.class)
                .should().resideInAPackage("org.civitas.tenancy.api")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.civitas.tenancy..")
                .should().callMethod(org.civitas.tenancy.application.TenantContext.class, "enter",
                        org.civitas.tenancy.application.ResolvedTenant.class, String.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.civitas.tenancy..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.civitas.tenancy.domain.HostName")
                .check(classes);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.civitas.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civitas.tenancy..", "org.civitas.consultation..",
                        "org.civitas.theming..", "org.civitas.portal..", "org.civitas.demo..")
                .check(classes);
    }

    @Test
    void onlyPersistenceUsesTheEntityManagerDirectly() {
        noClasses().that().resideOutsideOfPackage("org.civitas..persistence..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }
}
