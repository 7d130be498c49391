package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import picocli.CommandLine.Option;

import java.util.List;

/** The source flags every subcommand shares. */
public final class SourceOptions {

    @Option(names = "--github-api-url", paramLabel = "URL",
            description = "GitHub REST base URL (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3).")
    String apiUrl;

    @Option(names = "--org", paramLabel = "OWNER", split = ",",
            description = "Watch every repository of this organization or user (repeatable).")
    List<String> orgs;

    @Option(names = "--repo", paramLabel = "OWNER/NAME", split = ",",
            description = "Watch this repository (repeatable).")
    List<String> repos;

    @Option(names = "--sim", description = "Use the embedded simulated build plane even when a token is set.")
    boolean simulate;

    @Option(names = "--sim-seed", paramLabel = "N", description = "Seed of the simulated world (default 42).")
    Long simSeed;

    @Option(names = "--sim-speed", paramLabel = "X",
            description = "How many times faster than real time the simulated world runs (default 10).")
    Double simSpeed;

    @Option(names = "--sim-repos", paramLabel = "N",
            description = "Repositories in the simulated organisation (default 34; 400 with --sim-branches 9 makes about 2,200 tiles).")
    Integer simRepos;

    @Option(names = "--sim-branches", paramLabel = "N",
            description = "The most branches besides main per simulated repository; each has 0 to N (default 3).")
    Integer simBranches;

    @Option(names = "--sim-prs", paramLabel = "PERCENT",
            description = "The share of simulated feature branches with an open pull request (default 100).")
    Integer simPullRequests;

    @Option(names = "--sim-churn", paramLabel = "MINUTES",
            description = "Change the simulated organisation every MINUTES simulated minutes on average: branches opened "
                    + "with a pull request, pull requests merged or closed, repositories added and archived (default 0: "
                    + "it stays as it started).")
    Double simChurnMinutes;

    @Option(names = "--sim-port", paramLabel = "PORT", description = "Port of the simulator (default: any free port).")
    Integer simPort;

    @Option(names = "--poll-seconds", paramLabel = "S",
            description = "Shortest poll interval; the HUD polls less often when the rate limit requires (default 10).")
    Integer pollSeconds;

    @Option(names = "--kube-context", paramLabel = "CONTEXT",
            description = "kubeconfig context for previews (default: the kubeconfig's current context).")
    String kubeContext;

    @Option(names = "--sim-cluster", description = "Use the simulated cluster even when a kubeconfig exists.")
    boolean simulateCluster;

    @Option(names = "--chart", paramLabel = "DIR", description = "The preview Helm chart (default helm/intelgraph).")
    String chart;

    @Option(names = "--policy-dir", paramLabel = "DIR", description = "Rego policies that gate deploys (default policy).")
    String policyDir;

    @Option(names = "--hub", paramLabel = "URL",
            description = "Show this hub's feed (ws://HOST:3080 or wss://…) instead of polling GitHub from here "
                    + "(or MAESTRO_HUB_URL / hub.url in config.properties).")
    String hubUrl;

    @Option(names = "--app-id", paramLabel = "ID",
            description = "Authenticate as this GitHub App (for shared wall displays; or MAESTRO_APP_ID / app.id).")
    String appId;

    @Option(names = "--app-key-file", paramLabel = "PEM",
            description = "The GitHub App's private key file (or MAESTRO_APP_KEY_FILE / app.key-file).")
    String appKeyFile;

    @Option(names = "--app-installation", paramLabel = "ID",
            description = "The App's installation id (default: its installation on the first --org).")
    Long appInstallation;

    public ConfigLoader.AccessFlags accessFlags() {
        return new ConfigLoader.AccessFlags(appId, appKeyFile, appInstallation);
    }

    public ConfigLoader.Flags flags() {
        return new ConfigLoader.Flags(apiUrl, orgs, repos, simulate ? Boolean.TRUE : null, simSeed, simSpeed, simPort,
                pollSeconds, kubeContext, simulateCluster ? Boolean.TRUE : null, chart, policyDir, hubUrl, simRepos,
                simBranches, simPullRequests, simChurnMinutes);
    }
}
