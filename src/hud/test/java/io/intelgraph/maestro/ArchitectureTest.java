package io.intelgraph.maestro;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the house (docs/ARCHITECTURE.md), checked on the shipped classes of all three
 * modules: rego and core arrive on this module's test class path, hud's own main classes with them.
 * Test classes are left out, this module's and those of core's test-jar (the harness, benchmarks).
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeCoreTestJar.class})
class ArchitectureTest {

    static final String ROOT = "io.intelgraph.maestro";

    private static final String UI = ROOT + ".ui..";
    private static final String MODEL = ROOT + ".model..";
    private static final String REGO = ROOT + ".rego..";
    private static final String SIM = ROOT + ".sim..";
    private static final String CLI = ROOT + ".cli..";
    private static final String PROJECT = ROOT + "..";
    private static final String[] GUI_LIBRARIES = {"javafx..", "atlantafx..", "org.controlsfx.."};

    /** Core's test-jar: in the reactor it is core's test-classes (left out by DoNotIncludeTests), else a jar. */
    static final class DoNotIncludeCoreTestJar implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*/maestro-core-[^/]*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    @ArchTest
    void importsEveryModuleButNoTests(JavaClasses classes) {
        // A rule over too few classes passes for the wrong reason: check what was imported.
        assertTrue(classes.contain(ROOT + ".rego.RegoPolicy"), "rego's classes are imported");
        assertTrue(classes.contain(ROOT + ".cli.Main"), "core's classes are imported");
        assertTrue(classes.contain(ROOT + ".ui.GuiCommand"), "hud's classes are imported");
        assertFalse(classes.contain(ROOT + ".testing.SimHarness"), "core's test-jar is left out");
        assertFalse(classes.contain(ROOT + ".testing.OnFx"), "hud's test classes are left out");
        assertFalse(classes.contain(ArchitectureTest.class.getName()), "this test is left out");
    }

    @ArchTest
    void noCyclesBetweenPackages(JavaClasses classes) {
        slices().matching(ROOT + ".(*)..")
                .should().beFreeOfCycles()
                .because("a package that can be read, tested and moved alone depends one way; "
                        + "a cycle (kube ↔ preview, config ↔ store) welds two features into one")
                .check(classes);
    }

    @ArchTest
    void noCyclesBetweenModelPackages(JavaClasses classes) {
        slices().matching(ROOT + ".model.(*)..")
                .should().beFreeOfCycles()
                .because("each domain's records (build, repo, evidence, policy, preview, distill) build on "
                        + "the ones below them, so a domain can be understood without the rest")
                .check(classes);
    }

    @ArchTest
    void onlyTheUiUsesJavaFx(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(GUI_LIBRARIES)
                .because("core runs headless (CLI, hub, tests) with no JavaFX on its class path; "
                        + "views and view models live in ui")
                .check(classes);
    }

    @ArchTest
    void regoDependsOnNothingElseOfTheProject(JavaClasses classes) {
        noClasses().that().resideInAPackage(REGO)
                .should().dependOnClassesThat(resideInAPackage(PROJECT).and(not(resideInAPackage(REGO))))
                .because("the Rego engine is a library of its own (OPA's conformance suite is its test) "
                        + "and must stay usable without the HUD")
                .check(classes);
    }

    @ArchTest
    void modelDependsOnNothingElseOfTheProject(JavaClasses classes) {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat(resideInAPackage(PROJECT).and(not(resideInAPackage(MODEL))))
                .because("the model is the vocabulary every layer shares: immutable records that know no "
                        + "source, store, engine or view")
                .check(classes);
    }

    @ArchTest
    void coreNeverDependsOnTheUi(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage(UI)
                .should().dependOnClassesThat().resideInAPackage(UI)
                .because("data flows from sources to views, never back; the gui command joins the CLI "
                        + "through cli.SubcommandProvider, not by a reference from core")
                .check(classes);
    }

    @ArchTest
    void storeUiAndModelSeeNoPayloadsAndNoSimulator(JavaClasses classes) {
        noClasses().that().resideInAnyPackage(ROOT + ".store..", UI, MODEL)
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "io.fabric8..", SIM)
                .because("payloads (Jackson trees, fabric8 objects) are parsed into model records at the edge, "
                        + "and the simulator is one source among others, chosen by a composition root")
                .check(classes);
    }

    @ArchTest
    void onlyCompositionRootsReachTheSimulator(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackages(SIM, CLI)
                .should().dependOnClassesThat().resideInAPackage(SIM)
                .because("the simulator stands in for GitHub and the cluster behind the same interfaces; "
                        + "only the programs' composition roots (cli) and the tests pick it")
                .check(classes);
    }

    @ArchTest
    void onlyTheGuiCommandReachesTheCli(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage(CLI)
                .and().haveNameNotMatching(Pattern.quote(ROOT + ".ui.GuiCommand") + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .because("cli holds the programs' composition roots, the top of the graph: sources, engines "
                        + "and views are wired by it and never call back into it (the gui command is the "
                        + "one root that lives in hud)")
                .check(classes);
    }
}
