package io.intelgraph.maestro.preview;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyDeployGate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Previews against fabric8's Kubernetes mock server in CRUD mode (a real HTTP API emulation). */
@EnableKubernetesMockClient(crud = true)
class PreviewServiceTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final String SSAR_PATH = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path configDir;

    private PreviewService service;
    private PreviewCluster cluster;

    @BeforeEach
    void setUp() {
        cluster = new PreviewCluster(client);
        service = new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")), cluster),
                new AuditLog(configDir, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void rbac(boolean allowed) {
        server.expect().post().withPath(SSAR_PATH).andReturn(201, new SelfSubjectAccessReviewBuilder()
                .withNewStatus().withAllowed(allowed).withReason(allowed ? "" : "no RBAC policy matched").endStatus()
                .build()).always();
    }

    static final RepoId REPO = RepoId.parse("intelgraph/intelgraph");

    private static PreviewRequest request(int pr) {
        return new PreviewRequest(REPO, pr, "abc1234def5678", Duration.ofHours(72));
    }

    /** A namespace with the given labels, as someone other than the HUD (or a hostile tester) made it. */
    private void namespace(String name, Map<String, String> labels) {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).withLabels(labels)
                .endMetadata().build()).create();
    }

    /** The HUD's labels for PR {@code pr} of {@code repoLabel} (owner.name). */
    private static Map<String, String> hudLabels(int pr, String repoLabel) {
        var labels = new HashMap<>(PreviewLabels.selector());
        labels.put(PreviewLabels.PR, Integer.toString(pr));
        labels.put(PreviewLabels.REPO, repoLabel);
        return labels;
    }

    private boolean present(String namespace) {
        var ns = client.namespaces().withName(namespace).get();
        return ns != null && ns.getMetadata().getDeletionTimestamp() == null;
    }

    @Test
    void teardownRefusesAnotherRepositorysPreviewOfTheSameNumber() throws Exception {
        rbac(true);
        namespace("pr-78", hudLabels(78, "other-org.other-repo"));
        var refused = assertThrows(PreviewRefusedException.class, () -> service.teardown(REPO, 78, "bob"));
        assertEquals("Refusing to delete namespace pr-78: it holds the preview of other-org/other-repo#78, not of"
                + " intelgraph/intelgraph.", refused.getMessage());
        assertTrue(present("pr-78"), "the other repository's preview is untouched");
        assertTrue(Files.readString(configDir.resolve("audit.log")).contains(
                "\"target\":\"intelgraph/intelgraph#78 → pr-78\""), "the refusal is audited with the repository");
        assertTrue(service.teardown(RepoId.parse("other-org/other-repo"), 78, "bob"), "its own repository may");
    }

    @Test
    void teardownRefusesPrNumbersThatNameNoPr() {
        rbac(true);
        namespace("pr-0", hudLabels(0, "intelgraph.intelgraph"));
        for (int pr : new int[] {0, -1}) {
            var e = assertThrows(IllegalArgumentException.class, () -> service.teardown(REPO, pr, "bob"));
            assertEquals("PR number must be positive, got " + pr, e.getMessage());
        }
        assertTrue(present("pr-0"));
    }

    @Test
    void onlyNamespacesTheHudCreatedAreListed() {
        rbac(true);
        service.deploy(request(5), "alice");
        namespace("team-prod", hudLabels(7, "intelgraph.intelgraph"));   // the labels copied onto another namespace
        namespace("staging", Map.of("env", "staging"));
        namespace("pr-8", hudLabels(9, "intelgraph.intelgraph"));        // a PR label that does not match the name
        namespace("pr-10", PreviewLabels.selector());                     // no PR, no repository
        assertEquals(List.of("pr-5"), cluster.list().stream().map(Preview::namespace).toList());
        assertEquals(List.of("pr-10", "pr-8", "team-prod"), cluster.strays().stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
        assertTrue(cluster.strays().contains("pr-8: its maestro.intelgraph.io/pr label is '9', not 8"), cluster.strays().toString());
    }

    @Test
    void cleanupSkipsForeignAndUnreadablePreviewsAndRemovesTheRest() {
        rbac(true);
        service.deploy(request(1), "alice");                              // PR closed: removed
        service.deploy(request(2), "alice");                              // PR open: kept
        namespace("pr-78", hudLabels(78, "other-org.other-repo"));        // GitHub answers 404: skipped
        namespace("pr-2x", hudLabels(2, "intelgraph.intelgraph"));        // mislabelled: skipped
        namespace("pr-3", hudLabels(3, "intelgraph.other"));              // open in its own repository: kept
        var plan = service.cleanupPlan(repo -> switch (repo.fullName()) {
            case "intelgraph/intelgraph" -> Set.of(2);
            case "intelgraph/other" -> Set.of(3);
            default -> throw new IllegalStateException("Not found");
        });
        assertEquals(List.of("pr-1"), plan.remove().stream().map(c -> c.preview().namespace()).toList());
        assertEquals("PR #1 of intelgraph/intelgraph is closed or merged", plan.remove().get(0).reason());
        assertEquals(List.of(
                "skipped pr-2x: it carries the HUD's labels but is not named pr-<number>, as every preview namespace the"
                        + " HUD creates is; not a preview the HUD created, left in place",
                "skipped pr-78: cannot read the open pull requests of other-org/other-repo (Not found); left in place"),
                plan.skipped());
        assertEquals(new PreviewService.CleanupResult(1, List.of()), service.cleanup(plan.remove(), "carol"));
        assertFalse(present("pr-1"));
        assertTrue(present("pr-2") && present("pr-78") && present("pr-2x") && present("pr-3"));
    }

    /**
     * A listing of open PRs can be incomplete (five pages of a repository with 600 open PRs; a HUD's tiles, which hold
     * only branches with runs): a preview whose PR is not listed is asked of GitHub before it is called closed, and
     * left in place when GitHub cannot be asked.
     */
    @Test
    void aPreviewWhosePrIsNotListedIsAskedOfGitHubBeforeItIsCalledClosed() {
        rbac(true);
        Map<Integer, Boolean> onGitHub = Map.of(550, true, 551, false);
        PreviewService asking = new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")),
                cluster), new AuditLog(configDir, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC),
                Optional.empty(), Optional.of((repo, number) -> {
                    if (!onGitHub.containsKey(number)) {
                        throw new IllegalStateException("GitHub answered 502");
                    }
                    return onGitHub.get(number);
                }));
        for (int pr : List.of(2, 550, 551, 552)) {
            asking.deploy(request(pr), "alice");
        }

        var plan = asking.cleanupPlan(repo -> Set.of(2)); // the first pages only

        assertEquals(List.of("pr-551"), plan.remove().stream().map(c -> c.preview().namespace()).toList());
        assertEquals(List.of("skipped pr-552: PR #552 of intelgraph/intelgraph is not among the open pull requests read,"
                + " and GitHub could not be asked for it; left in place"), plan.skipped());
    }

    /** A reason is words: ten zero-width or no-break spaces are no reason. */
    @Test
    void anOverrideReasonCountsOnlyCharactersThatShow() {
        assertEquals(0, PreviewService.visibleCharacters("\u200b".repeat(10) + "\u00a0".repeat(10) + " \t\u2003"));
        assertEquals(10, PreviewService.visibleCharacters(" hotfix ⚠ 3/4 "));
        assertEquals(12, PreviewService.visibleCharacters("CVE-2026-123"));
    }

    /** A deploy again, of a newer commit with a new TTL: the list and cleanup see the new ones, not the first's. */
    @Test
    void aDeployAgainUpdatesTheCommitAndTheExpiry() {
        rbac(true);
        service.deploy(new PreviewRequest(REPO, 92, "ccccccc1", Duration.ofHours(1)), "alice");
        service.deploy(new PreviewRequest(REPO, 92, "ddddddd2", Duration.ofHours(72)), "bob");

        Preview preview = cluster.get(92).orElseThrow();
        assertEquals("ddddddd2", preview.headSha());
        assertEquals(NOW.plus(Duration.ofHours(72)), preview.expiresAt());
        assertEquals("bob", client.namespaces().withName("pr-92").get().getMetadata().getAnnotations()
                .get(PreviewLabels.DEPLOYED_BY));
    }

    /** pr-N is read back with at most nine digits: a larger PR number would make a namespace no command can remove. */
    @Test
    void aPrNumberOfMoreThanNineDigitsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request(1_000_000_000));
        assertEquals("PR number must have at most nine digits, got 1000000000", e.getMessage());
        assertEquals("pr-999999999", request(PreviewLabels.MAX_PR_NUMBER).namespace());
    }

    @Test
    void deployCreatesALabelledNamespaceWithTheChartsObjects() throws Exception {
        rbac(true);
        String summary = service.deploy(request(123), "alice");
        assertEquals("applied 11 objects of helm template intelgraph-pr-123 to pr-123", summary);

        var namespace = client.namespaces().withName("pr-123").get();
        assertEquals("true", namespace.getMetadata().getLabels().get(PreviewLabels.PREVIEW));
        assertEquals("maestro-build-hud", namespace.getMetadata().getLabels().get(PreviewLabels.MANAGED_BY));
        assertEquals("123", namespace.getMetadata().getLabels().get(PreviewLabels.PR));
        assertEquals("2026-11-28T12:00:00Z", namespace.getMetadata().getAnnotations().get(PreviewLabels.EXPIRES_AT));
        assertEquals(2, client.apps().deployments().inNamespace("pr-123").list().getItems().size());
        assertEquals(1, client.network().v1().ingresses().inNamespace("pr-123").list().getItems().size());

        Preview preview = cluster.get(123).orElseThrow();
        assertEquals("intelgraph/intelgraph", preview.repo());
        assertEquals("abc1234def5678", preview.headSha());
        assertEquals("https://pr-123.preview.intelgraph.example.com", preview.url());
        assertEquals(Instant.parse("2026-11-28T12:00:00Z"), preview.expiresAt());
        assertEquals(2, preview.desiredReplicas());
        assertEquals(0, preview.readyReplicas());
        assertFalse(preview.ready());

        String audit = Files.readString(configDir.resolve("audit.log"));
        assertTrue(audit.contains("\"actor\":\"alice\",\"action\":\"deploy\""), audit);
        assertTrue(audit.contains("\"at\":\"2026-11-25T12:00:00Z\""), audit);
    }

    @Test
    void aPreviewBecomesReadyAsItsDeploymentsDo() {
        rbac(true);
        service.deploy(request(7), "alice");
        for (Deployment d : client.apps().deployments().inNamespace("pr-7").list().getItems()) {
            d.setStatus(new DeploymentStatusBuilder().withReplicas(1).withReadyReplicas(1).build());
            client.apps().deployments().inNamespace("pr-7").resource(d).updateStatus();
        }
        assertTrue(cluster.get(7).orElseThrow().ready());
    }

    @Test
    void redeployingUpdatesInPlace() {
        rbac(true);
        service.deploy(request(8), "alice");
        service.deploy(new PreviewRequest(RepoId.parse("intelgraph/intelgraph"), 8, "fedcba9876543", Duration.ofHours(72)), "bob");
        String image = client.apps().deployments().inNamespace("pr-8").withName("intelgraph-pr-8-server").get()
                .getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        assertEquals("ghcr.io/intelgraph/intelgraph-server:fedcba9876543", image);
    }

    @Test
    void theSamePrNumberOfAnotherRepositoryIsRefused() {
        rbac(true);
        service.deploy(request(50), "alice");
        var other = new PreviewRequest(RepoId.parse("intelgraph/other"), 50, "abc1234", Duration.ofHours(1));
        var e = assertThrows(PreviewRefusedException.class, () -> service.deploy(other, "bob"));
        assertEquals("Namespace pr-50 already holds the preview of intelgraph/intelgraph#50; tear that down first.",
                e.getMessage());
        assertEquals("intelgraph/intelgraph", cluster.get(50).orElseThrow().repo());
    }

    @Test
    void teardownDeletesTheNamespace() {
        rbac(true);
        service.deploy(request(5), "alice");
        assertTrue(service.teardown(REPO, 5, "bob"));
        var gone = client.namespaces().withName("pr-5").get();
        assertTrue(gone == null || gone.getMetadata().getDeletionTimestamp() != null);
        assertFalse(service.teardown(REPO, 404, "bob"), "nothing there, nothing done");
    }

    @Test
    void theLabelGuardRefusesAForeignNamespace() throws Exception {
        rbac(true);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("pr-99")
                .addToLabels("team", "payments").endMetadata().build()).create();
        var refused = assertThrows(PreviewRefusedException.class, () -> service.teardown(REPO, 99, "mallory"));
        assertTrue(refused.getMessage().startsWith("Refusing to delete namespace pr-99: it does not carry the HUD's preview labels"),
                refused.getMessage());
        assertNotNull(client.namespaces().withName("pr-99").get(), "the foreign namespace is untouched");
        var deploy = assertThrows(PreviewRefusedException.class, () -> service.deploy(request(99), "mallory"));
        assertTrue(deploy.getMessage().contains("was not created by the HUD"), deploy.getMessage());
        assertTrue(Files.readString(configDir.resolve("audit.log")).contains("\"outcome\":\"refused: Refusing to delete"));
    }

    @Test
    void rbacDeniedBlocksWithTheReasonAndCreatesNothing() {
        rbac(false);
        assertEquals("RBAC: you may not create namespaces (no RBAC policy matched)", service.deployBlockedBecause(12));
        assertEquals("RBAC: you may not delete namespaces in pr-12 (no RBAC policy matched)", service.teardownBlockedBecause(12));
        var e = assertThrows(PreviewRefusedException.class, () -> service.deploy(request(12), "alice"));
        assertEquals("RBAC: you may not create namespaces (no RBAC policy matched)", e.getMessage());
        assertEquals(null, client.namespaces().withName("pr-12").get());
    }

    @Test
    void cleanupListsClosedAndExpiredPreviewsFirstThenRemovesThem() {
        rbac(true);
        service.deploy(request(1), "alice");
        service.deploy(request(2), "alice");
        service.deploy(new PreviewRequest(REPO, 3, "abc1234", Duration.ofHours(1)), "alice");
        PreviewService later = new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")),
                cluster), new AuditLog(configDir, Clock.systemUTC()), Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        List<PreviewService.CleanupCandidate> candidates = later.cleanupPlan(repo -> Set.of(1, 3)).remove();
        assertEquals(List.of(2, 3), candidates.stream().map(c -> c.preview().prNumber()).toList());
        assertEquals("PR #2 of intelgraph/intelgraph is closed or merged", candidates.get(0).reason());
        assertEquals("expired at 2026-11-25T13:00:00Z", candidates.get(1).reason());
        assertEquals(2, service.cleanup(candidates, "carol").removed());
        assertEquals(List.of(1), cluster.list().stream().filter(p -> !p.terminating()).map(Preview::prNumber).toList());
    }

    /** The real gate (in-process Rego, the chart by Helm): conftest's own unhardened Dockerfile is denied. */
    @Test
    void policyDeniesBlockADeployUntilAReasonIsTypedAndEveryCheckIsAnnounced() throws Exception {
        rbac(true);
        String legacy = Files.readString(Path.of("src/core/test/resources/conftest/docker/Dockerfile"));
        var gate = new PolicyDeployGate(new PolicyChecker(
                InProcessPolicyEngine.load(Path.of("policy")), Optional.empty()),
                new ChartRenderer(Path.of("helm/intelgraph")), (repo, ref) -> new PolicyDeployGate.Dockerfiles(Map.of("Dockerfile", legacy), List.of()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        AuditLog audit = new AuditLog(configDir, Clock.fixed(NOW, ZoneOffset.UTC));
        PreviewService gated = new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")),
                cluster), audit, Clock.fixed(NOW, ZoneOffset.UTC), Optional.of(gate));
        List<PolicyVerdict> announced = new ArrayList<>();
        gated.onPolicyChecked(announced::add);

        var blocked = assertThrows(PolicyBlockedException.class, () -> gated.deploy(request(7), "alice"));
        long denies = blocked.report().denies();
        // A JDK base rather than a minimal one, no HEALTHCHECK, no USER, a single stage; the chart passes.
        assertEquals(4, denies, blocked.report().findings().toString());
        assertNull(client.namespaces().withName("pr-7").get(), "nothing was created");
        assertEquals("Blocked by policy: 4 denies. Fix them, or override with a reason of at least 10 characters that"
                + " show.", blocked.getMessage());
        assertThrows(PolicyBlockedException.class, () -> gated.deploy(request(7), "alice", Optional.of("because")),
                "a reason of a word is not a reason");
        assertTrue(Files.readString(audit.file()).contains("refused by policy: 4 denies, 0 errors; the override's reason has"
                + " fewer than 10 visible characters"), "the attempt is in the audit log");

        gated.deploy(request(7), "alice", Optional.of("hotfix for INC-4411, approved by bob"));
        assertNotNull(client.namespaces().withName("pr-7").get());
        String log = Files.readString(audit.file());
        assertTrue(log.contains("refused by policy: " + denies + " denies"), log);
        assertTrue(log.contains("overrode " + denies + " denies: hotfix for INC-4411, approved by bob"), log);

        assertEquals(3, announced.size(), "each of the three deploys ran the check");
        var verdict = announced.get(2);
        assertEquals(RepoId.parse("intelgraph/intelgraph"), verdict.repo());
        assertEquals("abc1234def5678", verdict.sha());
        assertEquals(denies, verdict.denies());
        assertEquals(OptionalInt.of((int) denies), verdict.standingDenies());
        assertEquals(NOW, verdict.checkedAt());
    }
}
