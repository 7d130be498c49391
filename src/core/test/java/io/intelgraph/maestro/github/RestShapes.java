package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.repo.RepoId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Test access to {@link RestMapper} (package-private) for the fuzz tests: one REST response body
 * mapped as each object shape GitHubClient reads, so the mapping is fuzzed without an HTTP server.
 */
public final class RestShapes {

    private static final RepoId FALLBACK = new RepoId("fuzz", "repo");

    private static final List<Function<PayloadNode, Object>> SHAPES = List.of(
            RestMapper::repo,
            run -> RestMapper.run(run, FALLBACK),
            RestMapper::job,
            pr -> RestMapper.pullRequest(pr, FALLBACK),
            RestMapper::checkRun,
            RestMapper::checkSuite,
            RestMapper::release,
            deployment -> RestMapper.deployment(deployment, ""),
            alert -> RestMapper.codeScanningAlert(alert, "refs/heads/main"),
            RestMapper::artifact);

    /** The list fields of GitHub's list endpoints, whose elements are the shapes above. */
    private static final List<String> LISTS = List.of("workflow_runs", "jobs", "artifacts", "check_runs",
            "check_suites", "repositories");

    private RestShapes() {
    }

    /**
     * Maps {@code body} (and each element of a list endpoint's body) as every shape; returns the
     * records mapped, throws {@link MalformedPayloadException} for the first shape that does not fit.
     */
    public static List<Object> mapEveryShape(JsonNode body) {
        PayloadNode root = PayloadNode.root(body, "response");
        List<PayloadNode> objects = new ArrayList<>();
        if (body.isArray()) {
            objects.addAll(root.elements());
        } else {
            objects.add(root);
            for (String list : LISTS) {
                objects.addAll(root.optionalArray(list));
            }
        }
        List<Object> mapped = new ArrayList<>();
        for (PayloadNode object : objects) {
            for (Function<PayloadNode, Object> shape : SHAPES) {
                mapped.add(shape.apply(object));
            }
        }
        return mapped;
    }
}
