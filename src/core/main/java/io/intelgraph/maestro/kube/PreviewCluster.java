package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Preview namespaces on a real Kubernetes API through fabric8: create (labelled), list with their
 * workloads and events, apply rendered manifests, delete — never a namespace without the HUD's
 * labels — and ask RBAC what the user may do. Everything leaves as {@code model} records.
 */
public final class PreviewCluster {

    private final KubernetesClient client;

    public PreviewCluster(KubernetesClient client) {
        this.client = client;
    }

    /** "context @ server", for the status bar. */
    public String describe() {
        var config = client.getConfiguration();
        String context = config.getCurrentContext() == null ? "(no context)" : config.getCurrentContext().getName();
        return context + " @ " + config.getMasterUrl();
    }

    /** SelfSubjectAccessReview: may the current user {@code verb} {@code resource} in {@code namespace}? */
    public Permission canI(String verb, String group, String resource, String namespace) {
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                .withNewSpec().withNewResourceAttributes()
                .withVerb(verb).withGroup(group).withResource(resource).withNamespace(namespace)
                .endResourceAttributes().endSpec().build();
        try {
            SelfSubjectAccessReview answer = client.authorization().v1().selfSubjectAccessReview().create(review);
            if (answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed())) {
                return Permission.granted();
            }
            String why = answer.getStatus() == null ? "" : Optional.ofNullable(answer.getStatus().getReason()).orElse("");
            return Permission.denied("RBAC: you may not " + verb + " " + resource
                    + (namespace == null ? "" : " in " + namespace) + (why.isEmpty() ? "" : " (" + why + ")"));
        } catch (KubernetesClientException e) {
            return Permission.denied("Cannot ask the cluster for permissions: " + e.getMessage());
        }
    }

    /**
     * Why the API server does not answer, or empty when it does (GET /version, which every user may
     * read). Informers retry a lost watch silently, so this is how the HUD notices a cluster gone.
     */
    public Optional<String> unreachable() {
        try {
            client.getKubernetesVersion();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Creates the preview namespace with the HUD's labels, or checks that the existing one is the
     * HUD's for the same PR.
     */
    public void ensureNamespace(PreviewRequest request, String actor, Instant now) {
        Namespace existing = client.namespaces().withName(request.namespace()).get();
        if (existing != null) {
            Map<String, String> labels = existing.getMetadata().getLabels();
            String foreign = PreviewLabels.whyNotHudPreview(request.namespace(), labels);
            if (!foreign.isEmpty()) {
                throw new ForeignNamespaceException("Namespace " + request.namespace()
                        + " exists but was not created by the HUD (" + foreign + "); refusing to deploy into it.");
            }
            if (!PreviewLabels.belongsTo(labels, request.repo())) {
                // Namespaces are per PR number; two repositories' PRs with the same number must not share one.
                throw new ForeignNamespaceException("Namespace " + request.namespace() + " already holds the preview of "
                        + PreviewLabels.repoOf(labels.get(PreviewLabels.REPO)) + "#" + request.prNumber()
                        + "; tear that down first.");
            }
            // A deploy again is of a newer commit, with a new TTL: the list and cleanup read them from here.
            client.namespaces().withName(request.namespace()).edit(namespace -> new NamespaceBuilder(namespace)
                    .editMetadata().addToAnnotations(deployAnnotations(request, actor, now)).endMetadata().build());
            return;
        }
        Map<String, String> labels = new LinkedHashMap<>(PreviewLabels.selector());
        labels.put(PreviewLabels.PR, Integer.toString(request.prNumber()));
        labels.put(PreviewLabels.REPO, PreviewLabels.repoLabel(request.repo().fullName()));
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(request.namespace())
                .withLabels(labels).withAnnotations(deployAnnotations(request, actor, now))
                .endMetadata().build()).create();
    }

    /** What a deploy says of itself on its namespace: when it expires, its TTL, its commit and who deployed it. */
    private static Map<String, String> deployAnnotations(PreviewRequest request, String actor, Instant now) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(PreviewLabels.EXPIRES_AT, now.plus(request.ttl()).toString());
        annotations.put(PreviewLabels.TTL_HOURS, Long.toString(request.ttl().toHours()));
        annotations.put(PreviewLabels.HEAD_SHA, request.headSha());
        annotations.put(PreviewLabels.DEPLOYED_BY, actor);
        return annotations;
    }

    /** Creates or updates every object of a rendered multi-document manifest in the preview namespace. */
    public int apply(String namespace, String manifests) {
        List<HasMetadata> items = client.load(new ByteArrayInputStream(manifests.getBytes(StandardCharsets.UTF_8))).items();
        for (HasMetadata item : items) {
            client.resource(item).inNamespace(namespace).createOr(NonDeletingOperation::update);
        }
        return items.size();
    }

    /**
     * True when PR {@code prNumber}'s preview namespace exists, is the HUD's and holds {@code repo}'s
     * preview; false when there is none; {@link ForeignNamespaceException} when a namespace of that
     * name exists without the HUD's labels or holds another repository's preview.
     */
    public boolean ownedPreviewExists(RepoId repo, int prNumber) {
        String name = PreviewLabels.namespaceOf(prNumber);
        Namespace namespace = client.namespaces().withName(name).get();
        if (namespace == null) {
            return false;
        }
        Map<String, String> labels = namespace.getMetadata().getLabels();
        String foreign = PreviewLabels.whyNotHudPreview(name, labels);
        if (!foreign.isEmpty()) {
            throw new ForeignNamespaceException("Refusing to delete namespace " + name + ": " + foreign + ".");
        }
        if (!PreviewLabels.belongsTo(labels, repo)) {
            // Namespaces are per PR number: another repository's PR with the same number may own pr-N.
            throw new ForeignNamespaceException("Refusing to delete namespace " + name + ": it holds the preview of "
                    + PreviewLabels.repoOf(labels.get(PreviewLabels.REPO)) + "#" + prNumber + ", not of " + repo + ".");
        }
        return true;
    }

    /** Deletes {@code repo}'s preview namespace of PR {@code prNumber}; refuses any other namespace. */
    public boolean deleteNamespace(RepoId repo, int prNumber) {
        if (!ownedPreviewExists(repo, prNumber)) {
            return false;
        }
        client.namespaces().withName(PreviewLabels.namespaceOf(prNumber)).delete();
        return true;
    }

    /**
     * PR {@code prNumber}'s preview as the cluster shows it now, read fresh (one namespace, its
     * workloads and events), for a command that follows one preview; empty when there is none or
     * the namespace of that name is not one the HUD created.
     */
    public Optional<Preview> get(int prNumber) {
        Namespace namespace = client.namespaces().withName(PreviewLabels.namespaceOf(prNumber)).get();
        return Optional.ofNullable(namespace).filter(PreviewObjects::isHudPreview).map(this::preview);
    }

    /**
     * Every namespace the HUD created (named pr-N, with all its labels), with its deployments, pods,
     * ingress and events, read fresh: a list per kind and namespace, for a command run once. The HUD
     * reads the same from its informers' caches instead ({@link PreviewInformers}).
     */
    public List<Preview> list() {
        return labelled().stream()
                .filter(PreviewObjects::isHudPreview)
                .map(this::preview)
                .sorted(Comparator.comparingInt(Preview::prNumber))
                .toList();
    }

    /**
     * Namespaces that carry the HUD's selector labels but are not namespaces it created (another
     * name, a PR label that does not match, no repository), each as "name: why". Never touched.
     */
    public List<String> strays() {
        return labelled().stream()
                .map(ns -> Map.entry(ns.getMetadata().getName(),
                        PreviewLabels.whyNotHudPreview(ns.getMetadata().getName(), ns.getMetadata().getLabels())))
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + ": " + e.getValue())
                .sorted()
                .toList();
    }

    private List<Namespace> labelled() {
        return client.namespaces().withLabels(PreviewLabels.selector()).list().getItems();
    }

    /** The preview's workloads are the objects labelled as a preview's (the chart labels every one); events carry no labels. */
    private Preview preview(Namespace ns) {
        String name = ns.getMetadata().getName();
        return new PreviewObjects(ns,
                client.apps().deployments().inNamespace(name).withLabel(PreviewLabels.PREVIEW, "true").list().getItems(),
                client.pods().inNamespace(name).withLabel(PreviewLabels.PREVIEW, "true").list().getItems(),
                client.network().v1().ingresses().inNamespace(name).withLabel(PreviewLabels.PREVIEW, "true").list().getItems(),
                client.v1().events().inNamespace(name).list().getItems()).toPreview();
    }
}
