package io.intelgraph.maestro.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release endpoints of the simulated GitHub: {@code GET releases/latest}, {@code GET tags},
 * {@code GET commits}, {@code GET compare/{base}...{head}} (paginated, with the changed files) and
 * {@code POST releases} (kept in memory; a draft stays one). Main's history is {@link SimHistory}'s
 * commits followed by the pushes of the world; other branches are their pushes.
 */
final class SimReleaseRoutes {

    /** What {@link #route} answers for a path that is not one of these. */
    static final Object NOT_MINE = new Object();

    /** An answer with its status (201 for a created release, 422 for a refused one). */
    record Answer(int status, JsonNode body) {
    }

    private static final Pattern LATEST = Pattern.compile("/repos/([^/]+)/([^/]+)/releases/latest");
    private static final Pattern RELEASES = Pattern.compile("/repos/([^/]+)/([^/]+)/releases");
    private static final Pattern TAGS = Pattern.compile("/repos/([^/]+)/([^/]+)/tags");
    private static final Pattern COMMITS = Pattern.compile("/repos/([^/]+)/([^/]+)/commits");
    private static final Pattern COMPARE = Pattern.compile("/repos/([^/]+)/([^/]+)/compare/(.+?)\\.\\.\\.(.+)");

    private final SimWorld world;
    private final SimJson json;
    private final String apiBase;
    private final List<ObjectNode> created = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(61_000_000L);

    SimReleaseRoutes(SimWorld world, SimJson json, String apiBase) {
        this.world = world;
        this.json = json;
        this.apiBase = apiBase;
    }

    Object route(HttpExchange exchange, String path, Map<String, String> query, boolean authenticated, Instant now)
            throws IOException {
        Matcher m;
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && (m = RELEASES.matcher(path)).matches()) {
            if (!authenticated) {
                return 401;
            }
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            return repo.isEmpty() ? null : create(repo.get(), exchange.getRequestBody());
        }
        if (!method.equals("GET")) {
            return NOT_MINE;
        }
        if ((m = LATEST.matcher(path)).matches()) {
            return world.repo(m.group(1), m.group(2)).flatMap(repo -> SimHistory.latestRelease(repo)
                    .map(tag -> (Object) release(repo, tag, false, false, "", now))).orElse(null);
        }
        if ((m = TAGS.matcher(path)).matches()) {
            return world.repo(m.group(1), m.group(2)).map(repo -> (Object) page(exchange, query, tags(repo))).orElse(null);
        }
        if ((m = COMPARE.matcher(path)).matches()) {
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            return repo.isEmpty() ? null : compare(exchange, query, repo.get(), decode(m.group(3)), decode(m.group(4)), now);
        }
        if ((m = COMMITS.matcher(path)).matches()) {
            Optional<SimWorld.SimRepo> repo = world.repo(m.group(1), m.group(2));
            if (repo.isEmpty()) {
                return null;
            }
            List<SimHistory.Commit> line = new ArrayList<>(line(repo.get(), query.getOrDefault("sha", "main"), now));
            Collections.reverse(line); // newest first, as GitHub lists them
            return page(exchange, query, line.stream().map(c -> commit(repo.get(), c)).toList());
        }
        return NOT_MINE;
    }

    private Object create(SimWorld.SimRepo repo, InputStream body) throws IOException {
        JsonNode request = json.mapper().readTree(body);
        String tag = request.path("tag_name").asText("");
        if (tag.isBlank()) {
            ObjectNode refusal = json.mapper().createObjectNode().put("message", "Validation Failed");
            refusal.putArray("errors").addObject().put("resource", "Release").put("code", "missing_field").put("field", "tag_name");
            return new Answer(422, refusal);
        }
        ObjectNode release = release(repo, tag, request.path("draft").asBoolean(false),
                request.path("prerelease").asBoolean(false), request.path("body").asText(""), null);
        release.put("id", ids.incrementAndGet());
        release.put("name", request.path("name").asText(tag));
        release.put("target_commitish", request.path("target_commitish").asText(repo.defaultBranch()));
        created.add(release);
        return new Answer(201, release);
    }

    /** The releases created through the API so far (tests look at what a client asked for). */
    List<ObjectNode> created() {
        return List.copyOf(created);
    }

    private ObjectNode release(SimWorld.SimRepo repo, String tag, boolean draft, boolean prerelease, String notes,
            Instant published) {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("id", 60_000_000L + repo.index());
        node.put("tag_name", tag);
        node.put("name", tag);
        node.put("draft", draft);
        node.put("prerelease", prerelease);
        node.put("body", notes);
        node.putObject("author").put("login", "release-bot").put("type", "Bot");
        node.put("html_url", "https://github.sim.local/" + repo.fullName() + "/releases/" + (draft ? "edit/untagged-" : "tag/") + tag);
        node.put("url", apiBase + "/repos/" + repo.fullName() + "/releases/" + node.get("id").asLong());
        node.put("created_at", SimJson.iso(world.origin().minus(SimWorld.HISTORY)));
        if (draft || published == null) {
            node.putNull("published_at");
        } else {
            node.put("published_at", SimJson.iso(world.origin().minus(SimWorld.HISTORY)));
        }
        node.putArray("assets");
        return node;
    }

    private List<ObjectNode> tags(SimWorld.SimRepo repo) {
        List<SimHistory.Commit> history = SimHistory.commits(repo, world.origin());
        List<ObjectNode> tags = new ArrayList<>();
        SimHistory.tags(repo).forEach((name, index) -> {
            ObjectNode tag = json.mapper().createObjectNode().put("name", name);
            String sha = history.get(index).sha();
            tag.putObject("commit").put("sha", sha).put("url", apiBase + "/repos/" + repo.fullName() + "/commits/" + sha);
            tag.put("zipball_url", apiBase + "/repos/" + repo.fullName() + "/zipball/" + name);
            tag.put("tarball_url", apiBase + "/repos/" + repo.fullName() + "/tarball/" + name);
            tags.add(tag);
        });
        return tags;
    }

    /** The commits of a branch, oldest first: main's history and pushes, or another branch's pushes. */
    private List<SimHistory.Commit> line(SimWorld.SimRepo repo, String branch, Instant now) {
        List<SimHistory.Commit> line = new ArrayList<>();
        if (branch.equals(repo.defaultBranch())) {
            line.addAll(SimHistory.commits(repo, world.origin()));
        }
        List<SimWorld.RunView> runs = new ArrayList<>(world.runs(repo, now));
        Collections.reverse(runs);
        Set<String> seen = new LinkedHashSet<>();
        for (SimWorld.RunView view : runs) {
            SimWorld.SimRun run = view.run();
            if (run.branch.equals(branch) && seen.add(run.sha)) {
                line.add(new SimHistory.Commit(run.sha, run.message, run.actor, run.attempts.get(0).createdAt(),
                        run.buildFilesChanged ? List.of("pom.xml", "src/main/java/App.java") : List.of("src/main/java/App.java")));
            }
        }
        return line;
    }

    private Object compare(HttpExchange exchange, Map<String, String> query, SimWorld.SimRepo repo, String base,
            String head, Instant now) {
        String branch = world.branches(repo, now).contains(head) ? head : branchOf(repo, head, now).orElse(null);
        if (branch == null) {
            return null;
        }
        List<SimHistory.Commit> line = line(repo, branch, now);
        int headIndex = head.equals(branch) ? line.size() - 1 : indexOf(line, head);
        String baseSha = Optional.ofNullable(SimHistory.tags(repo).get(base))
                .map(i -> SimHistory.commits(repo, world.origin()).get(i).sha()).orElse(base);
        int baseIndex = indexOf(line, baseSha);
        if (baseIndex < 0 && !branch.equals(repo.defaultBranch()) && branchOf(repo, baseSha, now).isPresent()) {
            baseIndex = -1; // a branch compared with main: all of its own commits
        } else if (baseIndex < 0) {
            return null;
        }
        List<SimHistory.Commit> commits = headIndex > baseIndex ? line.subList(baseIndex + 1, headIndex + 1) : List.of();
        ObjectNode body = json.mapper().createObjectNode();
        body.put("url", apiBase + "/repos/" + repo.fullName() + "/compare/" + base + "..." + head);
        body.put("status", headIndex > baseIndex ? "ahead" : headIndex == baseIndex ? "identical" : "behind");
        body.put("ahead_by", commits.size());
        body.put("behind_by", Math.max(0, baseIndex - headIndex));
        body.put("total_commits", commits.size());
        int page = page(query);
        int perPage = perPage(query);
        link(exchange, commits.size(), page, perPage);
        ArrayNode array = body.putArray("commits");
        slice(commits.stream().map(c -> commit(repo, c)).toList(), page, perPage).forEach(array::add);
        if (page == 1) {
            Set<String> files = new LinkedHashSet<>();
            commits.forEach(c -> files.addAll(c.files()));
            ArrayNode changed = body.putArray("files");
            files.forEach(f -> changed.addObject().put("filename", f).put("status", "modified"));
        }
        return body;
    }

    private Optional<String> branchOf(SimWorld.SimRepo repo, String sha, Instant now) {
        if (SimHistory.commits(repo, world.origin()).stream().anyMatch(c -> c.sha().equals(sha))) {
            return Optional.of(repo.defaultBranch());
        }
        return world.runs(repo, now).stream().filter(v -> v.run().sha.equals(sha)).map(v -> v.run().branch).findFirst();
    }

    private static int indexOf(List<SimHistory.Commit> line, String sha) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).sha().startsWith(sha) && sha.length() >= 7) {
                return i;
            }
        }
        return -1;
    }

    private ObjectNode commit(SimWorld.SimRepo repo, SimHistory.Commit c) {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("sha", c.sha());
        ObjectNode git = node.putObject("commit");
        git.putObject("author").put("name", c.author()).put("email", c.author() + "@users.noreply.github.com")
                .put("date", SimJson.iso(c.at()));
        git.put("message", c.message());
        node.putObject("author").put("login", c.author()).put("type", c.author().endsWith("[bot]") ? "Bot" : "User");
        node.put("url", apiBase + "/repos/" + repo.fullName() + "/commits/" + c.sha());
        node.put("html_url", "https://github.sim.local/" + repo.fullName() + "/commit/" + c.sha());
        return node;
    }

    private JsonNode page(HttpExchange exchange, Map<String, String> query, List<ObjectNode> items) {
        int page = page(query);
        int perPage = perPage(query);
        link(exchange, items.size(), page, perPage);
        return json.array(slice(items, page, perPage));
    }

    private static List<ObjectNode> slice(List<ObjectNode> items, int page, int perPage) {
        int from = Math.min(items.size(), (page - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    /** GitHub's Link header: next and last, on the same path with page= replaced. */
    private void link(HttpExchange exchange, int total, int page, int perPage) {
        int last = Math.max(1, (total + perPage - 1) / perPage);
        if (page >= last) {
            return;
        }
        URI uri = exchange.getRequestURI();
        StringBuilder kept = new StringBuilder();
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                if (!part.startsWith("page=")) {
                    kept.append(part).append('&');
                }
            }
        }
        String base = apiBase + uri.getRawPath() + "?" + kept;
        exchange.getResponseHeaders().add("Link", "<" + base + "page=" + (page + 1) + ">; rel=\"next\", <" + base
                + "page=" + last + ">; rel=\"last\"");
    }

    private static int perPage(Map<String, String> query) {
        return Math.max(1, Math.min(100, Integer.parseInt(query.getOrDefault("per_page", "30"))));
    }

    private static int page(Map<String, String> query) {
        return Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
