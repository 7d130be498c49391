package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.CheckRun;
import io.intelgraph.maestro.model.build.RunArtifact;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.CodeScanningAlert;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.TestReport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Gathers a run's evidence from GitHub: downloads its artifacts (streamed, entry by entry, never
 * unpacked to disk), reads every report it recognises, adds the dependency-graph SBOM, the check runs
 * on the run's commit and the open code-scanning alerts of the run's branch. A file that cannot be read becomes a problem naming
 * the artifact and file; the rest is still read.
 */
public final class EvidenceCollector {

    /** Artifacts above this are listed as too big rather than downloaded (reading streams, so it bounds time, not heap). */
    public static final long DEFAULT_MAX_ARTIFACT_BYTES = 1L << 30;

    private final GitHubClient github;
    private final long maxArtifactBytes;
    private final SbomReader sbomReader = new SbomReader();
    private final ScanReader scanReader = new ScanReader();
    private final JUnitReader junitReader = new JUnitReader();
    private final Supplier<BundleVerifier> bundleVerifier;

    /** Verifies bundles against the snapshot of Sigstore's trusted root bundled with the HUD (tools and tests). */
    public EvidenceCollector(GitHubClient github, long maxArtifactBytes) {
        this(github, maxArtifactBytes, CurrentBundleVerifier.bundled());
    }

    /** @param bundleVerifier asked when a bundle is read, so a verifier that loads or refreshes a root does it then */
    public EvidenceCollector(GitHubClient github, long maxArtifactBytes, Supplier<BundleVerifier> bundleVerifier) {
        this.github = github;
        this.maxArtifactBytes = maxArtifactBytes;
        this.bundleVerifier = bundleVerifier;
    }

    public RunEvidence collect(WorkflowRun run) throws GitHubException {
        Collected into = new Collected();
        for (RunArtifact artifact : github.listArtifacts(run.repo(), run.id()).value()) {
            if (artifact.expired()) {
                into.problems.add("artifact " + artifact.name() + ": expired" + (artifact.expiresAt() == null ? ""
                        : " on " + artifact.expiresAt()));
            } else {
                readArtifact(run, artifact, into);
            }
        }
        readReleaseAssets(run, into);
        readDependencyGraph(run, into);
        readCodeScanning(run, into);
        readChecks(run, into);
        return new RunEvidence(run.id(), into.sboms, into.scans, into.tests, into.attestations, into.alerts, into.checks,
                into.problems);
    }

    private void readArtifact(WorkflowRun run, RunArtifact artifact, Collected into) throws GitHubException {
        fetch("artifact " + artifact.name(), artifact.sizeBytes(), into,
                () -> github.downloadArtifact(run.repo(), artifact.id(), body -> {
            ZipInputStream zip = new ZipInputStream(body);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Optional<ReportKind> kind = entry.isDirectory() ? Optional.empty() : ReportKind.of(entry.getName());
                if (kind.isPresent()) {
                    read(artifact.name() + "/" + entry.getName(), kind.get(), new KeepOpen(zip), into);
                }
            }
            return null;
        }));
    }

    private interface Download {
        void run() throws GitHubException, IOException;
    }

    /**
     * Downloads one artifact or asset unless it is over the limit. A failure of that one download
     * becomes a problem named by {@code label}; a source-wide one (limits, network, token) ends the
     * collection.
     */
    private void fetch(String label, long sizeBytes, Collected into, Download download) throws GitHubException {
        if (sizeBytes > maxArtifactBytes) {
            into.problems.add(label + ": " + size(sizeBytes) + " is over the " + size(maxArtifactBytes)
                    + " limit, not downloaded");
            return;
        }
        try {
            download.run();
        } catch (GitHubException e) {
            if (sourceWide(e)) {
                throw e;
            }
            into.problems.add(label + ": " + e.getMessage());
        } catch (ZipException e) {
            into.problems.add(label + ": not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            into.problems.add(label + ": " + e.getMessage());
        }
    }

    /** Reads one report; a malformed one is recorded as a problem and does not stop the others. */
    private void read(String name, ReportKind kind, InputStream in, Collected into) throws IOException {
        try {
            switch (kind) {
                case SBOM -> into.sboms.add(sbomReader.read(name, in));
                case SCAN -> into.scans.add(scanReader.read(name, in));
                case TESTS -> into.tests.add(junitReader.read(name, in));
                case BUNDLE -> into.attestations.add(new BundleReader(bundleVerifier.get()).read(name, in));
            }
        } catch (ReportFormatException e) {
            into.problems.add(e.getMessage());
        }
    }

    private void readDependencyGraph(WorkflowRun run, Collected into) throws GitHubException {
        try {
            into.sboms.add(github.dependencyGraphSbom(run.repo(), body -> sbomReader.read("dependency-graph.spdx.json", body)));
        } catch (GitHubException e) {
            if (!optional(e)) {
                throw e;
            }
            into.problems.add("dependency graph SBOM: not available (" + githubsWords(e) + ")");
        } catch (IOException e) {
            into.problems.add(e.getMessage());
        }
    }

    private void readCodeScanning(WorkflowRun run, Collected into) throws GitHubException {
        try {
            into.alerts.addAll(github.listCodeScanningAlerts(run.repo(), "refs/heads/" + run.headBranch()).value());
        } catch (GitHubException e) {
            if (!optional(e)) {
                throw e;
            }
            into.problems.add("code scanning: not available (" + githubsWords(e) + ")");
        }
    }

    private static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /**
     * A run started by a release (or a tag push) runs on the tag: the release's assets — SBOMs,
     * scans, Sigstore bundles published beside the binaries — belong to its evidence too.
     */
    private void readReleaseAssets(WorkflowRun run, Collected into) throws GitHubException {
        if (!run.event().equals("release") && !TAG.matcher(run.headBranch()).matches()) {
            return;
        }
        for (GitHubClient.ReleaseAsset asset : github.listReleaseAssets(run.repo(), run.headBranch())) {
            Optional<ReportKind> kind = ReportKind.of(asset.name());
            if (kind.isEmpty()) {
                continue;
            }
            String name = "release " + run.headBranch() + "/" + asset.name();
            fetch(name, asset.sizeBytes(), into, () -> github.downloadReleaseAsset(run.repo(), asset.id(), body -> {
                read(name, kind.get(), body, into);
                return null;
            }));
        }
    }

    /** Version-like tags (v1.2.3, 1.2, v2.0.0-rc.1): what release workflows run on. */
    private static final Pattern TAG = Pattern.compile("v?\\d+(\\.\\d+)+([-+].*)?");

    private void readChecks(WorkflowRun run, Collected into) throws GitHubException {
        try {
            into.checks.addAll(github.listCheckRuns(run.repo(), run.headSha()).value());
        } catch (GitHubException e) {
            if (!optional(e)) {
                throw e;
            }
            into.problems.add("check runs: not available (" + githubsWords(e) + ")");
        }
    }

    /** "GitHub refused GET … (403 Advanced Security must be enabled …). The token …" → "403 Advanced Security must be enabled …". */
    private static String githubsWords(GitHubException e) {
        Matcher m = Pattern.compile("\\((40[34][^)]*)\\)").matcher(e.getMessage());
        return m.find() ? m.group(1).replaceAll("\\.$", "") : e.getMessage();
    }

    /** Failures that say nothing about this one artifact (limits, the network, the token) end the collection. */
    private static boolean sourceWide(GitHubException e) {
        return e.kind() == GitHubException.Kind.RATE_LIMITED || e.kind() == GitHubException.Kind.UNREACHABLE
                || e.kind() == GitHubException.Kind.UNAUTHORIZED;
    }

    /** GitHub says 403/404 for a feature that is off or not permitted: a note, not a failure of the whole panel. */
    private static boolean optional(GitHubException e) {
        return e.kind() == GitHubException.Kind.NOT_FOUND || e.kind() == GitHubException.Kind.FORBIDDEN;
    }

    /** A reader closes what it reads; the zip must stay open for the next entry. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip entry ends here; the zip itself is closed by the download
        }
    }

    private static final class Collected {
        final List<Sbom> sboms = new ArrayList<>();
        final List<ScanReport> scans = new ArrayList<>();
        final List<TestReport> tests = new ArrayList<>();
        final List<Attestation> attestations = new ArrayList<>();
        final List<CodeScanningAlert> alerts = new ArrayList<>();
        final List<CheckRun> checks = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
    }
}
