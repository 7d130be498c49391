package io.intelgraph.maestro;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of docs/ARCHITECTURE.md, enforced. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.intelgraph.maestro");

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.intelgraph.maestro.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void modelDependsOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("io.intelgraph.maestro.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.intelgraph.maestro.github..", "io.intelgraph.maestro.store..", "io.intelgraph.maestro.sim..",
                        "io.intelgraph.maestro.cli..", "io.intelgraph.maestro.ui..", "io.intelgraph.maestro.config..")
                .check(MAIN);
    }

    @Test
    void nothingDownstreamSeesJacksonOrTheSimulator() {
        noClasses().that().resideInAnyPackage("io.intelgraph.maestro.store..", "io.intelgraph.maestro.ui..",
                        "io.intelgraph.maestro.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "io.intelgraph.maestro.sim..")
                .check(MAIN);
    }

    @Test
    void coreDoesNotReachIntoCliOrUi() {
        noClasses().that().resideInAnyPackage("io.intelgraph.maestro.github..", "io.intelgraph.maestro.store..",
                        "io.intelgraph.maestro.sim..", "io.intelgraph.maestro.config..", "io.intelgraph.maestro.supplychain..",
                        "io.intelgraph.maestro.distill..", "io.intelgraph.maestro.runners..")
                .should().dependOnClassesThat().resideInAnyPackage("io.intelgraph.maestro.cli..", "io.intelgraph.maestro.ui..")
                .check(MAIN);
    }
}
