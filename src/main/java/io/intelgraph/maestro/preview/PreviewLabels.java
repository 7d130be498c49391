package io.intelgraph.maestro.preview;

import java.util.Map;

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

    private PreviewLabels() {
    }

    public static String namespaceOf(int prNumber) {
        return "pr-" + prNumber;
    }

    /** owner/name as a label value ("/" is not allowed in label values). */
    public static String repoLabel(String fullName) {
        return fullName.replace('/', '.');
    }

    /** The label selector that lists preview namespaces. */
    public static Map<String, String> selector() {
        return Map.of(PREVIEW, "true", MANAGED_BY, MANAGED_BY_VALUE);
    }

    /**
     * True only for a namespace the HUD created for PR {@code prNumber}: preview label, managed-by
     * label, matching PR label and the pr-N name. Anything else is foreign and never deleted.
     */
    public static boolean isHudPreview(String namespace, Map<String, String> labels, int prNumber) {
        return labels != null
                && "true".equals(labels.get(PREVIEW))
                && MANAGED_BY_VALUE.equals(labels.get(MANAGED_BY))
                && Integer.toString(prNumber).equals(labels.get(PR))
                && namespaceOf(prNumber).equals(namespace);
    }
}
