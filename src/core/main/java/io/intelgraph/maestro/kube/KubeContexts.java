package io.intelgraph.maestro.kube;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contexts a kubeconfig names, in its order, and the one it makes current: what the Previews
 * view's context picker offers.
 *
 * @param current the kubeconfig's {@code current-context}, empty when it names none
 */
public record KubeContexts(List<String> names, Optional<String> current) {

    public KubeContexts {
        names = List.copyOf(names);
    }

    /**
     * Read with the YAML parser fabric8 reads kubeconfigs with (snakeyaml-engine), but not fabric8's own
     * kubeconfig model: that binds every field of the file through Jackson, and its classes, which nothing else
     * loads that early, took ~650 ms of the main thread before the window was built (a cold JVM; snakeyaml-engine
     * ~60 ms). The client reads the whole file when it connects, after the first tiles.
     *
     * @throws IllegalArgumentException when the text is not YAML, or not a kubeconfig's mapping
     */
    public static KubeContexts parse(String kubeconfig) {
        return parse(kubeconfig, "the kubeconfig");
    }

    /** @throws IllegalArgumentException naming the file, when it is not a kubeconfig (see {@link #parse(String)}) */
    public static KubeContexts read(Path kubeconfig) throws IOException {
        return parse(Files.readString(kubeconfig), "the kubeconfig " + kubeconfig);
    }

    private static KubeContexts parse(String kubeconfig, String what) {
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel("kubeconfig").build()).loadFromString(kubeconfig);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(what + " is not valid YAML: " + e.getMessage(), e);
        }
        if (document == null) {
            return new KubeContexts(List.of(), Optional.empty());
        }
        if (!(document instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(what + " is not a YAML mapping of fields (contexts:, clusters:, …)");
        }
        List<String> names = fields.get("contexts") instanceof List<?> contexts
                ? contexts.stream().map(KubeContexts::name).filter(Objects::nonNull).toList()
                : List.of();
        return new KubeContexts(names, Optional.ofNullable(scalar(fields.get("current-context"))).filter(names::contains));
    }

    /** A context entry's {@code name}; null for an entry without one (kubectl ignores it too). */
    private static String name(Object context) {
        return context instanceof Map<?, ?> entry ? scalar(entry.get("name")) : null;
    }

    /** A scalar as text ({@code name: 2024} is the context "2024", as fabric8 binds it); null for none or a collection. */
    private static String scalar(Object value) {
        return value == null || value instanceof Map<?, ?> || value instanceof List<?> ? null : value.toString();
    }

    /**
     * The context to start on: the configured one (flag, environment, config file) when given, else
     * the one the user last picked if the kubeconfig still has it, else the kubeconfig's current one.
     */
    public Optional<String> initial(Optional<String> configured, Optional<String> remembered) {
        if (configured.isPresent()) {
            return configured;
        }
        return remembered.filter(names::contains).or(() -> current);
    }
}
