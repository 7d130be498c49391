package io.intelgraph.maestro.config;

import io.intelgraph.maestro.auth.AppInstallation;
import io.intelgraph.maestro.auth.OAuthClientId;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.slo.BuildKind;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.net.ProxySettings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Function;

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
 * sim.repos             MAESTRO_SIM_REPOS      --sim-repos
 * sim.branches          MAESTRO_SIM_BRANCHES   --sim-branches
 * sim.prs               MAESTRO_SIM_PRS        --sim-prs
 * sim.churn-minutes     MAESTRO_SIM_CHURN_MINUTES --sim-churn (mean simulated minutes between changes; 0: none)
 * poll.min-seconds      MAESTRO_POLL_SECONDS   --poll-seconds
 * kube.context          MAESTRO_KUBE_CONTEXT   --kube-context
 * preview.chart         MAESTRO_CHART          --chart
 * preview.policy        MAESTRO_POLICY         --policy-dir
 * preview.policy-data   MAESTRO_POLICY_DATA    (comma-separated)
 * policy.checkouts      MAESTRO_CHECKOUTS      (owner/name=/path, comma-separated)
 * store.retention-minutes MAESTRO_RETENTION_MINUTES (tiles of deleted branches / archived repos, default 60)
 * hub.url               MAESTRO_HUB_URL        --hub (show a hub's feed instead of polling GitHub)
 * slo.cold-minutes      MAESTRO_SLO_COLD_MINUTES (build-time target of a cold build, default 15)
 * slo.warm-minutes      MAESTRO_SLO_WARM_MINUTES (of a warm build, default 5)
 * slo.OWNER/NAME.cold-minutes, slo.OWNER/NAME/WORKFLOW.warm-minutes ... (file only: one repository's or workflow's;
 *                       a space in a workflow's name is written '\ ' or '-')
 * auth.client-id        MAESTRO_OAUTH_CLIENT_ID (the OAuth app of "Sign in"; see OAuthClientId)
 * app.id                MAESTRO_APP_ID         --app-id (a GitHub App instead of a person's token)
 * app.key-file          MAESTRO_APP_KEY_FILE   --app-key-file (the App's private key, PEM)
 * app.installation      MAESTRO_APP_INSTALLATION --app-installation (default: found on the first --org)
 * http.proxy            HTTPS_PROXY, https_proxy (http://[user:password@]host:port)
 * http.no-proxy         NO_PROXY, no_proxy     (comma-separated hosts and .domains reached directly)
 * http.ca-file          MAESTRO_CA_FILE        (PEM certificates trusted besides the JDK's)
 * notify.follow         MAESTRO_NOTIFY_FOLLOW  (mine, my-prs, filter:&lt;words&gt; or off; see {@link #setting})
 * notify.user           MAESTRO_NOTIFY_USER    (whose builds are "mine"; default: the token's GET /user login)
 * notify.where          MAESTRO_NOTIFY_WHERE   (auto: the system tray where there is one; window)
 * </pre>
 * The wall's keys ({@link #wall()}): {@code wall.pages}, {@code wall.rotate-seconds}, {@code wall.dim},
 * {@code sound.filter}, {@code sound.volume}, {@code sound.quiet}, {@code sound.break-file}, {@code sound.fix-file}.
 */
public final class ConfigLoader {

    /** Flag values; null means "not given on the command line". */
    public record Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
            Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
            String chart, String policyDir, String hubUrl, Integer simRepos, Integer simBranches,
            Integer simPullRequests, Double simChurnMinutes) {

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
                String chart, String policyDir, String hubUrl, Integer simRepos, Integer simBranches,
                Integer simPullRequests) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, kubeContext, simulateCluster,
                    chart, policyDir, hubUrl, simRepos, simBranches, simPullRequests, null);
        }

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
                String chart, String policyDir, String hubUrl) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, kubeContext, simulateCluster,
                    chart, policyDir, hubUrl, null, null, null);
        }

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
                String chart, String policyDir) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, kubeContext, simulateCluster,
                    chart, policyDir, null);
        }

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, null, null, null, null, null);
        }

        public Flags(String apiUrl, List<String> orgs, List<String> repos, Boolean simulate, Long simSeed,
                Double simSpeed, Integer simPort, Integer pollSeconds, String kubeContext, Boolean simulateCluster,
                String chart) {
            this(apiUrl, orgs, repos, simulate, simSeed, simSpeed, simPort, pollSeconds, kubeContext, simulateCluster,
                    chart, null, null);
        }
    }

    /** The GitHub App flags; null means "not given on the command line". */
    public record AccessFlags(String appId, String appKeyFile, Long appInstallation) {
        public static final AccessFlags NONE = new AccessFlags(null, null, null);
    }

    private static final String CONFIG_FILE = "config.properties";

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
        return load(flags, AccessFlags.NONE);
    }

    /**
     * The GitHub API's URL alone, as {@link #load} picks it (the flag's value or null, the environment,
     * config.properties), for a look ahead before the command line is read; empty when none is set. A value that is
     * not a URL, or a config file that cannot be read, is an IllegalArgumentException, as in {@link #load}.
     */
    public Optional<URI> configuredApiUrl(String flag) {
        return parseApiUrl(apiUrlSetting(flag, readFile()));
    }

    private Setting apiUrlSetting(String flag, Properties file) {
        return pick(flag, "--github-api-url", "GITHUB_API_URL", file, "github.api-url", null);
    }

    private static Optional<URI> parseApiUrl(Setting setting) {
        return setting.parse("an http:// or https:// URL with a host",
                v -> Optional.ofNullable(v).filter(s -> !s.isBlank()).map(ConfigLoader::apiUrl));
    }

    public HudConfig load(Flags flags, AccessFlags accessFlags) {
        Properties file = readFile();
        Setting apiUrl = apiUrlSetting(flags.apiUrl(), file);
        List<String> orgs = flags.orgs() != null && !flags.orgs().isEmpty() ? flags.orgs()
                : split(pick(null, "--org", "MAESTRO_ORGS", file, "github.orgs", "").value());
        Setting repoSetting = flags.repos() != null && !flags.repos().isEmpty()
                ? new Setting(String.join(",", flags.repos()), "--repo")
                : pick(null, "--repo", "MAESTRO_REPOS", file, "github.repos", "");
        List<RepoId> repos = repoSetting.parse("owner/name repositories",
                v -> split(v).stream().map(RepoId::parse).toList());
        long seed = pick(flags.simSeed() == null ? null : flags.simSeed().toString(), "--sim-seed",
                "MAESTRO_SIM_SEED", file, "sim.seed", "42").parse("a whole number", Long::parseLong);
        double speed = pick(flags.simSpeed() == null ? null : flags.simSpeed().toString(), "--sim-speed",
                "MAESTRO_SIM_SPEED", file, "sim.speed", "10").parse("a number", Double::parseDouble);
        HudConfig.SimSize simSize = simSize(flags, file);
        Duration churnGap = pick(flags.simChurnMinutes() == null ? null : flags.simChurnMinutes().toString(),
                "--sim-churn", "MAESTRO_SIM_CHURN_MINUTES", file, "sim.churn-minutes", "0")
                .parse("a number of minutes: 0 (none), or 0.1 to 1440", ConfigLoader::churnGap);
        int pollSeconds = pick(flags.pollSeconds() == null ? null : flags.pollSeconds().toString(), "--poll-seconds",
                "MAESTRO_POLL_SECONDS", file, "poll.min-seconds", "10").parse("a whole number of seconds",
                Integer::parseInt);
        long retentionMinutes = pick(null, "", "MAESTRO_RETENTION_MINUTES", file, "store.retention-minutes", "60")
                .parse("a whole number of minutes", v -> Long.parseLong(v.strip()));
        String kubeContext = pick(flags.kubeContext(), "--kube-context", "MAESTRO_KUBE_CONTEXT", file, "kube.context",
                "").value();
        Path chart = pick(flags.chart(), "--chart", "MAESTRO_CHART", file, "preview.chart", "helm/intelgraph")
                .parse("a path", Path::of);
        Path policy = pick(flags.policyDir(), "--policy-dir", "MAESTRO_POLICY", file, "preview.policy", "policy")
                .parse("a path", Path::of);
        Setting policyDataSetting = pick(null, "", "MAESTRO_POLICY_DATA", file, "preview.policy-data", "");
        List<Path> policyData = policyDataSetting.parse("comma-separated paths",
                v -> split(v).stream().map(Path::of).toList());
        Setting checkoutSetting = pick(null, "", "MAESTRO_CHECKOUTS", file, "policy.checkouts", "");
        Map<RepoId, Path> checkouts = checkoutSetting.parse("comma-separated owner/name=/path entries",
                ConfigLoader::checkouts);
        Setting hub = pick(flags.hubUrl(), "--hub", "MAESTRO_HUB_URL", file, "hub.url", "");
        Optional<URI> hubUrl = hub.parse("a ws://, wss://, http:// or https:// URL with a host",
                v -> Optional.of(v.strip()).filter(u -> !u.isEmpty()).map(ConfigLoader::hubUrl));
        return new HudConfig(
                parseApiUrl(apiUrl),
                orgs, repos, Boolean.TRUE.equals(flags.simulate()), seed, speed,
                flags.simPort() == null ? 0 : flags.simPort(), 50, pollSeconds, configDir,
                Optional.of(kubeContext).filter(s -> !s.isBlank()), Boolean.TRUE.equals(flags.simulateCluster()),
                chart, policy, policyData, checkouts, Duration.ofMinutes(retentionMinutes), hubUrl,
                simSize, churnGap, sloTargets(file), access(accessFlags, orgs, file));
    }

    /** Sign-in and network settings; the App is configured when it has an id (and then must have a key file). */
    private AccessConfig access(AccessFlags flags, List<String> orgs, Properties file) {
        OAuthClientId clientId = pick(null, "", "MAESTRO_OAUTH_CLIENT_ID", file, "auth.client-id", "")
                .parse("an OAuth app's client id", v -> OAuthClientId.orPlaceholder(Optional.of(v)));
        Setting appId = pick(flags.appId(), "--app-id", "MAESTRO_APP_ID", file, "app.id", "");
        Optional<AppInstallation> app = Optional.empty();
        if (!appId.value().isBlank()) {
            Setting keyFile = pick(flags.appKeyFile(), "--app-key-file", "MAESTRO_APP_KEY_FILE", file, "app.key-file", "");
            if (keyFile.value().isBlank()) {
                throw new IllegalArgumentException(appId.source() + " sets a GitHub App id but no private key file is "
                        + "given (--app-key-file, MAESTRO_APP_KEY_FILE or app.key-file)");
            }
            Path key = keyFile.parse("a readable PEM file", v -> readable(Path.of(v.strip())));
            OptionalLong installation = pick(flags.appInstallation() == null ? null : flags.appInstallation().toString(),
                    "--app-installation", "MAESTRO_APP_INSTALLATION", file, "app.installation", "")
                    .parse("an installation id (a whole number)", v -> v.isBlank() ? OptionalLong.empty()
                            : OptionalLong.of(Long.parseLong(v.strip())));
            app = Optional.of(appId.parse("a GitHub App id", v -> new AppInstallation(v, key, installation,
                    orgs.stream().findFirst())));
        }
        Setting proxy = firstOf(file, "http.proxy", "HTTPS_PROXY", "https_proxy");
        Setting noProxy = firstOf(file, "http.no-proxy", "NO_PROXY", "no_proxy");
        ProxySettings proxySettings = proxy.parse("an http://host:port proxy URL",
                v -> ProxySettings.of(v, noProxy.value()));
        Optional<Path> caFile = pick(null, "", "MAESTRO_CA_FILE", file, "http.ca-file", "")
                .parse("a readable PEM file", v -> v.isBlank() ? Optional.empty() : Optional.of(readable(Path.of(v.strip()))));
        return new AccessConfig(clientId, app, new Network(proxySettings, caFile));
    }

    /** The first of the environment variables set, else the file's key (the proxy's peers have two spellings). */
    private Setting firstOf(Properties file, String key, String... envNames) {
        for (String name : envNames) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return new Setting(value, "environment variable " + name);
            }
        }
        return pick(null, "", "", file, key, "");
    }

    private static Path readable(Path path) {
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw new IllegalArgumentException("no readable file there");
        }
        return path;
    }

    /**
     * A feature's own setting, outside {@link HudConfig} (the notifications' keys): the environment
     * variable, else the config file's key, else {@code fallback}.
     */
    public String setting(String envName, String key, String fallback) {
        return pick(null, "", envName, readFile(), key, fallback).value();
    }

    /** The wall's rotation, dimming and sounds, from the config file (or the defaults). */
    public WallConfig wall() {
        Properties file = readFile();
        WallConfig d = WallConfig.DEFAULT;
        List<WallPage> pages = pick(null, "", "", file, "wall.pages", "builds")
                .parse("a list of builds, previews, release, distill", WallPage::parseList);
        long seconds = pick(null, "", "", file, "wall.rotate-seconds", Long.toString(d.rotateEvery().toSeconds()))
                .parse("a whole number of seconds", v -> Long.parseLong(v.strip()));
        Optional<DailyWindow> dim = pick(null, "", "", file, "wall.dim", "").parse("HH:mm-HH:mm", DailyWindow::parse);
        String filter = pick(null, "", "", file, "sound.filter", d.soundFilter()).value().strip();
        double volume = pick(null, "", "", file, "sound.volume", Double.toString(d.soundVolume()))
                .parse("a number from 0 to 1", v -> Double.parseDouble(v.strip()));
        Optional<DailyWindow> quiet = pick(null, "", "", file, "sound.quiet", "").parse("HH:mm-HH:mm",
                DailyWindow::parse);
        Optional<Path> breakFile = pick(null, "", "", file, "sound.break-file", "").parse("a path", ConfigLoader::file);
        Optional<Path> fixFile = pick(null, "", "", file, "sound.fix-file", "").parse("a path", ConfigLoader::file);
        try {
            return new WallConfig(pages, Duration.ofSeconds(seconds), dim, filter, volume, quiet, breakFile, fixFile);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(configDir.resolve(CONFIG_FILE) + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> file(String value) {
        return Optional.of(value.strip()).filter(v -> !v.isEmpty()).map(Path::of);
    }

    private HudConfig.SimSize simSize(Flags flags, Properties file) {
        HudConfig.SimSize catalog = HudConfig.SimSize.CATALOG;
        int repos = pick(text(flags.simRepos()), "--sim-repos", "MAESTRO_SIM_REPOS", file, "sim.repos",
                Integer.toString(catalog.repos())).parse("a whole number from 1 to 5000", v -> within(v, 1, 5_000));
        int branches = pick(text(flags.simBranches()), "--sim-branches", "MAESTRO_SIM_BRANCHES", file,
                "sim.branches", Integer.toString(catalog.branches())).parse("a whole number from 0 to 99",
                v -> within(v, 0, 99));
        int prs = pick(text(flags.simPullRequests()), "--sim-prs", "MAESTRO_SIM_PRS", file, "sim.prs",
                Integer.toString(catalog.pullRequestPercent())).parse("a percentage from 0 to 100",
                v -> within(v.strip().replace("%", ""), 0, 100));
        return new HudConfig.SimSize(repos, branches, prs);
    }

    private static int within(String value, int min, int max) {
        int n = Integer.parseInt(value.strip());
        if (n < min || n > max) {
            throw new IllegalArgumentException(n + " is out of range");
        }
        return n;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** The build-time targets: the defaults from flags' peers (environment, file), the overrides from the file. */
    private SloTargets sloTargets(Properties file) {
        Duration cold = pick(null, "", "MAESTRO_SLO_COLD_MINUTES", file, "slo.cold-minutes", "15")
                .parse("a number of minutes above 0", ConfigLoader::minutes);
        Duration warm = pick(null, "", "MAESTRO_SLO_WARM_MINUTES", file, "slo.warm-minutes", "5")
                .parse("a number of minutes above 0", ConfigLoader::minutes);
        Map<String, Duration> overrides = new LinkedHashMap<>();
        for (String key : file.stringPropertyNames()) {
            for (BuildKind kind : BuildKind.values()) {
                String suffix = "." + kind.word() + "-minutes";
                if (key.startsWith("slo.") && key.endsWith(suffix) && key.length() > 4 + suffix.length()) {
                    String target = key.substring(4, key.length() - suffix.length());
                    Duration value = new Setting(file.getProperty(key), configDir.resolve(CONFIG_FILE) + ", key " + key)
                            .parse("a number of minutes above 0", ConfigLoader::minutes);
                    if (target.split("/").length < 2) {
                        throw new IllegalArgumentException(configDir.resolve(CONFIG_FILE) + ", key " + key
                                + ": name a repository (slo.OWNER/NAME." + kind.word() + "-minutes) or one of its workflows"
                                + " (slo.OWNER/NAME/WORKFLOW." + kind.word() + "-minutes)");
                    }
                    overrides.put(SloTargets.key(target, kind), value);
                }
            }
        }
        return new SloTargets(cold, warm, overrides);
    }

    /** Zero turns churn off; below 6 simulated seconds between changes the world would be nothing but churn. */
    private static Duration churnGap(String value) {
        double minutes = Double.parseDouble(value.strip());
        if (minutes == 0) {
            return Duration.ZERO;
        }
        if (!(minutes >= 0.1) || minutes > 24 * 60) {
            throw new IllegalArgumentException("out of range");
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    private static Duration minutes(String value) {
        double minutes = Double.parseDouble(value.strip());
        if (!(minutes > 0) || minutes > 24 * 60) {
            throw new IllegalArgumentException("out of range");
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    /** The API's URL: the token goes there, so it must be a web origin (no file:, no host-less URL). */
    private static URI apiUrl(String value) {
        URI uri = URI.create(value.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(scheme.isEmpty() ? "it has no scheme" : "its scheme is " + scheme);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("it names no host");
        }
        return uri;
    }

    /** A hub's URL: a WebSocket or web origin (the feed's path is added when none is given). */
    private static URI hubUrl(String value) {
        URI uri = URI.create(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("ws", "wss", "http", "https").contains(scheme)) {
            throw new IllegalArgumentException(scheme.isEmpty() ? "it has no scheme" : "its scheme is " + scheme);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("it names no host");
        }
        return uri;
    }

    private static Map<RepoId, Path> checkouts(String value) {
        Map<RepoId, Path> checkouts = new LinkedHashMap<>();
        for (String entry : split(value)) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + entry + "\" is not owner/name=/path");
            }
            checkouts.put(RepoId.parse(entry.substring(0, eq).strip()), Path.of(entry.substring(eq + 1).strip()));
        }
        return checkouts;
    }

    /** A setting's raw value and where it came from, so a bad value is reported where it can be fixed. */
    private record Setting(String value, String source) {

        /** The parsed value; a value that does not parse is an IllegalArgumentException naming its source. */
        <T> T parse(String expected, Function<String, T> parser) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": \"" + value + "\" is not " + expected + " ("
                        + e.getMessage() + ")", e);
            }
        }
    }

    private Setting pick(String flag, String flagName, String envName, Properties file, String key, String fallback) {
        if (flag != null) {
            return new Setting(flag, flagName);
        }
        String fromEnv = env.get(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Setting(fromEnv, "environment variable " + envName);
        }
        String fromFile = file.getProperty(key);
        return fromFile != null ? new Setting(fromFile, configDir.resolve(CONFIG_FILE) + ", key " + key)
                : new Setting(fallback, "the default of " + key);
    }

    private Properties readFile() {
        Properties properties = new Properties();
        Path file = configDir.resolve(CONFIG_FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                // IllegalArgumentException: Properties.load meets a malformed unicode escape
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
