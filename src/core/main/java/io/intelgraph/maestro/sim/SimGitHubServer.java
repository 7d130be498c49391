package io.intelgraph.maestro.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server speaking the GitHub REST endpoints the HUD's client uses, over the
 * {@link SimWorld}: JSON in GitHub's shapes, ETag/304 (free, as on GitHub), {@code x-ratelimit-*}
 * headers with a real hourly budget, GitHub's secondary limits ({@link SimSecondaryLimits}: points per
 * minute per endpoint, concurrency), Link pagination, 401 for a wrong token, and injectable
 * {@link SimFault}s. Binds to loopback only.
 */
public final class SimGitHubServer implements AutoCloseable {

    /** A Host header this server answers to with its links: a loopback name or address and a port. */
    private static final Pattern HOST_AND_PORT = Pattern.compile("(127\\.0\\.0\\.1|localhost):\\d{1,5}");
    private static final Pattern ORG_REPOS = Pattern.compile("/(orgs|users)/([^/]+)/repos");
    private static final Pattern REPO = Pattern.compile("/repos/([^/]+)/([^/]+)");
    private static final Pattern RUNS = Pattern.compile("/repos/([^/]+)/([^/]+)/actions/runs");
    private static final Pattern RUN = Pattern.compile("/repos/([^/]+)/([^/]+)/actions/runs/(\\d+)");
    private static final Pattern JOBS = Pattern.compile("/repos/([^/]+)/([^/]+)/actions/runs/(\\d+)/jobs");
    private static final Pattern RERUN = Pattern.compile("/repos/([^/]+)/([^/]+)/actions/runs/(\\d+)/(rerun|rerun-failed-jobs)");
    private static final Pattern BRANCHES = Pattern.compile("/repos/([^/]+)/([^/]+)/branches");
    private static final Pattern PULLS = Pattern.compile("/repos/([^/]+)/([^/]+)/pulls");
    private static final Pattern CONTENTS = Pattern.compile("/repos/([^/]+)/([^/]+)/contents/(.+)");
    private static final Pattern TREE = Pattern.compile("/repos/([^/]+)/([^/]+)/git/trees/([^/]+)");
    private static final Pattern PULL = Pattern.compile("/repos/([^/]+)/([^/]+)/pulls/(\\d+)");
    private static final Pattern ARTIFACTS = Pattern.compile("/repos/([^/]+)/([^/]+)/actions/runs/(\\d+)/artifacts");
    private static final Pattern ARTIFACT_ZIP = Pattern.compile("/repos/([^/]+)/([^/]+)/actions/artifacts/(\\d+)/zip");
    private static final Pattern STORAGE = Pattern.compile("/_storage/([^/]+)/([^/]+)/(\\d+)\\.zip");
    private static final Pattern DEPENDENCY_SBOM = Pattern.compile("/repos/([^/]+)/([^/]+)/dependency-graph/sbom");
    private static final Pattern RELEASE_BY_TAG = Pattern.compile("/repos/([^/]+)/([^/]+)/releases/tags/(.+)");
    private static final Pattern RELEASE_ASSET = Pattern.compile("/repos/([^/]+)/([^/]+)/releases/assets/(\\d+)");
    private static final Pattern ASSET_STORAGE = Pattern.compile("/_storage/([^/]+)/([^/]+)/assets/(\\d+)");
    private static final Pattern CHECK_RUNS = Pattern.compile("/repos/([^/]+)/([^/]+)/commits/([0-9a-f]{7,40})/check-runs");
    private static final Pattern CODE_SCANNING = Pattern.compile("/repos/([^/]+)/([^/]+)/code-scanning/alerts");
    private static final int AUTHENTICATED_LIMIT = 5000;
    /** Who the simulated token (and every token the simulator issues) belongs to. */
    public static final String SIM_USER = "mateo-g";
    private static final int ANONYMOUS_LIMIT = 60;

    private final SimWorld world;
    private final Clock worldClock;
    private final Clock wallClock;
    private final String acceptedToken;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedDeque<SimFault> faults = new ConcurrentLinkedDeque<>();
    /**
     * The headers of the fault an exchange is serving. Not an exchange attribute: the JDK server
     * keeps those in the context, shared by every later exchange, so a fault's Link leaked into them.
     */
    private final Map<HttpExchange, Map<String, String>> faultHeaders = new ConcurrentHashMap<>();
    private final Map<Boolean, int[]> used = new HashMap<>();
    private final SimSecondaryLimits secondaryLimits;
    private final AtomicLong authorizedRequests = new AtomicLong();
    private Instant windowReset;
    /**
     * The rate limit's hour, in real time: an hour of the simulated world's, which runs at its clock's speed
     * like its builds (at 10×, 5,000 requests every six minutes). A world ten times as busy as a real
     * organisation would otherwise spend a real hour's budget in minutes, and every demo would end rate
     * limited. The secondary limits (a minute's points, requests at once) stay in real time: they protect
     * GitHub's servers, which a faster world does not make faster.
     */
    private final Duration rateLimitWindow;
    private SimJson json;
    private SimReleaseRoutes releases;
    private final SimAuth auth;

    /**
     * @param acceptedToken the token the server accepts ("Bearer ..."); other tokens get 401,
     *                      requests without one are anonymous (60 an hour, as on GitHub)
     */
    public SimGitHubServer(SimWorld world, Clock worldClock, Clock wallClock, String acceptedToken, int port)
            throws IOException {
        this(world, worldClock, wallClock, acceptedToken, port, SimSecondaryLimits.Limits.GITHUB);
    }

    /** @param limits the secondary limits to enforce, on {@code wallClock} ({@link SimSecondaryLimits.Limits#GITHUB} as GitHub does) */
    public SimGitHubServer(SimWorld world, Clock worldClock, Clock wallClock, String acceptedToken, int port,
            SimSecondaryLimits.Limits limits) throws IOException {
        this.world = world;
        this.secondaryLimits = new SimSecondaryLimits(limits);
        this.worldClock = worldClock;
        this.wallClock = wallClock;
        this.acceptedToken = acceptedToken;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        // A thread per exchange: stalled answers (SimFault.stalledBody) must not starve the others.
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sim-github-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        // (A server whose wall clock is the world's own, as in the soak, keeps the hour on it.)
        double speed = worldClock != wallClock && worldClock instanceof SimClock sim && sim.speed() > 1 ? sim.speed() : 1;
        this.rateLimitWindow = Duration.ofMillis(Math.round(Duration.ofHours(1).toMillis() / speed));
        this.windowReset = wallClock.instant().plus(rateLimitWindow);
        this.auth = new SimAuth(wallClock, this::baseUrl);
    }

    /** The device-flow and GitHub App endpoints, and the tokens they issued (which the API accepts too). */
    public SimAuth auth() {
        return auth;
    }

    public SimGitHubServer start() {
        server.start();
        json = new SimJson(baseUrl().toString(), "https://github.sim.local");
        releases = new SimReleaseRoutes(world, json, baseUrl().toString());
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public SimWorld world() {
        return world;
    }

    /** Serves {@code fault} for the next matching requests. */
    public void inject(SimFault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** The secondary limits this server enforces, and what was spent and refused under them. */
    public SimSecondaryLimits secondaryLimits() {
        return secondaryLimits;
    }

    /** The releases clients created (drafts, unless one asked otherwise), as JSON strings. */
    public List<String> createdReleases() {
        return releases.created().stream().map(Object::toString).toList();
    }

    /** Requests that carried the accepted token: proof that a client really sent it. */
    public long authorizedRequests() {
        return authorizedRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Optional<SimFault> fault = takeFault(path);
            if (fault.isPresent() && serveFault(exchange, fault.get())) {
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            Matcher storage = STORAGE.matcher(path);
            if (storage.matches()) {
                serveStorage(exchange, storage, auth != null);
                return;
            }
            Matcher assetStorage = ASSET_STORAGE.matcher(path);
            if (assetStorage.matches()) {
                serveAsset(exchange, assetStorage, auth != null);
                return;
            }
            if (this.auth.serves(path)) {
                this.auth.serve(exchange, path);
                return;
            }
            boolean authenticated = auth != null;
            if (authenticated && !auth.equals("Bearer " + acceptedToken) && !this.auth.accepts(auth)) {
                send(exchange, 401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (authenticated) {
                authorizedRequests.incrementAndGet();
            }
            String client = authenticated ? "token" : "anonymous";
            Optional<SimSecondaryLimits.Refusal> refusal = secondaryLimits.admit(client, exchange.getRequestMethod(), path,
                    wallClock.instant());
            if (refusal.isPresent()) {
                sendSecondaryLimited(exchange, refusal.get(), authenticated);
                return;
            }
            try {
                serveApi(exchange, path, authenticated);
            } finally {
                secondaryLimits.finished(client);
            }
        } catch (RuntimeException e) {
            // A simulator bug shows as a 500, which the client reports like any server error.
            byte[] message = ("{\"message\":\"simulator error: " + e.getClass().getSimpleName() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            send(exchange, 500, message);
        } finally {
            faultHeaders.remove(exchange);
        }
    }

    /** An API request the secondary limits admitted. */
    private void serveApi(HttpExchange exchange, String path, boolean authenticated) throws IOException {
        if (path.equals("/rate_limit")) {
            // Free against the hourly budget, as on GitHub (it still counts towards the secondary limits).
            int[] counter = counter(authenticated);
            sendJson(exchange, 200, rateLimitBody(authenticated, counter[0]), authenticated, false);
            return;
        }
        Object body = route(exchange, path, authenticated);
        if (body == null) {
            sendJson(exchange, 404, json.mapper().createObjectNode().put("message", "Not Found")
                    .put("documentation_url", "https://docs.github.com/rest"), authenticated, true);
        } else if (body instanceof Integer status) {
            send(exchange, status, new byte[0]);
        } else if (body instanceof SimReleaseRoutes.Answer answer) {
            sendJson(exchange, answer.status(), answer.body(), authenticated, true);
        } else if (body instanceof Refusal refusal) {
            sendJson(exchange, refusal.status(), refusal.body(), authenticated, true);
        } else {
            sendConditional(exchange, (JsonNode) body, authenticated);
        }
    }

    /** GitHub's answer over a secondary limit: 403, Retry-After, and its message. */
    private void sendSecondaryLimited(HttpExchange exchange, SimSecondaryLimits.Refusal refusal, boolean authenticated)
            throws IOException {
        addRateLimitHeaders(exchange, authenticated, false);
        exchange.getResponseHeaders().add("Retry-After", Long.toString(Math.max(1, refusal.retryAfter().toSeconds())));
        sendJson(exchange, 403, json.mapper().createObjectNode().put("message", SimSecondaryLimits.MESSAGE)
                .put("documentation_url", SimSecondaryLimits.DOCUMENTATION_URL), authenticated, false);
    }

    /**
     * Serves a fault; returns false when the real answer is still to be served (with the fault's
     * headers, which {@link #send} puts in place of the simulator's own).
     */
    private boolean serveFault(HttpExchange exchange, SimFault fault) throws IOException {
        switch (fault.delivery()) {
            case SimFault.Delivery.Whole whole -> {
                faultHeaders.put(exchange, fault.headers());
                send(exchange, fault.status(), fault.body().getBytes(StandardCharsets.UTF_8));
            }
            case SimFault.Delivery.RealAnswer real -> {
                faultHeaders.put(exchange, fault.headers());
                return false;
            }
            case SimFault.Delivery.StalledBody stalled -> {
                faultHeaders.put(exchange, fault.headers());
                sendHeaders(exchange, fault.status(), 0);
                OutputStream out = exchange.getResponseBody();
                out.write('[');
                out.flush();
                try {
                    Thread.sleep(stalled.stall());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the server is closing
                }
                // The exchange then closes: the body ends as "[", truncated, for a client still waiting.
            }
            case SimFault.Delivery.HugeBody huge -> {
                faultHeaders.put(exchange, fault.headers());
                sendHeaders(exchange, fault.status(), 0);
                writeHugeArray(exchange.getResponseBody(), huge.bytes());
            }
            case SimFault.Delivery.ConnectionReset reset -> {
                // Closing an exchange that sent no headers closes its connection: the client sees EOF.
            }
        }
        return true;
    }

    /** A JSON array of about {@code bytes} bytes, streamed in 64 KiB writes; stops when the client hangs up. */
    private static void writeHugeArray(OutputStream out, long bytes) {
        byte[] element = "{\"id\":1,\"name\":\"padding\"},".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[64 * 1024 / element.length * element.length];
        for (int i = 0; i < chunk.length; i += element.length) {
            System.arraycopy(element, 0, chunk, i, element.length);
        }
        try (out) {
            out.write('[');
            for (long written = 1; written < bytes; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
            }
            out.write("{}]".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The client stopped reading, as a capped client should.
        }
    }

    private Object route(HttpExchange exchange, String path, boolean authenticated) throws IOException {
        Instant now = worldClock.instant();
        Map<String, String> query = query(exchange.getRequestURI());
        Object release = releases.route(exchange, path, query, authenticated, now);
        if (release != SimReleaseRoutes.NOT_MINE) {
            return release;
        }
        Matcher m;
        if (exchange.getRequestMethod().equals("POST") && (m = RERUN.matcher(path)).matches()) {
            if (!authenticated) {
                return 401;
            }
            long id = Long.parseLong(m.group(3));
            boolean failedOnly = m.group(4).equals("rerun-failed-jobs");
            return world.repo(m.group(1), m.group(2))
                    .map(repo -> world.rerun(repo, id, failedOnly, now, "hud-user") ? 201 : 403).orElse(null);
        }
        if (path.equals("/user")) {
            if (!authenticated) {
                return 401; // as GitHub: "Requires authentication"
            }
            // The simulated token's user: one of the organisation's developers, so "mine" follows real builds.
            ObjectNode user = json.mapper().createObjectNode().put("login", SIM_USER).put("id", 1042).put("type", "User")
                    .put("html_url", "https://github.com/" + SIM_USER);
            return user;
        }
        if (path.equals("/user/repos")) {
            if (!authenticated) {
                return 401;
            }
            // The simulated token's user is a member of the simulated organization.
            return paginate(exchange, repoList(now, true, query), query);
        }
        if ((m = ORG_REPOS.matcher(path)).matches()) {
            if (!world.org().equalsIgnoreCase(m.group(2))) {
                return null;
            }
            return paginate(exchange, repoList(now, authenticated, query), query);
        }
        if ((m = JOBS.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(3));
            return world.repo(m.group(1), m.group(2)).flatMap(repo -> world.run(repo, id, now)).map(view -> {
                ObjectNode body = json.mapper().createObjectNode();
                List<SimWorld.JobView> jobs = world.jobs(view, now);
                body.put("total_count", jobs.size());
                ArrayNode array = body.putArray("jobs");
                jobs.forEach(job -> array.add(json.job(view, job)));
                return (Object) body;
            }).orElse(null);
        }
        if ((m = RUN.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(3));
            return world.repo(m.group(1), m.group(2)).flatMap(repo -> world.run(repo, id, now))
                    .map(view -> (Object) json.run(view)).orElse(null);
        }
        if ((m = RUNS.matcher(path)).matches()) {
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            List<SimWorld.RunView> runs = world.runs(repo.get(), now);
            String branch = query.get("branch");
            List<SimWorld.RunView> items = runs.stream().filter(v -> branch == null || v.run().branch.equals(branch))
                    .toList();
            int perPage = perPage(query);
            int page = page(query);
            // Only the page asked for becomes JSON: a days-long world has hundreds of runs per repository.
            int from = Math.min(items.size(), (page - 1) * perPage);
            List<ObjectNode> slice = items.subList(from, Math.min(items.size(), from + perPage)).stream().map(json::run)
                    .toList();
            ObjectNode body = json.mapper().createObjectNode();
            body.put("total_count", items.size());
            body.set("workflow_runs", json.array(slice));
            addLink(exchange, items.size(), page, perPage);
            return body;
        }
        if ((m = TREE.matcher(path)).matches()) {
            String ref = m.group(3);
            boolean recursive = "1".equals(query.get("recursive")) || "true".equals(query.get("recursive"));
            return world.repo(m.group(1), m.group(2)).map(repo -> {
                ObjectNode body = json.mapper().createObjectNode();
                body.put("sha", ref);
                ArrayNode tree = body.putArray("tree");
                Set<String> directories = new TreeSet<>();
                for (String file : SimFiles.paths(repo)) {
                    for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                        directories.add(file.substring(0, slash));
                    }
                }
                // As GitHub: directories are "tree" entries; without recursive=1 only the top level.
                directories.stream().filter(d -> recursive || !d.contains("/"))
                        .forEach(d -> tree.addObject().put("path", d).put("mode", "040000").put("type", "tree"));
                SimFiles.paths(repo).stream().filter(f -> recursive || !f.contains("/")).forEach(f -> {
                    ObjectNode entry = tree.addObject().put("path", f).put("mode", "100644").put("type", "blob");
                    entry.put("size", SimFiles.text(repo, f).map(String::length).orElse(0));
                });
                body.put("truncated", false);
                return (Object) body;
            }).orElse(null);
        }
        if ((m = CONTENTS.matcher(path)).matches()) {
            String file = m.group(3);
            return world.repo(m.group(1), m.group(2)).flatMap(repo -> SimFiles.text(repo, file)).map(text -> {
                ObjectNode body = json.mapper().createObjectNode();
                body.put("type", "file");
                body.put("encoding", "base64");
                body.put("name", file.substring(file.lastIndexOf('/') + 1));
                body.put("path", file);
                body.put("content", Base64.getMimeEncoder().encodeToString(
                        text.getBytes(StandardCharsets.UTF_8)));
                return (Object) body;
            }).orElse(null);
        }
        if ((m = PULL.matcher(path)).matches()) {
            int number = Integer.parseInt(m.group(3));
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            List<SimWorld.RunView> runs = world.runs(repo.get(), now);
            return world.openPullRequests(repo.get(), now).stream().filter(pr -> pr.number() == number).findFirst()
                    .map(pr -> {
                        Optional<SimWorld.RunView> latest = runs.stream()
                                .filter(v -> v.run().branch.equals(pr.headRef())).findFirst();
                        return (Object) json.pullRequest(repo.get(), pr, latest.map(v -> v.run().sha).orElse("0".repeat(40)),
                                latest.map(v -> v.run().attempts.get(0).createdAt()).orElse(pr.createdAt()));
                    }).orElse(null);
        }
        if ((m = BRANCHES.matcher(path)).matches()) {
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            List<SimWorld.RunView> runs = world.runs(repo.get(), now);
            List<ObjectNode> branches = new ArrayList<>();
            for (String name : world.branches(repo.get(), now)) {
                String sha = runs.stream().filter(v -> v.run().branch.equals(name)).findFirst().map(v -> v.run().sha)
                        .orElse("0".repeat(40));
                ObjectNode branch = json.mapper().createObjectNode().put("name", name);
                branch.putObject("commit").put("sha", sha)
                        .put("url", baseUrl() + "/repos/" + repo.get().fullName() + "/commits/" + sha);
                branch.put("protected", name.equals(repo.get().defaultBranch()));
                branches.add(branch);
            }
            return paginate(exchange, branches, query);
        }
        if ((m = PULLS.matcher(path)).matches()) {
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            List<SimWorld.RunView> runs = world.runs(repo.get(), now);
            List<ObjectNode> pulls = new ArrayList<>();
            for (SimWorld.SimPullRequest pr : world.openPullRequests(repo.get(), now)) {
                Optional<SimWorld.RunView> latest = runs.stream().filter(v -> v.run().branch.equals(pr.headRef())).findFirst();
                pulls.add(json.pullRequest(repo.get(), pr, latest.map(v -> v.run().sha).orElse("0".repeat(40)),
                        latest.map(v -> v.run().attempts.get(0).createdAt()).orElse(pr.createdAt())));
            }
            return paginate(exchange, pulls, query);
        }
        if ((m = ARTIFACTS.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(3));
            return world.repo(m.group(1), m.group(2)).flatMap(repo -> world.run(repo, id, now)).map(view -> {
                ObjectNode body = json.mapper().createObjectNode();
                List<SimReports.Artifact> artifacts = SimReports.of(view);
                body.put("total_count", artifacts.size());
                ArrayNode array = body.putArray("artifacts");
                artifacts.forEach(a -> array.add(json.artifact(view, a.id(id), a.name(), SimReports.size(a))));
                return (Object) body;
            }).orElse(null);
        }
        if ((m = ARTIFACT_ZIP.matcher(path)).matches()) {
            long artifactId = Long.parseLong(m.group(3));
            long runId = artifactId / 10;
            Optional<SimWorld.RunView> view = world.repo(m.group(1), m.group(2)).flatMap(repo -> world.run(repo, runId, now));
            if (view.isEmpty() || SimReports.byId(view.get(), artifactId).isEmpty()) {
                return null;
            }
            // As GitHub does: a redirect to signed storage on another host, which must not see the token.
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/_storage/"
                    + m.group(1) + "/" + m.group(2) + "/" + artifactId + ".zip?sig=sim");
            return 302;
        }
        if ((m = DEPENDENCY_SBOM.matcher(path)).matches()) {
            return world.repo(m.group(1), m.group(2)).map(repo -> (Object) json.parse(
                    SimReports.resource("dependency-graph-sbom.json"))).orElse(null);
        }
        if ((m = RELEASE_BY_TAG.matcher(path)).matches()) {
            String tag = m.group(3);
            return world.repo(m.group(1), m.group(2)).filter(repo -> SimReleases.isRelease(tag))
                    .map(repo -> (Object) json.release(repo, tag, SimReleases.assets(repo))).orElse(null);
        }
        if ((m = RELEASE_ASSET.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(3));
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty() || SimReleases.asset(repo.get(), id).isEmpty()) {
                return null;
            }
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/_storage/"
                    + m.group(1) + "/" + m.group(2) + "/assets/" + id + "?sig=sim");
            return 302;
        }
        if ((m = CHECK_RUNS.matcher(path)).matches()) {
            String sha = m.group(3);
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            ArrayNode checks = json.mapper().createArrayNode();
            world.runs(repo.get(), now).stream().filter(v -> v.run().sha.equals(sha))
                    .forEach(view -> world.jobs(view, now).forEach(job -> checks.add(json.checkRun(view, job))));
            ObjectNode body = json.mapper().createObjectNode();
            body.put("total_count", checks.size());
            body.set("check_runs", checks);
            return body;
        }
        if ((m = CODE_SCANNING.matcher(path)).matches()) {
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            if (repo.get().index() % 3 != 0) {
                return new Refusal(403, json.mapper().createObjectNode()
                        .put("message", "Advanced Security must be enabled for this repository to use code scanning.")
                        .put("documentation_url", "https://docs.github.com/rest/code-scanning/code-scanning#list-code-scanning-alerts-for-a-repository")
                        .put("status", "403"));
            }
            return json.codeScanningAlerts(repo.get(), query.getOrDefault("ref", "refs/heads/main"));
        }
        if ((m = REPO.matcher(path)).matches()) {
            return world.repo(m.group(1), m.group(2))
                    .map(r -> (Object) json.repo(r, authenticated, pushedAt(r, now))).orElse(null);
        }
        return null;
    }

    /**
     * The organisation's repositories in the order {@code sort} ({@code created}, {@code pushed},
     * {@code full_name}) and {@code direction} ask for, with GitHub's defaults.
     */
    private List<ObjectNode> repoList(Instant now, boolean canPush, Map<String, String> query) {
        record Listed(SimWorld.SimRepo repo, Instant pushedAt) {
        }
        List<Listed> listed = new ArrayList<>(world.repos(now).stream().map(r -> new Listed(r, pushedAt(r, now))).toList());
        String sort = query.getOrDefault("sort", "created");
        Comparator<Listed> ascending = switch (sort) {
            case "pushed" -> Comparator.comparing(Listed::pushedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "full_name" -> Comparator.comparing(l -> l.repo().fullName().toLowerCase(Locale.ROOT));
            default -> Comparator.comparingInt(l -> l.repo().index());
        };
        // GitHub's default direction: A to Z for names, newest first otherwise.
        String direction = query.getOrDefault("direction", sort.equals("full_name") ? "asc" : "desc");
        Comparator<Listed> order = direction.equals("asc") ? ascending : ascending.reversed();
        listed.sort(order);
        return listed.stream().map(l -> json.repo(l.repo(), canPush, l.pushedAt())).toList();
    }

    /** The latest push to any branch: when its newest run was made (runs follow pushes within seconds). */
    private Instant pushedAt(SimWorld.SimRepo repo, Instant now) {
        List<SimWorld.RunView> runs = world.runs(repo, now);
        return runs.isEmpty() ? null : runs.get(0).run().attempts.get(0).createdAt();
    }

    /** An error answer with GitHub's JSON body. */
    private record Refusal(int status, JsonNode body) {
    }

    /** Signed storage for artifact zips. */
    private void serveStorage(HttpExchange exchange, Matcher m, boolean carriesToken) throws IOException {
        long artifactId = Long.parseLong(m.group(3));
        serveBlob(exchange, carriesToken, "application/zip", () -> world.repo(m.group(1), m.group(2))
                .flatMap(repo -> world.run(repo, artifactId / 10, worldClock.instant()))
                .flatMap(view -> SimReports.byId(view, artifactId)).map(SimReports::zip));
    }

    /** Signed storage for release assets. */
    private void serveAsset(HttpExchange exchange, Matcher m, boolean carriesToken) throws IOException {
        serveBlob(exchange, carriesToken, "application/octet-stream", () -> world.repo(m.group(1), m.group(2))
                .flatMap(repo -> SimReleases.asset(repo, Long.parseLong(m.group(3))))
                .map(asset -> SimReports.resource(asset.resource())));
    }

    /** Signed storage: no token wanted (a request carrying one is refused, as a leak would be). */
    private void serveBlob(HttpExchange exchange, boolean carriesToken, String contentType,
            Supplier<Optional<byte[]>> bytes) throws IOException {
        if (carriesToken) {
            send(exchange, 400, "{\"message\":\"storage does not accept an Authorization header\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<byte[]> blob = bytes.get();
        if (blob.isEmpty()) {
            send(exchange, 404, new byte[0]);
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", contentType);
        send(exchange, 200, blob.get());
    }

    private JsonNode paginate(HttpExchange exchange, List<ObjectNode> items, Map<String, String> query) {
        int perPage = perPage(query);
        int page = page(query);
        addLink(exchange, items.size(), page, perPage);
        return json.array(slice(items, page, perPage));
    }

    private static List<ObjectNode> slice(List<ObjectNode> items, int page, int perPage) {
        int from = Math.min(items.size(), (page - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    private void addLink(HttpExchange exchange, int total, int page, int perPage) {
        int last = Math.max(1, (total + perPage - 1) / perPage);
        if (page >= last) {
            return;
        }
        URI uri = exchange.getRequestURI();
        String base = origin(exchange) + uri.getPath() + "?" + withoutPage(uri.getRawQuery());
        exchange.getResponseHeaders().add("Link", "<" + base + "page=" + (page + 1) + ">; rel=\"next\", <" + base
                + "page=" + last + ">; rel=\"last\"");
    }

    /**
     * The origin the client asked (its Host header), as GitHub names its own in its links: behind a proxy on
     * another port (the latency benchmark's), the next page goes through the proxy too. This server's own otherwise.
     */
    private String origin(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && HOST_AND_PORT.matcher(host).matches() ? "http://" + host : baseUrl().toString();
    }

    private static String withoutPage(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : rawQuery.split("&")) {
            if (!part.startsWith("page=")) {
                out.append(part).append('&');
            }
        }
        return out.toString();
    }

    private static int perPage(Map<String, String> query) {
        return Math.max(1, Math.min(100, Integer.parseInt(query.getOrDefault("per_page", "30"))));
    }

    private static int page(Map<String, String> query) {
        return Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String raw = uri.getQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return out;
    }

    private void sendConditional(HttpExchange exchange, JsonNode body, boolean authenticated) throws IOException {
        byte[] bytes = bytes(body);
        String etag = "W/\"" + sha1(bytes) + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (etag.equals(ifNoneMatch)) {
            // 304s are free against the rate limit, as on GitHub for authenticated requests.
            addRateLimitHeaders(exchange, authenticated, false);
            send(exchange, 304, new byte[0]);
            return;
        }
        if (!addRateLimitHeaders(exchange, authenticated, true)) {
            sendRateLimited(exchange);
            return;
        }
        send(exchange, 200, bytes);
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode body, boolean authenticated, boolean charge)
            throws IOException {
        if (!addRateLimitHeaders(exchange, authenticated, charge)) {
            sendRateLimited(exchange);
            return;
        }
        send(exchange, status, bytes(body));
    }

    private void sendRateLimited(HttpExchange exchange) throws IOException {
        send(exchange, 403, "{\"message\":\"API rate limit exceeded\",\"documentation_url\":\"https://docs.github.com/rest/rate-limit\"}"
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the headers; returns false when the budget is used up (the request must then be refused). */
    private synchronized boolean addRateLimitHeaders(HttpExchange exchange, boolean authenticated, boolean charge) {
        int[] counter = counter(authenticated);
        int limit = authenticated ? AUTHENTICATED_LIMIT : ANONYMOUS_LIMIT;
        boolean allowed = !charge || counter[0] < limit;
        if (charge && allowed) {
            counter[0]++;
        }
        var headers = exchange.getResponseHeaders();
        headers.add("x-ratelimit-limit", Integer.toString(limit));
        headers.add("x-ratelimit-remaining", Integer.toString(Math.max(0, limit - counter[0])));
        headers.add("x-ratelimit-used", Integer.toString(counter[0]));
        headers.add("x-ratelimit-reset", Long.toString(windowReset.getEpochSecond()));
        headers.add("x-ratelimit-resource", "core");
        return allowed;
    }

    private synchronized int[] counter(boolean authenticated) {
        Instant now = wallClock.instant();
        if (!now.isBefore(windowReset)) {
            used.clear();
            windowReset = now.plus(rateLimitWindow);
        }
        return used.computeIfAbsent(authenticated, k -> new int[1]);
    }

    private ObjectNode rateLimitBody(boolean authenticated, int usedCount) {
        int limit = authenticated ? AUTHENTICATED_LIMIT : ANONYMOUS_LIMIT;
        ObjectNode core = json.mapper().createObjectNode();
        core.put("limit", limit);
        core.put("used", usedCount);
        core.put("remaining", Math.max(0, limit - usedCount));
        core.put("reset", windowReset.getEpochSecond());
        ObjectNode body = json.mapper().createObjectNode();
        body.putObject("resources").set("core", core);
        body.set("rate", core.deepCopy());
        return body;
    }

    private Optional<SimFault> takeFault(String path) {
        for (SimFault fault : faults) {
            if (path.startsWith(fault.pathPrefix())) {
                faults.remove(fault);
                if (fault.times() > 1) {
                    faults.addFirst(fault.once());
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0;
        sendHeaders(exchange, status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends the status and headers ({@code length} as {@link HttpExchange#sendResponseHeaders}: 0 chunked, -1 none). */
    private void sendHeaders(HttpExchange exchange, int status, long length) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.add("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(wallClock.instant().atZone(ZoneOffset.UTC)));
        headers.add("X-GitHub-Media-Type", "github.v3; format=json");
        faultHeaders.getOrDefault(exchange, Map.of()).forEach(headers::set);
        if (!headers.containsKey("Content-Type")) {
            headers.add("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, length);
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
