package io.intelgraph.maestro.model.preview;

import io.intelgraph.maestro.model.repo.RepoId;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The labels and annotations that mark what the HUD created. The safety guard deletes nothing
 * without them; the chart in helm/intelgraph puts the same ones on every object.
 */
public final class PreviewLabels {

    public static final String PREVIEW = "maestro.intelgraph.io/preview";
    public static final String PR = "maestro.intelgraph.io/pr";
    public static final String REPO = "maestro.intelgraph.io/repo";
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGED_BY_VALUE = "maestro-build-hud";
    public static final String EXPIRES_AT = "maestro.intelgraph.io/expires-at";
    public static final String TTL_HOURS = "maestro.intelgraph.io/ttl-hours";
    public static final String HEAD_SHA = "maestro.intelgraph.io/head-sha";
    public static final String DEPLOYED_BY = "maestro.intelgraph.io/deployed-by";

    /** The largest PR number a preview namespace can name (pr-N, N of at most nine digits). */
    public static final int MAX_PR_NUMBER = 999_999_999;
    private static final Pattern PREVIEW_NAMESPACE = Pattern.compile("pr-([1-9][0-9]{0,8})");

    private PreviewLabels() {
    }

    /** The namespace of PR {@code prNumber}'s preview; a PR number below 1 names no PR and is refused. */
    public static String namespaceOf(int prNumber) {
        requirePrNumber(prNumber);
        return "pr-" + prNumber;
    }

    /**
     * Refuses a PR number below 1, or of more than nine digits (a namespace named for it could then never be listed or
     * torn down: pr-N is read back with at most nine), with the same sentence everywhere (deploy, teardown, the CLI).
     */
    public static int requirePrNumber(int prNumber) {
        if (prNumber < 1) {
            throw new IllegalArgumentException("PR number must be positive, got " + prNumber);
        }
        if (prNumber > MAX_PR_NUMBER) {
            throw new IllegalArgumentException("PR number must have at most nine digits, got " + prNumber);
        }
        return prNumber;
    }


    /** owner/name as a label value ("/" is not allowed in label values; GitHub owners hold no "."). */
    public static String repoLabel(String fullName) {
        return fullName.replace('/', '.');
    }

    /** The repository a label value names, owner/name again ("" for an empty label). */
    public static String repoOf(String label) {
        return label == null ? "" : label.replaceFirst("\\.", "/");
    }

    /** The label selector that lists preview namespaces. */
    public static Map<String, String> selector() {
        return Map.of(PREVIEW, "true", MANAGED_BY, MANAGED_BY_VALUE);
    }

    /**
     * Why {@code namespace} is not one the HUD created, or "" when it is: named pr-N (N ≥ 1) and
     * labelled preview=true, managed-by=maestro-build-hud, pr=N and with its repository.
     */
    public static String whyNotHudPreview(String namespace, Map<String, String> labels) {
        Map<String, String> l = labels == null ? Map.of() : labels;
        if (!"true".equals(l.get(PREVIEW)) || !MANAGED_BY_VALUE.equals(l.get(MANAGED_BY))) {
            return "it does not carry the HUD's preview labels (" + PREVIEW + "=true, " + MANAGED_BY + "="
                    + MANAGED_BY_VALUE + ")";
        }
        var name = PREVIEW_NAMESPACE.matcher(namespace);
        if (!name.matches()) {
            return "it carries the HUD's labels but is not named pr-<number>, as every preview namespace the HUD creates is";
        }
        if (!name.group(1).equals(l.get(PR))) {
            return "its " + PR + " label is '" + l.getOrDefault(PR, "") + "', not " + name.group(1);
        }
        if (l.getOrDefault(REPO, "").isBlank()) {
            return "it has no " + REPO + " label naming its repository";
        }
        return "";
    }

    /** True when the namespace's repository label names {@code repo}. */
    public static boolean belongsTo(Map<String, String> labels, RepoId repo) {
        return labels != null && repoLabel(repo.fullName()).equals(labels.get(REPO));
    }
}
