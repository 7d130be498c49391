package io.intelgraph.maestro.config;

import io.intelgraph.maestro.model.RepoId;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves {@link HudConfig}: command-line flags override environment variables, which override
 * {@code config.properties} in the config directory, which overrides the defaults.
 *
 * <pre>
 * key (file)            environment            flag
 * github.api-url        GITHUB_API_URL         --github-api-url
 * github.orgs           MAESTRO_ORGS           --org
 * github.repos          MAESTRO_REPOS          --repo
 * sim.seed              MAESTRO_SIM_SEED       --sim-seed
 * sim.speed             MAESTRO_SIM_SPEED      --sim-speed
 * poll.min-seconds      MAESTRO_POLL_SECONDS   --poll-seconds
 * kube.context          MAESTRO_KUBE_CONTEXT   --kube-context
 * preview.chart         MAESTRO_CHART          --chart
 * preview.policy        MAESTRO_POLICY         --policy-dir
 * preview.policy-data   MAESTRO_POLICY_DATA    (comma-separated)
 * policy.checkouts      MAESTRO_CHECKOUTS      (owner/name=/path, comma-separated)
 * </pre>
 */
public final class ConfigLoader {

    /** Flag values; null means "not given on the command line". */
    public record Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
            Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
            String chart, String policyDir) {

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, null, null, null, null);
        }

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
                String chart) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, kubeContext, simulateCluster,
                    chart, null);
        }
    }

    private final Map<String, String> env;
    private final Path configDir;

    public ConfigLoader(Map<String, String> env, Path configDir) {
        this.env = env;
        this.configDir = configDir;
    }

    /** {@code $MAESTRO_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/maestro-hud}, else {@code ~/.config/maestro-hud}. */
    public static Path defaultConfigDir(Map<String, String> env) {
        String explicit = env.get("MAESTRO_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("maestro-hud");
    }

    public HudConfig load(Flags flags) {
        Properties file = readFile();
        String apiUrl = pick(flags.apiUrl(), "GITHUB_API_URL", file, "github.api-url", null);
        List<String> orgs = flags.orgs() != null && !flags.orgs().isEmpty() ? flags.orgs()
                : split(pick(null, "MAESTRO_ORGS", file, "github.orgs", ""));
        List<String> repoNames = flags.repos() != null && !flags.repos().isEmpty() ? flags.repos()
                : split(pick(null, "MAESTRO_REPOS", file, "github.repos", ""));
        List<RepoId> repos = repoNames.stream().map(RepoId::parse).toList();
        long seed = Long.parseLong(pick(flags.simSeed() == null ? null : flags.simSeed().toString(),
                "MAESTRO_SIM_SEED", file, "sim.seed", "42"));
        double speed = Double.parseDouble(pick(flags.simSpeed() == null ? null : flags.simSpeed().toString(),
                "MAESTRO_SIM_SPEED", file, "sim.speed", "10"));
        int pollSeconds = Integer.parseInt(pick(flags.pollSeconds() == null ? null : flags.pollSeconds().toString(),
                "MAESTRO_POLL_SECONDS", file, "poll.min-seconds", "10"));
        String kubeContext = pick(flags.kubeContext(), "MAESTRO_KUBE_CONTEXT", file, "kube.context", "");
        String chart = pick(flags.chart(), "MAESTRO_CHART", file, "preview.chart", "helm/intelgraph");
        String policy = pick(flags.policyDir(), "MAESTRO_POLICY", file, "preview.policy", "policy");
        List<Path> policyData = split(pick(null, "MAESTRO_POLICY_DATA", file, "preview.policy-data", "")).stream()
                .map(Path::of).toList();
        java.util.Map<RepoId, Path> checkouts = new java.util.LinkedHashMap<>();
        for (String entry : split(pick(null, "MAESTRO_CHECKOUTS", file, "policy.checkouts", ""))) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("policy.checkouts: \"" + entry + "\" is not owner/name=/path");
            }
            checkouts.put(RepoId.parse(entry.substring(0, eq).strip()), Path.of(entry.substring(eq + 1).strip()));
        }
        return new HudConfig(
                Optional.ofNullable(apiUrl).filter(s -> !s.isBlank()).map(URI::create),
                orgs, repos, Boolean.TRUE.equals(flags.simulate()), seed, speed,
                flags.simPort() == null ? 0 : flags.simPort(), 50, pollSeconds, configDir,
                Optional.of(kubeContext).filter(s -> !s.isBlank()), Boolean.TRUE.equals(flags.simulateCluster()),
                Path.of(chart), Path.of(policy), policyData, checkouts);
    }

    private String pick(String flag, String envName, Properties file, String key, String fallback) {
        if (flag != null) {
            return flag;
        }
        String fromEnv = env.get(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return file.getProperty(key, fallback);
    }

    private Properties readFile() {
        Properties properties = new Properties();
        Path file = configDir.resolve("config.properties");
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
