package io.intelgraph.maestro;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Core runs headless (the CLI, the hub, CI): no JavaFX library may reach its class path, not even
 * through a dependency's dependency. ArchitectureTest (in hud) forbids the references; this test
 * forbids the jars, on the class path core's own tests run with.
 */
class HeadlessClassPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"javafx.application.Platform", "javafx.scene.Node", "atlantafx.base.theme.Styles",
            "org.controlsfx.control.Notifications"})
    void noGuiLibraryIsOnTheClassPath(String guiClass) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(guiClass, false, loader()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"picocli.CommandLine", "io.fabric8.kubernetes.client.KubernetesClient",
            "io.intelgraph.maestro.rego.RegoPolicy"})
    void theLookUpFindsWhatIsThere(String coreClass) {
        // The control: the same look-up succeeds for core's real dependencies, so the test above can fail.
        assertDoesNotThrow(() -> Class.forName(coreClass, false, loader()));
    }

    private static ClassLoader loader() {
        return HeadlessClassPathTest.class.getClassLoader();
    }
}
