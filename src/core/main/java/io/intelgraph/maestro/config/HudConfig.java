package io.intelgraph.maestro.config;

import io.intelgraph.maestro.auth.WebHost;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.slo.SloTargets;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the HUD is configured with, resolved once from flags, environment and the config file
 * (in that order of precedence) by {@link ConfigLoader}. Holds no token: tokens are looked up by
 * {@code TokenSource} and kept in memory only.
 *
 * @param apiUrl the GitHub REST base URL; empty means "not configured" (simulator unless a token is found)
 * @param simulate force the embedded simulated build plane
 * @param simSpeed how many times faster than real time the simulated world runs
 * @param configDir where the config file and the persisted filters live
 * @param kubeContext the kubeconfig context for previews; empty = the kubeconfig's current context
 * @param simulateCluster use the simulated cluster even when a kubeconfig exists
 * @param chart the preview Helm chart (helm/intelgraph)
 * @param policyDir the Rego policies that gate deploys (policy/)
 * @param policyData JSON/YAML files or directories that make the policies' {@code data} (conftest's --data)
 * @param checkouts local checkouts of repositories, whose Dockerfiles policy checks read when they are at
 *        the commit checked
 * @param tileRetention how long a tile stays after its branch was deleted or its repository archived
 * @param hubUrl a hub whose feed is shown instead of polling GitHub from here ({@code ws://host:3080})
 * @param simSize how large the simulated organisation is
 * @param simChurnGap the mean simulated time between two changes to the simulated organisation; zero: none
 * @param sloTargets the build-time targets (cold and warm, per repository or workflow)
 * @param access the sign-in's OAuth app, a GitHub App's credentials, the proxy and extra CAs
 */
public record HudConfig(Optional<URI> apiUrl, List<String> owners, List<RepoId> repos, boolean simulate,
        long simSeed, double simSpeed, int simPort, int runsPerRepo, int minPollSeconds, Path configDir,
        Optional<String> kubeContext, boolean simulateCluster, Path chart, Path policyDir, List<Path> policyData,
        Map<RepoId, Path> checkouts, Duration tileRetention, Optional<URI> hubUrl, SimSize simSize,
        Duration simChurnGap, SloTargets sloTargets, AccessConfig access) {

    public static final URI GITHUB_COM = URI.create("https://api.github.com");

    /**
     * The host whose token the API takes — what the token sources and the OS keyring are asked for: github.com for
     * api.github.com, a GHES's web host for its API. One definition, so a lookup started before the command line is
     * read ({@code cli/WindowTokenHost}) names the host the run then asks for.
     */
    public static String tokenHost(Optional<URI> apiUrl) {
        return WebHost.hostName(apiUrl.orElse(GITHUB_COM));
    }

    public String tokenHost() {
        return tokenHost(apiUrl);
    }

    /**
     * How large the simulated organisation is ({@code --sim-repos}, {@code --sim-branches},
     * {@code --sim-prs}): {@link #CATALOG} is the simulator's own 34 repositories.
     *
     * @param repos repositories
     * @param branches the most branches besides the default one per repository (each has 0 to this many)
     * @param pullRequestPercent the share of those branches with an open pull request
     */
    public record SimSize(int repos, int branches, int pullRequestPercent) {

        public static final SimSize CATALOG = new SimSize(34, 3, 100);

        public SimSize {
            if (repos < 1 || repos > 5_000) {
                throw new IllegalArgumentException("repositories must be 1 to 5000");
            }
            if (branches < 0 || branches > 99) {
                throw new IllegalArgumentException("branches per repository must be 0 to 99");
            }
            if (pullRequestPercent < 0 || pullRequestPercent > 100) {
                throw new IllegalArgumentException("a percentage must be 0 to 100");
            }
        }
    }

    public HudConfig {
        owners = List.copyOf(owners);
        repos = List.copyOf(repos);
        policyData = List.copyOf(policyData);
        checkouts = Map.copyOf(checkouts);
        if (tileRetention.isNegative()) {
            throw new IllegalArgumentException("store.retention-minutes must not be negative: " + tileRetention.toMinutes());
        }
    }
}
