package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The context picker's reader against fabric8's own kubeconfigs (test resources, kubeconfig/SOURCE.md) and parser. */
class KubeContextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"config-1.yaml", "kubeconfig-oidc", "test-kubeconfig-onlycurrentctx", "test-kubeconfig-empty"})
    void readsTheContextsFabric8Reads(String file) {
        String text = fixture(file);
        var parsed = KubeConfigUtils.parseConfigFromString(text);
        List<String> names = parsed.getContexts() == null ? List.of()
                : parsed.getContexts().stream().map(NamedContext::getName).toList();
        KubeContexts read = KubeContexts.parse(text);
        assertEquals(names, read.names(), file);
        assertEquals(Optional.ofNullable(parsed.getCurrentContext()).filter(names::contains), read.current(), file);
    }

    @Test
    void namesEveryContextInTheFilesOrderAndTheCurrentOne() {
        KubeContexts oidc = KubeContexts.parse(fixture("kubeconfig-oidc"));
        assertEquals(List.of("testns/172-28-128-4:8443/user", "production/172-28-128-4:8443/root",
                "production/172-28-128-4:8443/mmosley"), oidc.names());
        assertEquals(Optional.of("production/172-28-128-4:8443/mmosley"), oidc.current());
        assertEquals(Optional.of("production/172-28-128-4:8443/root"),
                oidc.initial(Optional.empty(), Optional.of("production/172-28-128-4:8443/root")), "the one last picked");

        KubeContexts one = KubeContexts.parse(fixture("config-1.yaml"));
        assertEquals(List.of("selected-context"), one.names());
        assertEquals(Optional.of("selected-context"), one.current());
    }

    @Test
    void aCurrentContextTheFileDoesNotDefineIsNone() {
        KubeContexts only = KubeContexts.parse(fixture("test-kubeconfig-onlycurrentctx"));
        assertEquals(List.of(), only.names());
        assertEquals(Optional.empty(), only.current());
        assertEquals(Optional.empty(), only.initial(Optional.empty(), Optional.empty()));
    }

    @Test
    void readsJsonAndScalarNamesAsKubectlWritesOrBindsThem() {
        KubeContexts json = KubeContexts.parse("""
                {"apiVersion": "v1", "kind": "Config", "current-context": "2024",
                 "contexts": [{"name": "dev", "context": {"cluster": "a"}}, {"name": 2024}, {"context": {}}]}
                """);
        assertEquals(List.of("dev", "2024"), json.names(), "an entry without a name is skipped; a number is its text");
        assertEquals(Optional.of("2024"), json.current());
        assertEquals(new KubeContexts(List.of(), Optional.empty()), KubeContexts.parse(""), "an empty file: no contexts");
    }

    @Test
    void textThatIsNoKubeconfigIsRefusedWithWhy() {
        IllegalArgumentException notMapping = assertThrows(IllegalArgumentException.class, () -> KubeContexts.parse("bad"));
        assertTrue(notMapping.getMessage().contains("not a YAML mapping"), notMapping.getMessage());
        IllegalArgumentException notYaml = assertThrows(IllegalArgumentException.class,
                () -> KubeContexts.parse("contexts: [\n- name: a\n"));
        assertTrue(notYaml.getMessage().startsWith("the kubeconfig is not valid YAML"), notYaml.getMessage());
    }

    @Test
    void aFileThatIsNoKubeconfigIsNamedInTheError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("kube $1 config"), "- just\n- a list\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KubeContexts.read(file));
        assertEquals("the kubeconfig " + file + " is not a YAML mapping of fields (contexts:, clusters:, …)", e.getMessage());
    }

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of(KubeContextsTest.class.getResource("/kubeconfig/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
