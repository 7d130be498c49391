package io.intelgraph.maestro.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.net.CappedBody;
import io.intelgraph.maestro.net.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * HTTP to the GitHub REST API: auth, conditional requests (ETag → 304), pagination links,
 * rate-limit headers, pacing under the secondary limits ({@link RequestPacer}), requests and 304s
 * counted per endpoint, and classification of failures into {@link GitHubException}s a person can
 * act on. Thread-safe; {@link #inLane} gives a view for background work that shares all of it.
 */
public final class GitHubHttp {

    private static final Logger LOG = LoggerFactory.getLogger(GitHubHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SECONDARY_LIMIT_DEFAULT_WAIT = Duration.ofSeconds(60);
    /** A scheme is case-insensitive (RFC 3986 §3.1): {@code HTTP://} is absolute too. */
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://");

    /**
     * GitHub's API pages are at most a few hundred KB (100 items); 10 MB leaves room for big trees
     * and still stops a broken or hostile server before it fills the heap.
     */
    static final long MAX_JSON_BYTES = 10L << 20;
    /** Above EvidenceCollector's 1 GiB limit on the sizes GitHub lists: what is read may differ from what was listed. */
    static final long MAX_DOWNLOAD_BYTES = 2L << 30;
    /** A download's whole transfer; stalls are caught sooner, by the request timeout between bytes. */
    static final Duration DOWNLOAD_DEADLINE = Duration.ofMinutes(15);

    private final URI baseUrl;
    private final ApiOrigin origin;
    private final Credentials credentials;
    /** Whether a token was configured when the client was made (the plain-text warning's test). */
    private final boolean tokenConfigured;
    private final HttpClient http;
    private final HttpClient noRedirects;
    private final Clock clock;
    private final Duration timeout;
    private final EtagCache etags;
    private final AtomicReference<RateLimit> lastRateLimit;
    private final AtomicLong requests;
    private final AtomicLong notModified;
    private final Map<String, EndpointCounter> byEndpoint;
    private final Map<Thread, InFlight> inFlight;
    private final RequestPacer pacer;
    private final RequestPacer.Lane lane;

    /** A client paced under GitHub's secondary limits ({@link RequestPacer.Policy#github()}). */
    public GitHubHttp(URI baseUrl, Optional<Token> token, Clock clock, Duration timeout) {
        this(baseUrl, Credentials.of(token), token.isPresent(), clock, timeout, RequestPacer.Policy.github(),
                Network.DIRECT);
    }

    public GitHubHttp(URI baseUrl, Optional<Token> token, Clock clock, Duration timeout, RequestPacer.Policy pacing) {
        this(baseUrl, Credentials.of(token), token.isPresent(), clock, timeout, pacing, Network.DIRECT);
    }

    /**
     * A client whose token is asked of {@code credentials} per request (an App's installation token,
     * a sign-in that happens while the HUD runs), reaching GitHub through {@code network}.
     */
    public GitHubHttp(URI baseUrl, Credentials credentials, Clock clock, Duration timeout, Network network) {
        this(baseUrl, credentials, true, clock, timeout, RequestPacer.Policy.github(), network);
    }

    public GitHubHttp(URI baseUrl, Credentials credentials, Clock clock, Duration timeout, RequestPacer.Policy pacing,
            Network network) {
        this(baseUrl, credentials, true, clock, timeout, pacing, network);
    }

    private GitHubHttp(URI baseUrl, Credentials credentials, boolean tokenConfigured, Clock clock, Duration timeout,
            RequestPacer.Policy pacing, Network network) {
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.origin = ApiOrigin.of(this.baseUrl);
        this.credentials = credentials;
        this.tokenConfigured = tokenConfigured;
        this.clock = clock;
        this.timeout = timeout;
        this.http = network.client()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.noRedirects = network.client().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.etags = new EtagCache(4096);
        this.lastRateLimit = new AtomicReference<>();
        this.requests = new AtomicLong();
        this.notModified = new AtomicLong();
        this.byEndpoint = new ConcurrentHashMap<>();
        this.inFlight = new ConcurrentHashMap<>();
        this.pacer = new RequestPacer(pacing, clock);
        this.lane = RequestPacer.Lane.INTERACTIVE;
        plainTextToken().ifPresent(LOG::warn);
    }

    /** The same client (connections, cache, counts, pacing) sending its requests in {@code lane}. */
    private GitHubHttp(GitHubHttp shared, RequestPacer.Lane lane) {
        this.baseUrl = shared.baseUrl;
        this.origin = shared.origin;
        this.credentials = shared.credentials;
        this.tokenConfigured = shared.tokenConfigured;
        this.clock = shared.clock;
        this.timeout = shared.timeout;
        this.http = shared.http;
        this.noRedirects = shared.noRedirects;
        this.etags = shared.etags;
        this.lastRateLimit = shared.lastRateLimit;
        this.requests = shared.requests;
        this.notModified = shared.notModified;
        this.byEndpoint = shared.byEndpoint;
        this.inFlight = shared.inFlight;
        this.pacer = shared.pacer;
        this.lane = lane;
    }

    /**
     * This client for work of another kind: background work (polling, evidence reads) gets a smaller
     * share of the secondary limits than a person's clicks, so a click always finds room.
     */
    public GitHubHttp inLane(RequestPacer.Lane lane) {
        return lane == this.lane ? this : new GitHubHttp(this, lane);
    }

    public RequestPacer pacer() {
        return pacer;
    }

    /**
     * A warning when the token would cross a network unencrypted: {@code http://} to a host other
     * than this machine. Said once, when the client is made; shown in status by whoever shows the source.
     */
    public Optional<String> plainTextToken() {
        if (!tokenConfigured || !origin.scheme().equals("http") || origin.loopback()) {
            return Optional.empty();
        }
        return Optional.of("The GitHub token is sent without encryption (http://) to " + origin
                + ": anyone on the network between can read it. Use an https:// API URL.");
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Whether requests carry a token; no I/O, so a view may ask it on its thread. */
    public boolean hasToken() {
        return credentials.configured();
    }

    /** The rate-limit headers of the latest response, if any response carried them. */
    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    /**
     * Drops the cached answers under {@code pathPrefix} (e.g. {@code /repos/o/r/}): a repository no
     * longer watched must not keep its pages in memory until the cache's count bound is reached.
     */
    public void forget(String pathPrefix) {
        etags.removeIf(uri -> uri.getPath().startsWith(baseUrl.getPath() + pathPrefix));
    }

    /** Requests sent so far, and how many of them were answered 304 (free against the rate limit). */
    public RequestCounts requestCounts() {
        return new RequestCounts(requests.get(), notModified.get());
    }

    public record RequestCounts(long sent, long notModified) {
        public long charged() {
            return sent - notModified;
        }
    }

    /** Requests sent and 304s per endpoint ({@code GET /repos/{owner}/{repo}/actions/runs}), for metrics. */
    public Map<String, RequestCounts> requestCountsByEndpoint() {
        Map<String, RequestCounts> out = new TreeMap<>();
        byEndpoint.forEach((endpoint, counter) -> out.put(endpoint, counter.counts()));
        return out;
    }

    /** Everything {@link GitHubTraffic} says, read now. */
    public GitHubTraffic traffic() {
        return new GitHubTraffic(requestCounts(), requestCountsByEndpoint(), pacer.pointsLastMinute(),
                pacer.policy().pointsPerMinute());
    }

    private static final class EndpointCounter {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong notModified = new AtomicLong();

        RequestCounts counts() {
            return new RequestCounts(sent.get(), notModified.get());
        }
    }

    /** The endpoint a request to {@code uri} belongs to, below the API's base path. */
    private String endpoint(String method, URI uri) {
        String path = uri.getPath();
        String base = baseUrl.getPath();
        return RestRoute.of(method, path.startsWith(base) ? path.substring(base.length()) : path);
    }

    /**
     * GET an API path (e.g. {@code /repos/o/r/actions/runs?per_page=100}) or an absolute next-page
     * URL on the API's origin; a URL elsewhere is refused (see {@link ApiOrigin}).
     */
    public GitHubResponse get(String pathOrUrl) throws GitHubException {
        return get(resolve(pathOrUrl));
    }

    /** GET a URI, e.g. a next page as {@link LinkHeader} resolved it; a URI elsewhere is refused. */
    GitHubResponse get(URI uri) throws GitHubException {
        requireApiOrigin(uri, "GET");
        Optional<EtagCache.Cached> cached = etags.get(uri);
        HttpRequest.Builder request = request(uri).GET();
        cached.ifPresent(c -> request.header("If-None-Match", c.etag()));
        HttpResponse<byte[]> response = exchange(request.build(), "GET");
        if (response.statusCode() == 304 && cached.isPresent()) {
            notModified.incrementAndGet();
            byEndpoint.computeIfAbsent(endpoint("GET", uri), k -> new EndpointCounter()).notModified.incrementAndGet();
            return new GitHubResponse(uri, cached.get().body(), true, cached.get().next(),
                    readRateLimit(response.headers()));
        }
        GitHubResponse parsed = accept(response, response.body(), "GET");
        // An answer whose next page is refused (another origin) is not kept: a 304 would bring the refusal back.
        if (parsed.next().filter(next -> !origin.contains(next)).isEmpty()) {
            response.headers().firstValue("ETag")
                    .ifPresent(etag -> etags.put(uri, EtagCache.Cached.of(etag, parsed.body(), parsed.next())));
        }
        return parsed;
    }

    /** POST with a JSON body (re-run requests); the answer is usually 201 with no body. */
    public GitHubResponse post(String path, String jsonBody) throws GitHubException {
        URI uri = resolve(path);
        requireApiOrigin(uri, "POST");
        HttpRequest.Builder request = request(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        HttpResponse<byte[]> response = exchange(request.build(), "POST");
        return accept(response, response.body(), "POST");
    }

    /** Whether {@code uri} is on the configured API's origin, the only one that sees the token. */
    public boolean onApiOrigin(URI uri) {
        return origin.contains(uri);
    }

    /** The API calls send the token, so they go to the API's origin only, wherever a link points. */
    private void requireApiOrigin(URI uri, String method) throws GitHubException {
        if (!origin.contains(uri)) {
            throw new GitHubException(GitHubException.Kind.MALFORMED, "Refused to " + method + " " + uri
                    + ": it is not on the GitHub API's origin " + origin
                    + " (a link in an answer pointed there), and the token goes only to that origin.");
        }
    }

    /** Reads a streamed response body; the stream is closed after it returns. */
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * GETs a (possibly large) body and hands it to {@code reader} as a stream, never in memory as a
     * whole. GitHub answers artifact downloads with a redirect to signed storage URLs: redirects are
     * followed here, and the token is sent only to the API's origin. The body is cut off past
     * {@link #MAX_DOWNLOAD_BYTES}, after {@link #DOWNLOAD_DEADLINE}, or when it pauses longer than
     * the request timeout.
     */
    public <T> T download(String pathOrUrl, BodyReader<T> reader) throws GitHubException, IOException {
        return download(pathOrUrl, "application/vnd.github+json", reader);
    }

    /** As {@link #download(String, BodyReader)}, asking for {@code accept} (release assets: application/octet-stream). */
    public <T> T download(String pathOrUrl, String accept, BodyReader<T> reader) throws GitHubException, IOException {
        URI uri = resolve(pathOrUrl);
        for (int hop = 0; hop < 5; hop++) {
            HttpRequest request = request(uri).setHeader("Accept", accept).GET().build();
            HttpResponse<InputStream> response = headersOf(noRedirects, request, "GET");
            int status = response.statusCode();
            try (InputStream body = new GuardedStream(response.body(), MAX_DOWNLOAD_BYTES, timeout, DOWNLOAD_DEADLINE)) {
                if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                    Optional<String> location = response.headers().firstValue("Location");
                    if (location.isEmpty()) {
                        throw new GitHubException(GitHubException.Kind.MALFORMED, "Redirect without a Location from GET "
                                + uri.getPath(), null, null);
                    }
                    uri = uri.resolve(location.get());
                    continue;
                }
                if (status >= 200 && status < 300) {
                    readRateLimit(response.headers());
                    return reader.read(new TransferStream(body));
                }
                accept(response, errorBody(body), "GET"); // throws the error GitHub's status means
                throw new GitHubException(GitHubException.Kind.SERVER_ERROR, "GitHub answered " + status, null, null);
            } catch (TransferStream.Broken e) {
                throw switch (e.getCause()) {
                    case GuardedStream.Expired expired -> new GitHubException(GitHubException.Kind.UNREACHABLE,
                            "The download from GET " + uri.getPath() + " (" + uri.getHost() + ") " + expired.getMessage()
                                    + "; gave up on it.", null, expired);
                    case GuardedStream.TooLarge tooLarge -> new GitHubException(GitHubException.Kind.MALFORMED,
                            "The download from GET " + uri.getPath() + " is " + tooLarge.getMessage()
                                    + ", the limit for a download; stopped reading there.", null, tooLarge);
                    default -> unreachable(uri, e.getCause());
                };
            }
        }
        throw new GitHubException(GitHubException.Kind.SERVER_ERROR, "Too many redirects from GET " + pathOrUrl, null, null);
    }

    /** The start of an error answer, for GitHub's message; a body that fails or stalls just has none. */
    private static byte[] errorBody(InputStream body) {
        try {
            return body.readNBytes(64 * 1024);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /**
     * The body as the reader sees it: a failure of the connection itself becomes {@link Broken}, so
     * it can be told from the reader's own complaint about the content (a malformed file).
     */
    private static final class TransferStream extends FilterInputStream {
        static final class Broken extends IOException {
            Broken(IOException cause) {
                super(cause.getMessage(), cause);
            }

            @Override
            public synchronized IOException getCause() {
                return (IOException) super.getCause();
            }
        }

        TransferStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new Broken(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new Broken(e);
            }
        }
    }

    /**
     * Every request is built here, and only here is the token added: to requests for the API's
     * origin (scheme, host and port), never to a link, a {@code url} field or a redirect elsewhere.
     */
    private HttpRequest.Builder request(URI uri) throws GitHubException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "maestro-build-hud");
        if (origin.contains(uri)) {
            credentials.token().ifPresent(t -> builder.header("Authorization", t.authorizationHeader()));
        }
        return builder;
    }

    private Optional<Token> currentToken() {
        try {
            return credentials.token();
        } catch (GitHubException e) {
            return Optional.empty();
        }
    }

    /** What a thread is waiting for from GitHub, and since when (for the poller's watchdog). */
    public record InFlight(String what, Instant since) {
    }

    /** The request {@code thread} is waiting on, if any. */
    public Optional<InFlight> inFlight(Thread thread) {
        return Optional.ofNullable(inFlight.get(thread));
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * One API exchange, headers and body, within the timeout: java.net.http's own timeout stops at
     * the headers, so a body that stalls would block the caller for good. The body is read up to
     * {@link #MAX_JSON_BYTES}.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request, String method) throws GitHubException {
        String what = method + " " + request.uri().getPath();
        try (RequestPacer.Permit permit = admit(method, request.uri())) {
            CompletableFuture<HttpResponse<byte[]>> future = await(what,
                    () -> http.sendAsync(request, CappedBody.handler(MAX_JSON_BYTES)));
            return finish(future, request.uri(), what, e -> e instanceof CappedBody.TooLarge tooLarge
                    ? new GitHubException(GitHubException.Kind.MALFORMED, "GitHub's answer to " + what + " is "
                            + tooLarge.getMessage() + ", the limit for an API answer; stopped reading there.", null, tooLarge)
                    : null);
        }
    }

    /** Room under the secondary limits for a request to the API (one to storage elsewhere needs none); counted. */
    private RequestPacer.Permit admit(String method, URI uri) throws GitHubException {
        if (!origin.contains(uri)) {
            return () -> {
            };
        }
        String endpoint = endpoint(method, uri);
        RequestPacer.Permit permit = pacer.admit(endpoint, RestRoute.points(method), lane);
        byEndpoint.computeIfAbsent(endpoint, k -> new EndpointCounter()).sent.incrementAndGet();
        return permit;
    }

    /** Sends with {@code client} and waits for the headers only (the body is streamed by the caller). */
    private HttpResponse<InputStream> headersOf(HttpClient client, HttpRequest request, String method)
            throws GitHubException {
        String what = method + " " + request.uri().getPath();
        // The permit covers the request, not the streaming of a body that follows.
        try (RequestPacer.Permit permit = admit(method, request.uri())) {
            return finish(await(what, () -> client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())),
                    request.uri(), what, e -> null);
        }
    }

    private <R> CompletableFuture<R> await(String what, Supplier<CompletableFuture<R>> send) {
        inFlight.put(Thread.currentThread(), new InFlight(what, clock.instant()));
        return send.get();
    }

    /** Waits for {@code future} until the timeout; on time-out or interrupt the exchange is cancelled. */
    private <R> R finish(CompletableFuture<R> future, URI uri, String what,
            Function<Throwable, GitHubException> special) throws GitHubException {
        try {
            R response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            requests.incrementAndGet();
            LOG.debug("{} {} -> {}", what, uri.getHost(), ((HttpResponse<?>) response).statusCode());
            return response;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "GitHub did not answer within "
                    + timeout.toSeconds() + " s on " + what + " (" + uri.getHost() + ")", null, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "Interrupted while waiting for " + what,
                    null, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            GitHubException mapped = special.apply(cause);
            if (mapped != null) {
                throw mapped;
            }
            if (cause instanceof IOException io) {
                throw unreachable(uri, io);
            }
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "Cannot reach " + baseUrl + " (" + cause + ")",
                    null, cause);
        } finally {
            inFlight.remove(Thread.currentThread());
        }
    }

    private GitHubResponse accept(HttpResponse<?> response, byte[] body, String method) throws GitHubException {
        URI uri = response.uri();
        HttpHeaders headers = response.headers();
        Optional<RateLimit> rateLimit = readRateLimit(headers);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode json = parseJson(body, method, uri);
            return new GitHubResponse(uri, json, false, nextPage(headers, method, uri), rateLimit);
        }
        String githubMessage = errorMessage(body);
        String what = method + " " + uri.getPath();
        switch (status) {
            case 401 -> throw new GitHubException(GitHubException.Kind.UNAUTHORIZED, currentToken()
                    .map(t -> "GitHub rejected the token from " + t.origin() + " (401 " + githubMessage
                            + "). Set a valid token, or start without one to use the simulated build plane.")
                    .orElse("GitHub requires a token for " + what + " (401 " + githubMessage
                            + "). Set GITHUB_TOKEN or log in with 'gh auth login'."));
            case 403, 429 -> throw rateLimitOrForbidden(status, headers, rateLimit, githubMessage, what);
            // The proxy's answer, not GitHub's: java.net.http hands a refused tunnel back as the response.
            case 407 -> throw new GitHubException(GitHubException.Kind.UNREACHABLE, "The proxy refused " + what
                    + " (407 Proxy Authentication Required): give its user and password in the proxy URL, "
                    + "http://user:password@host:port (HTTPS_PROXY or http.proxy).");
            case 404 -> throw new GitHubException(GitHubException.Kind.NOT_FOUND, "Not found: " + what
                    + " (404). Check the owner/repository name and that the token can see it.");
            default -> throw new GitHubException(GitHubException.Kind.SERVER_ERROR,
                    "GitHub answered " + status + " to " + what + (githubMessage.isEmpty() ? "" : ": " + githubMessage));
        }
    }

    private static Optional<URI> nextPage(HttpHeaders headers, String method, URI uri) throws GitHubException {
        try {
            return LinkHeader.next(headers.firstValue("Link").orElse(null), uri);
        } catch (LinkHeader.InvalidTarget e) {
            throw new GitHubException(GitHubException.Kind.MALFORMED, "GitHub's answer to " + method + " "
                    + uri.getPath() + " cannot be paged further: " + e.getMessage() + ".", null, e);
        }
    }

    /**
     * GitHub signals both limits with 403 or 429. Primary: {@code x-ratelimit-remaining: 0}, wait
     * for {@code x-ratelimit-reset}. Secondary: {@code retry-after} seconds, or, without it, at
     * least a minute. A 403 with neither is a permission problem.
     */
    private GitHubException rateLimitOrForbidden(int status, HttpHeaders headers, Optional<RateLimit> rateLimit,
            String githubMessage, String what) {
        Instant now = clock.instant();
        OptionalLong retryAfter = headers.firstValueAsLong("Retry-After");
        if (retryAfter.isPresent()) {
            Instant until = now.plusSeconds(Math.max(1, retryAfter.getAsLong()));
            return new GitHubException(GitHubException.Kind.RATE_LIMITED, "GitHub secondary rate limit on " + what
                    + ": waiting " + retryAfter.getAsLong() + " s (Retry-After) until " + hhmmss(until), until, null);
        }
        if (rateLimit.isPresent() && rateLimit.get().exhausted()) {
            Instant until = rateLimit.get().reset().isAfter(now) ? rateLimit.get().reset() : now.plusSeconds(1);
            return new GitHubException(GitHubException.Kind.RATE_LIMITED, "GitHub rate limit used up (0 of "
                    + rateLimit.get().limit() + " left): waiting until " + hhmmss(until), until, null);
        }
        if (status == 429 || githubMessage.toLowerCase().contains("rate limit")) {
            Instant until = now.plus(SECONDARY_LIMIT_DEFAULT_WAIT);
            return new GitHubException(GitHubException.Kind.RATE_LIMITED, "GitHub secondary rate limit on " + what
                    + ": waiting until " + hhmmss(until), until, null);
        }
        return new GitHubException(GitHubException.Kind.FORBIDDEN, "GitHub refused " + what + " (403 "
                + githubMessage + "). The token lacks a scope or permission for it.");
    }

    private static String hhmmss(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").format(instant.atZone(ZoneOffset.UTC));
    }

    private static JsonNode parseJson(byte[] body, String method, URI uri) throws GitHubException {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null || json.isMissingNode() ? NullNode.getInstance() : json;
        } catch (JsonProcessingException e) {
            throw new GitHubException(GitHubException.Kind.MALFORMED, "Malformed JSON from " + method + " "
                    + uri.getPath() + ": " + e.getOriginalMessage(), null, e);
        } catch (IOException e) {
            throw new GitHubException(GitHubException.Kind.MALFORMED, "Unreadable answer from " + method + " "
                    + uri.getPath() + ": " + e.getMessage(), null, e);
        }
    }

    /** GitHub's error bodies are {@code {"message": "...", "documentation_url": "..."}}. */
    private static String errorMessage(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(bytes);
            if (json != null && json.hasNonNull("message")) {
                return json.get("message").asText();
            }
            return "";
        } catch (IOException e) {
            return "";
        }
    }

    private Optional<RateLimit> readRateLimit(HttpHeaders headers) {
        OptionalLong limit = headers.firstValueAsLong("x-ratelimit-limit");
        OptionalLong remaining = headers.firstValueAsLong("x-ratelimit-remaining");
        OptionalLong reset = headers.firstValueAsLong("x-ratelimit-reset");
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        RateLimit rateLimit = new RateLimit((int) limit.getAsLong(), (int) remaining.getAsLong(),
                (int) headers.firstValueAsLong("x-ratelimit-used").orElse(limit.getAsLong() - remaining.getAsLong()),
                Instant.ofEpochSecond(reset.getAsLong()),
                headers.firstValue("x-ratelimit-resource").orElse("core"));
        if ("core".equals(rateLimit.resource())) {
            lastRateLimit.set(rateLimit);
        }
        return Optional.of(rateLimit);
    }

    /** A sentence even for an I/O error without a message: the exception's type and the path it failed on. */
    GitHubException unreachable(URI uri, IOException e) {
        String reason;
        if (e instanceof ConnectException) {
            reason = "connection refused";
        } else if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            reason = "timed out after " + timeout.toSeconds() + " s";
        } else if (e instanceof UnknownHostException || e.getCause() instanceof UnknownHostException) {
            reason = "unknown host " + uri.getHost();
        } else {
            reason = e.getClass().getSimpleName() + " on " + uri.getPath() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return new GitHubException(GitHubException.Kind.UNREACHABLE, "Cannot reach " + baseUrl + " (" + reason + ")",
                null, e);
    }

    private URI resolve(String pathOrUrl) {
        if (ABSOLUTE_HTTP.matcher(pathOrUrl).lookingAt()) {
            return URI.create(pathOrUrl);
        }
        return URI.create(baseUrl + (pathOrUrl.startsWith("/") ? pathOrUrl : "/" + pathOrUrl));
    }

    private static URI stripTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
