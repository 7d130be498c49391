package io.intelgraph.maestro.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** How the UI runs work and talks to the user, held in place (issue 12, items 3 and 5). */
class UiRulesTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.intelgraph.maestro.ui");

    /** By name: the importer sees only this project's classes, not the JDK's hierarchy (archunit.properties). */
    private static final Set<String> POOLS = Set.of(Thread.class.getName(), ThreadPoolExecutor.class.getName(),
            ScheduledThreadPoolExecutor.class.getName(), ForkJoinPool.class.getName());

    @Test
    void onlyTheTaskExecutorAndTheSnapshotPumpHandWorkToTheFxThread() {
        noClasses().that().resideOutsideOfPackage("..ui.task..").and().doNotHaveSimpleName("FxSnapshotPump")
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("results reach the FX thread through the injected TaskExecutor, which tests replace")
                .check(UI);
    }

    @Test
    void onlyTheTaskExecutorStartsThreads() {
        noClasses().that().resideOutsideOfPackage("..ui.task..")
                .should().callMethodWhere(describe("a thread-pool factory",
                        call -> call.getTargetOwner().isEquivalentTo(Executors.class)))
                .orShould().callConstructorWhere(describe("a thread pool or thread",
                        call -> POOLS.contains(call.getTargetOwner().getName())))
                .because("one bounded pool, closed on exit, runs all of the UI's background work")
                .check(UI);
    }

    @Test
    void onlyTheDialogServiceOpensDialogs() {
        // By name, as for the pools.
        noClasses().that().resideOutsideOfPackage("..ui.dialog..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Dialog.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Alert.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(TextInputDialog.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ChoiceDialog.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(FileChooser.class.getName())
                .because("views and view models ask through the DialogService, which tests script")
                .check(UI);
    }

    @Test
    void viewModelsHandOutNoWritableProperty() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("ViewModel").and().arePublic()
                .should().notHaveRawReturnType(describe("a writable JavaFX property",
                        type -> type.getPackageName().equals("javafx.beans.property")
                                && !type.getSimpleName().startsWith("ReadOnly")))
                .because("a view changes a view model's state through its methods; its properties are read-only")
                .check(UI);
    }
}
