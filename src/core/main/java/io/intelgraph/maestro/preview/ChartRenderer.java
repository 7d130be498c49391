package io.intelgraph.maestro.preview;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.intelgraph.maestro.model.preview.PreviewRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart in helm/intelgraph through a real Helm (helm-java ships Helm as a native library):
 * lint, and render a preview's manifests offline with the values the HUD sets.
 */
public final class ChartRenderer {

    private final Path chart;

    public ChartRenderer(Path chart) {
        if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
            throw new IllegalArgumentException("No Helm chart at " + chart + " (Chart.yaml missing)");
        }
        this.chart = chart;
    }

    public Path chart() {
        return chart;
    }

    /** The values of {@code --set} for a preview, in the order the README's helm line shows them. */
    public static Map<String, Object> values(PreviewRequest request, Instant now) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("image.server.tag", request.headSha());
        values.put("image.client.tag", request.headSha());
        values.put("pr.number", request.prNumber());
        values.put("pr.repo", request.repo().fullName());
        values.put("pr.headSha", request.headSha());
        values.put("pr.ttlHours", request.ttl().toHours());
        values.put("pr.expiresAt", now.plus(request.ttl()).toString());
        return values;
    }

    /** {@code helm lint}: failed, and every message (errors, warnings, info). */
    public LintResult lint() {
        return HelmLibrary.call(() -> new Helm(chart).lint().call());
    }

    /** {@code helm template}: the manifests as one multi-document YAML string. */
    public String render(PreviewRequest request, Instant now) {
        var template = new Helm(chart).template().withName(request.releaseName()).withNamespace(request.namespace());
        values(request, now).forEach(template::set);
        return HelmLibrary.call(template::call);
    }

    /** The equivalent command line, for the log and the README. */
    public static List<String> commandLine(PreviewRequest request, Path chart, Instant now) {
        List<String> args = new ArrayList<>(List.of("helm", "upgrade", "--install", request.releaseName(),
                chart.toString(), "--namespace", request.namespace(), "--create-namespace"));
        values(request, now).forEach((k, v) -> {
            args.add("--set");
            args.add(k + "=" + v);
        });
        return args;
    }
}
