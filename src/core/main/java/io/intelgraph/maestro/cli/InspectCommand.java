package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sigstore.tuf.RootProvider;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.DependencyKind;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.model.evidence.TestReport;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.supplychain.AttestationText;
import io.intelgraph.maestro.supplychain.BundleReader;
import io.intelgraph.maestro.supplychain.BundleVerifier;
import io.intelgraph.maestro.supplychain.JUnitReader;
import io.intelgraph.maestro.supplychain.ReportFormatException;
import io.intelgraph.maestro.supplychain.SbomReader;
import io.intelgraph.maestro.supplychain.SbomText;
import io.intelgraph.maestro.supplychain.ScanReader;
import io.intelgraph.maestro.supplychain.TrustedRootChoice;
import io.intelgraph.maestro.supplychain.TrustedRootSource;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@code inspect sbom|scan|tests FILE}: the summaries the supply-chain panels show, on the terminal. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Summarise an SBOM, a vulnerability scan or a test report.",
                "Exit code: 0 read (and no --fail-on hit), 1 a --fail-on hit or a bundle that does not verify,"
                        + " 3 the file could not be read."},
        subcommands = {InspectCommand.SbomCommand.class, InspectCommand.ScanCommand.class, InspectCommand.TestsCommand.class,
                InspectCommand.BundleCommand.class})
final class InspectCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int LISTED = 20;

    @ParentCommand
    Main main;

    /** Reads the file, prints what {@code print} makes of it, and turns a read failure into exit code 3. */
    <T> int inspect(Path file, Reader<T> reader, Printer<T> print) {
        return inspect(file, reader, print, report -> false);
    }

    /** As above; exit code 1 when {@code fails} holds for the report (the --fail-on gates). */
    <T> int inspect(Path file, Reader<T> reader, Printer<T> print, Predicate<T> fails) {
        try {
            T report = reader.read(file);
            print.print(report, main.out());
            main.out().flush();
            return fails.test(report) ? 1 : 0;
        } catch (ReportFormatException e) {
            return fail("error: " + e.getMessage());
        } catch (NoSuchFileException e) {
            return noSuchFile(file);
        } catch (IOException e) {
            return fail("error: " + file + ": " + e.getMessage());
        }
    }

    private int noSuchFile(Path file) {
        return fail("error: " + file + ": no such file");
    }

    private int fail(String message) {
        main.err().println(TerminalText.escape(message));
        main.err().flush();
        return 3;
    }

    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    /** Writes what is made of a report; a streaming printer may read the file again as it writes. */
    interface Printer<T> {
        void print(T report, PrintWriter out) throws IOException;

        static <T> Printer<T> text(Text<T> text) {
            // Each outside value is escaped where it is formatted (shown), so the only line breaks left are
            // the table's own; this pass is a safety net for any other control (a bidi override in JSON).
            return (report, out) -> out.print(TerminalText.escapeKeepingLines(text.of(report)));
        }
    }

    interface Text<T> {
        String of(T report) throws IOException;
    }

    /** An outside value (a name, a title, a path) on one line: its newlines and other controls escaped. */
    private static String shown(Object value) {
        return TerminalText.escape(value);
    }

    @Command(name = "sbom", mixinStandardHelpOptions = true,
            description = "CycloneDX (1.2–1.7) or SPDX (2.2, 2.3) JSON: components, licences, dependencies.")
    static final class SbomCommand implements Callable<Integer> {
        @ParentCommand
        InspectCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--json", description = "Print JSON (every component, written as the file is read again).")
        boolean json;

        @Override
        public Integer call() {
            SbomReader reader = new SbomReader();
            return json
                    ? parent.inspect(file, f -> reader.read(f, 0, c -> { }), (sbom, out) -> json(sbom, reader, file, out))
                    : parent.inspect(file, f -> reader.read(f, LISTED, c -> { }), Printer.text(SbomCommand::table));
        }

        static String table(Sbom sbom) {
            StringBuilder out = new StringBuilder();
            out.append(shown(sbom.file())).append(": ").append(sbom.format() == Sbom.Format.SPDX ? "SPDX " : "CycloneDX ")
                    .append(shown(sbom.specVersion())).append(" SBOM of ")
                    .append(sbom.subject().isEmpty() ? "(unnamed)" : shown(sbom.subject()))
                    .append('\n');
            out.append(sbom.componentCount()).append(" components, ").append(sbom.dependencyEdges())
                    .append(" dependency edges").append(SbomText.scopes(sbom)).append('\n');
            out.append("Licences: ").append(SbomText.licenses(sbom, ", ", InspectCommand::shown)).append('\n');
            String format = "  %-40s %-20s %-16s %s%n";
            out.append(String.format(Locale.ROOT, format, "COMPONENT", "VERSION", "LICENCE", "PURL"));
            sbom.components().stream().limit(LISTED).forEach(c -> out.append(String.format(Locale.ROOT, format,
                    shown(c.name()), shown(c.version()),
                    c.licenses().isEmpty() ? "-"
                            : c.licenses().stream().map(InspectCommand::shown).collect(Collectors.joining(" ")),
                    shown(c.purl()))));
            if (sbom.componentCount() > LISTED) {
                out.append("  … and ").append(sbom.componentCount() - LISTED).append(" more (--json lists all)\n");
            }
            return out.toString();
        }

        /**
         * The summary, then every component as the file is read a second time: a 400,000-component SBOM
         * is never held, as objects or as text.
         */
        static void json(Sbom sbom, SbomReader reader, Path file, PrintWriter out) throws IOException {
            try (JsonGenerator g = JSON.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("file", sbom.file());
                g.writeStringField("format", sbom.format().name().toLowerCase(Locale.ROOT));
                g.writeStringField("specVersion", sbom.specVersion());
                g.writeStringField("subject", sbom.subject());
                g.writeNumberField("componentCount", sbom.componentCount());
                g.writeNumberField("dependencyEdges", sbom.dependencyEdges());
                g.writeObjectFieldStart("dependencyKinds");
                for (Map.Entry<DependencyKind, Integer> kind : new TreeMap<>(sbom.dependencyKinds()).entrySet()) {
                    g.writeNumberField(kind.getKey().name().toLowerCase(Locale.ROOT), kind.getValue());
                }
                g.writeEndObject();
                g.writeObjectFieldStart("licenses");
                for (Map.Entry<String, Integer> license : new TreeMap<>(sbom.licenseCounts()).entrySet()) {
                    g.writeNumberField(license.getKey(), license.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("components");
                // A stream, not the path: the subject is known already, so no pass of its own to find it.
                try (InputStream in = Files.newInputStream(file)) {
                    reader.read(sbom.file(), in, 0, c -> {
                        g.writeStartObject();
                        g.writeStringField("name", c.name());
                        g.writeStringField("version", c.version());
                        g.writeStringField("purl", c.purl());
                        g.writeStringField("type", c.type());
                        g.writeArrayFieldStart("licenses");
                        for (String license : c.licenses()) {
                            g.writeString(license);
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    });
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
        }
    }

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Trivy JSON or SARIF 2.1.0: findings by severity, fixable ones, the worst first.")
    static final class ScanCommand implements Callable<Integer> {
        @ParentCommand
        InspectCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--json", description = "Print JSON (every finding).")
        boolean json;
        @Option(names = "--fail-on", paramLabel = "SEVERITY",
                description = "Exit 1 when a finding is this severe or worse (CRITICAL, HIGH, MEDIUM, LOW).")
        Severity failOn;

        @Override
        public Integer call() {
            return parent.inspect(file, new ScanReader()::read, Printer.text(scan -> json ? json(scan) : table(scan)),
                    scan -> failOn != null && scan.findings().stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0));
        }

        static String table(ScanReport scan) {
            StringBuilder out = new StringBuilder();
            out.append(shown(scan.file())).append(": ").append(scan.format() == ScanReport.Format.SARIF ? "SARIF" : "Trivy JSON")
                    .append(" from ").append(shown(scan.tool()))
                    .append(scan.artifact().isEmpty() ? "" : " of " + shown(scan.artifact()))
                    .append('\n');
            out.append(scan.severityCounts().entrySet().stream()
                    .map(e -> e.getKey().symbol() + " " + e.getKey() + " " + e.getValue()).collect(Collectors.joining("  ")))
                    .append("   (").append(scan.findings().size()).append(" findings, ").append(scan.fixable())
                    .append(" fixable)\n");
            String format = "  %-11s %-18s %-24s %-20s %-20s %s%n";
            out.append(String.format(Locale.ROOT, format, "SEVERITY", "ID", "PACKAGE / TARGET", "INSTALLED", "FIXED", "TITLE"));
            scan.findings().stream().sorted(Comparator.comparing(Finding::severity)
                            .thenComparing(f -> -f.cvss().orElse(0)))
                    .limit(LISTED).forEach(f -> out.append(String.format(Locale.ROOT, format,
                            f.severity().symbol() + " " + f.severity(), shown(f.id()),
                            shown(f.pkg().isEmpty() ? f.target() : f.pkg()),
                            shown(f.installedVersion()), f.fixable() ? shown(f.fixedVersion()) : "-", shown(f.title()))));
            if (scan.findings().size() > LISTED) {
                out.append("  … and ").append(scan.findings().size() - LISTED).append(" more (--json lists all)\n");
            }
            return out.toString();
        }

        static String json(ScanReport scan) throws IOException {
            ObjectNode root = JSON.createObjectNode();
            root.put("file", scan.file());
            root.put("format", scan.format().name().toLowerCase(Locale.ROOT));
            root.put("tool", scan.tool());
            root.put("artifact", scan.artifact());
            ObjectNode counts = root.putObject("severityCounts");
            scan.severityCounts().forEach((s, n) -> counts.put(s.name(), n));
            root.put("fixable", scan.fixable());
            var findings = root.putArray("findings");
            for (Finding f : scan.findings()) {
                ObjectNode node = findings.addObject().put("kind", f.kind().name()).put("severity", f.severity().name())
                        .put("id", f.id()).put("target", f.target()).put("package", f.pkg())
                        .put("installedVersion", f.installedVersion()).put("fixedVersion", f.fixedVersion())
                        .put("title", f.title()).put("url", f.url()).put("line", f.line());
                f.cvss().ifPresent(score -> node.put("cvss", score));
            }
            return JSON.writeValueAsString(root) + "\n";
        }
    }

    @Command(name = "tests", mixinStandardHelpOptions = true,
            description = "JUnit XML: totals, per suite, failures first with message and trace; flaky re-runs.")
    static final class TestsCommand implements Callable<Integer> {
        @ParentCommand
        InspectCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--json", description = "Print JSON (every case).")
        boolean json;
        @Option(names = "--fail-on-broken", description = "Exit 1 when a test failed or errored.")
        boolean failOnBroken;

        @Override
        public Integer call() {
            return parent.inspect(file, new JUnitReader()::read, Printer.text(r -> json ? json(r) : table(r)),
                    r -> failOnBroken && r.cases().stream().anyMatch(c -> c.outcome().broken()));
        }

        static String table(TestReport report) {
            StringBuilder out = new StringBuilder();
            out.append(shown(report.file())).append(": ").append(report.cases().size()).append(" tests in ")
                    .append(report.suites().size()).append(" suites, ").append(seconds(report.totalTime())).append('\n');
            out.append(counts(report.counts())).append('\n');
            for (TestReport.SuiteSummary suite : report.suites()) {
                out.append("  ").append(suite.name().isEmpty() ? "(no suite)" : shown(suite.name())).append("  ")
                        .append(counts(suite.counts())).append("  ").append(seconds(suite.time())).append('\n');
            }
            for (TestCaseResult c : report.failuresFirst().stream().limit(LISTED).toList()) {
                out.append(c.outcome().symbol()).append(' ').append(c.outcome()).append("  ")
                        .append(c.className().isEmpty() ? "" : shown(c.className()) + " › ").append(shown(c.name()))
                        .append(c.attempts() > 1 ? "  (" + c.attempts() + " attempts)" : "").append('\n');
                if (!c.message().isEmpty()) {
                    out.append("    ").append(shown(c.message().lines().findFirst().orElse(""))).append('\n');
                }
                // A multi-line excerpt: line by line, each escaped and indented under its test.
                c.trace().lines().filter(l -> !l.isBlank()).limit(3)
                        .forEach(l -> out.append("      ").append(shown(l.strip())).append('\n'));
            }
            return out.toString();
        }

        private static String counts(Map<TestOutcome, Integer> counts) {
            return counts.entrySet().stream().map(e -> e.getKey().symbol() + " " + e.getKey().name().toLowerCase(Locale.ROOT)
                    + " " + e.getValue()).collect(Collectors.joining("  "));
        }

        private static String seconds(Duration d) {
            return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
        }

        static String json(TestReport report) throws IOException {
            ObjectNode root = JSON.createObjectNode();
            root.put("file", report.file());
            ObjectNode counts = root.putObject("counts");
            report.counts().forEach((o, n) -> counts.put(o.name(), n));
            root.put("seconds", report.totalTime().toNanos() / 1e9);
            var cases = root.putArray("cases");
            for (TestCaseResult c : report.cases()) {
                cases.addObject().put("suite", c.suite()).put("className", c.className()).put("name", c.name())
                        .put("outcome", c.outcome().name()).put("seconds", c.time().toNanos() / 1e9)
                        .put("attempts", c.attempts()).put("message", c.message()).put("trace", c.trace());
            }
            return JSON.writeValueAsString(root) + "\n";
        }
    }

    @Command(name = "bundle", mixinStandardHelpOptions = true,
            description = {"A Sigstore bundle (v0.1–v0.3): verified with sigstore-java; signer identity and issuer,"
                    + " transparency-log entry, subjects, SLSA provenance.",
                    "The trusted root is Sigstore's public-good one, refreshed through TUF at most once a day"
                            + " (sigstore-java's TUF client, from https://tuf-repo-cdn.sigstore.dev); when the mirror cannot"
                            + " be reached, the last root TUF verified, else the snapshot bundled with the HUD. The output"
                            + " says which.",
                    "Exit 1 when it does not verify, or when the verifier failed on it (state COULD_NOT_VERIFY)."})
    static final class BundleCommand implements Callable<Integer> {
        @ParentCommand
        InspectCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--trusted-root", paramLabel = "FILE",
                description = "Verify against this trusted_root.json instead (no TUF).")
        Path trustedRoot;
        @Option(names = "--offline",
                description = "Do not contact the TUF mirror: the last root TUF verified, else the bundled snapshot.")
        boolean offline;
        @Option(names = "--tuf-mirror", paramLabel = "URL",
                description = "Another Sigstore instance's TUF repository (with --tuf-root, the root.json it is trusted from).")
        URI tufMirror;
        @Option(names = "--tuf-root", paramLabel = "FILE",
                description = "The TUF root.json that --tuf-mirror's metadata is checked against before any refresh.")
        Path tufRoot;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if ((tufMirror == null) != (tufRoot == null)) {
                parent.main.err().println("error: --tuf-mirror and --tuf-root go together: a mirror is trusted from a root"
                        + " that did not come from it");
                return 2;
            }
            if (trustedRoot != null && (tufMirror != null || offline)) {
                parent.main.err().println("error: --trusted-root names the root to use; --offline and --tuf-mirror choose"
                        + " one through TUF: give one or the other");
                return 2;
            }
            if (tufMirror != null) {
                try {
                    TrustedRootSource.checkMirror(tufMirror);
                } catch (IllegalArgumentException e) {
                    parent.main.err().println("error: --tuf-mirror: " + e.getMessage());
                    return 2;
                }
                if (!Files.isRegularFile(tufRoot)) {
                    parent.main.err().println("error: --tuf-root " + tufRoot + ": no such file (the root.json the mirror is"
                            + " trusted from)");
                    return 2;
                }
            }
            if (Files.notExists(file)) {
                return parent.noSuchFile(file); // said before a refresh, which may take seconds
            }
            BundleVerifier verifier = trustedRoot != null ? new BundleVerifier(trustedRoot)
                    : BundleVerifier.using(trustedRoots().current(offline));
            return parent.inspect(file, new BundleReader(verifier)::read,
                    Printer.text(a -> json ? json(a, verifier.root()) : AttestationText.describe(a, InspectCommand::shown)
                            + "\n" + shown(verifier.root().describe()) + "\n"),
                    a -> a.state() != SignatureState.VERIFIED);
        }

        private TrustedRootSource trustedRoots() throws IOException {
            HudConfig config = parent.main.config(new SourceOptions());
            Network network = config.access().network();
            return tufMirror == null ? TrustedRootSource.publicGood(config.configDir(), network)
                    : TrustedRootSource.forMirror(tufMirror, RootProvider.fromFile(tufRoot), config.configDir(), network);
        }

        static String json(Attestation a, TrustedRootChoice trustedRoot) throws IOException {
            ObjectNode root = JSON.createObjectNode();
            root.put("file", a.file());
            root.put("state", a.state().name());
            root.put("reason", a.reason());
            root.put("identity", a.identity());
            root.put("issuer", a.issuer());
            root.put("logIndex", a.logIndex());
            a.loggedAt().ifPresent(t -> root.put("loggedAt", t.toString()));
            a.subjects().forEach(root.putArray("subjects")::add);
            a.provenance().ifPresent(p -> root.putObject("provenance").put("predicateType", p.predicateType())
                    .put("builderId", p.builderId()).put("buildType", p.buildType()).put("sourceUri", p.sourceUri())
                    .put("sourceCommit", p.sourceCommit()).put("workflow", p.workflow()).put("invocationId", p.invocationId()));
            root.putObject("trustedRoot").put("origin", trustedRoot.origin().name()).put("detail", trustedRoot.detail())
                    .put("file", trustedRoot.file() == null ? null : trustedRoot.file().toString());
            return JSON.writeValueAsString(root) + "\n";
        }
    }
}
