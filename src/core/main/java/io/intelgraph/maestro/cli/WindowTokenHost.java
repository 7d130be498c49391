package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GitHub host whose token a run that opens the window will ask for, worked out from the raw arguments, the
 * environment and config.properties before picocli has read the command line, so the lookup can start at once
 * ({@link io.intelgraph.maestro.github.TokenSource#prefetch}). A guess only: the run looks up what its configuration
 * names, and a look ahead that named another host is not used.
 */
final class WindowTokenHost {

    private static final String API_URL_OPTION = "--github-api-url";

    private WindowTokenHost() {
    }

    /** Empty for the simulator (it has its own token) and when a setting is malformed (the run itself says so). */
    static Optional<String> of(List<String> args, Map<String, String> env) {
        if (args.contains("--sim")) {
            return Optional.empty();
        }
        try {
            return Optional.of(HudConfig.tokenHost(
                    new ConfigLoader(env, ConfigLoader.defaultConfigDir(env)).configuredApiUrl(optionValue(args))));
        } catch (RuntimeException e) {
            // A look ahead never stops the run: a malformed setting is reported when the command line is read.
            return Optional.empty();
        }
    }

    /** {@code --github-api-url URL} or {@code --github-api-url=URL}, as picocli takes them; null when absent. */
    private static String optionValue(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(API_URL_OPTION) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith(API_URL_OPTION + "=")) {
                return arg.substring(API_URL_OPTION.length() + 1);
            }
        }
        return null;
    }
}
