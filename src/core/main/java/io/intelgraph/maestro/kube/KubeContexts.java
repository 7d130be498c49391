package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    public static KubeContexts parse(String kubeconfig) {
        var config = KubeConfigUtils.parseConfigFromString(kubeconfig);
        List<String> names = config.getContexts() == null ? List.of()
                : config.getContexts().stream().map(NamedContext::getName).toList();
        return new KubeContexts(names, Optional.ofNullable(config.getCurrentContext()).filter(names::contains));
    }

    public static KubeContexts read(Path kubeconfig) throws IOException {
        return parse(Files.readString(kubeconfig));
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
