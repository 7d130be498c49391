package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The Kubernetes API calls one client makes, sorted by kind, for tests that measure them: a fabric8
 * interceptor sees every request the client sends (watches included), whoever else uses the server.
 */
public final class ApiCalls implements Interceptor {

    /** What a request asks of the API server. */
    public enum Kind {
        /** GET of a collection: the call informers exist to avoid. */
        LIST,
        /** GET of a collection with {@code watch=true}. */
        WATCH,
        /** GET of one object. */
        GET,
        /** POST, PUT, PATCH, DELETE. */
        WRITE
    }

    public record Call(Kind kind, String method, String path) {
    }

    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();

    /** A client of the API server at {@code masterUrl} (the test's own emulation: its certificate trusted) whose calls this counts. */
    public KubernetesClient client(String masterUrl) {
        return new KubernetesClientBuilder().withTaskExecutorSupplier(new ClientCallbackThreads())
                .withConfig(new ConfigBuilder().withMasterUrl(masterUrl).withTrustCerts(true)
                        .withRequestRetryBackoffLimit(0).build())
                .withHttpClientBuilderConsumer(builder -> builder.addOrReplaceInterceptor("api-calls", this))
                .build();
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        calls.add(classify(request.method(), request.uri()));
    }

    /** The calls made since the last time they were taken. */
    public List<Call> take() {
        List<Call> taken = new ArrayList<>();
        for (Call call = calls.poll(); call != null; call = calls.poll()) {
            taken.add(call);
        }
        return taken;
    }

    public static long count(List<Call> calls, Kind kind) {
        return calls.stream().filter(c -> c.kind() == kind).count();
    }

    /** How many calls of {@code kind} went to each path, for a message that says which. */
    public static Map<String, Long> byPath(List<Call> calls, Kind kind) {
        Map<String, Long> paths = new TreeMap<>();
        calls.stream().filter(c -> c.kind() == kind).forEach(c -> paths.merge(c.path(), 1L, Long::sum));
        return paths;
    }

    /**
     * /api/v1/namespaces and /api/v1/namespaces/pr-1/pods are collections, /api/v1/namespaces/pr-1
     * and /apis/apps/v1/namespaces/pr-1/deployments/web are objects.
     */
    static Call classify(String method, URI uri) {
        String path = uri.getPath();
        if (!"GET".equals(method)) {
            return new Call(Kind.WRITE, method, path);
        }
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        int prefix = !segments.isEmpty() && segments.get(0).equals("apis") ? 3 : 2;   // api/v1 or apis/GROUP/VERSION
        List<String> rest = segments.subList(Math.min(prefix, segments.size()), segments.size());
        if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
            rest = rest.subList(2, rest.size());
        }
        boolean watch = uri.getQuery() != null && Arrays.asList(uri.getQuery().split("&")).contains("watch=true");
        Kind kind = rest.size() != 1 ? Kind.GET : watch ? Kind.WATCH : Kind.LIST;
        return new Call(kind, method, path);
    }
}
