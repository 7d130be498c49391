package io.intelgraph.maestro.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.evidence.DependencyKind;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.model.evidence.SbomComponents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads CycloneDX JSON (1.2–1.7) and SPDX JSON (2.2, 2.3) SBOMs, streaming: one component in memory
 * at a time, plus the counts, the licence tally and the components the caller keeps (packed; none,
 * the first few, or all). (cyclonedx-core-java would build the whole BOM as objects first, which a
 * 100 MB SBOM cannot afford.) SPDX dependency edges and the described package: see {@link SpdxGraph}.
 */
public final class SbomReader {

    /** Keep every component (the panel searches them). */
    public static final int ALL = Integer.MAX_VALUE;

    /** Told of each component as it is read, in document order (e.g. to write it out at once). */
    public interface ComponentVisitor {
        void visit(SbomComponent component) throws IOException;
    }

    private static final String NOASSERTION = "NOASSERTION";
    private static final ComponentVisitor NONE = c -> { };

    public Sbom read(Path file) throws IOException {
        return read(file, ALL, NONE);
    }

    public Sbom read(String name, InputStream in) throws IOException {
        return read(name, in, ALL, NONE);
    }

    /**
     * Reads the file keeping only its first {@code keep} components, telling {@code each} of every one.
     * An SPDX document that names the package it describes only after that package, beyond the kept
     * ones, is read a second time for that package's name.
     */
    public Sbom read(Path file, int keep, ComponentVisitor each) throws IOException {
        String name = file.getFileName().toString();
        Collected c;
        try (InputStream in = Files.newInputStream(file)) {
            c = collect(name, in, keep, each);
        }
        List<Integer> wanted = c.isSpdx() ? c.unresolved() : List.of();
        if (!wanted.isEmpty()) {
            int[] position = {0};
            try (InputStream in = Files.newInputStream(file)) {
                collect(name, in, 0, component -> {
                    if (wanted.contains(position[0])) {
                        c.labelsByPosition.put(position[0], label(component));
                    }
                    position[0]++;
                });
            }
        }
        return c.sbom(name);
    }

    /** As {@link #read(Path, int, ComponentVisitor)}, once: a described package beyond the kept ones stays unnamed. */
    public Sbom read(String name, InputStream in, int keep, ComponentVisitor each) throws IOException {
        return collect(name, in, keep, each).sbom(name);
    }

    private static Collected collect(String name, InputStream in, int keep, ComponentVisitor each) throws IOException {
        Collected c = new Collected(keep, each);
        try (JsonStream stream = new JsonStream(name, in)) {
            stream.object((field, s) -> visit(c, field, s));
        }
        return c;
    }

    private static void visit(Collected c, String field, JsonStream s) throws IOException {
        switch (field) {
            case "bomFormat" -> c.bomFormat = s.text();
            case "specVersion" -> c.specVersion = s.text();
            case "spdxVersion" -> c.spdxVersion = s.text();
            case "SPDXID" -> c.spdx.documentId(s.text());
            case "name" -> c.documentName = s.text();
            // GitHub's dependency-graph export wraps the SPDX document: {"sbom": {...}}.
            case "sbom" -> s.object((inner, s2) -> visit(c, inner, s2));
            case "metadata" -> c.cycloneDxSubject = cycloneDxSubject(s.tree());
            case "components" -> s.array(field, node -> addCycloneDx(node, c));
            case "dependencies" -> s.array(field, node -> c.cycloneDxEdges += node.path("dependsOn").size());
            case "documentDescribes" -> s.array(field, node -> c.spdx.describes(node.asText("")));
            case "packages" -> s.array(field, node -> {
                SbomComponent component = spdxPackage(node);
                c.spdx.pkg(JsonStream.text(node, "SPDXID"), label(component));
                c.add(component);
            });
            case "relationships" -> s.array(field, node -> c.spdx.relationship(JsonStream.text(node, "spdxElementId"),
                    JsonStream.text(node, "relationshipType"), JsonStream.text(node, "relatedSpdxElement")));
            default -> { }
        }
    }

    private static String label(SbomComponent c) {
        return c.version().isEmpty() ? c.name() : c.name() + "@" + c.version();
    }

    private static String cycloneDxSubject(JsonNode metadata) {
        String name = JsonStream.text(metadata, "component", "name");
        String version = JsonStream.text(metadata, "component", "version");
        return version.isEmpty() ? name : name + "@" + version;
    }

    /** A component and, depth first, the components nested in it (CycloneDX assemblies). */
    private static void addCycloneDx(JsonNode node, Collected into) throws IOException {
        List<String> licenses = new ArrayList<>();
        for (JsonNode choice : node.path("licenses")) {
            String id = JsonStream.text(choice, "license", "id");
            String license = !id.isEmpty() ? id : !JsonStream.text(choice, "license", "name").isEmpty()
                    ? JsonStream.text(choice, "license", "name") : JsonStream.text(choice, "expression");
            if (!license.isEmpty()) {
                licenses.add(license);
            }
        }
        into.add(new SbomComponent(JsonStream.text(node, "name"), JsonStream.text(node, "version"),
                JsonStream.text(node, "purl"), licenses, JsonStream.text(node, "type")));
        for (JsonNode nested : node.path("components")) {
            addCycloneDx(nested, into);
        }
    }

    private static SbomComponent spdxPackage(JsonNode node) {
        String purl = "";
        for (JsonNode ref : node.path("externalRefs")) {
            if (JsonStream.text(ref, "referenceType").equals("purl")) {
                purl = JsonStream.text(ref, "referenceLocator");
                break;
            }
        }
        // The concluded licence is the analysed one; the declared one is what the package says.
        String license = JsonStream.text(node, "licenseConcluded");
        if (license.isEmpty() || license.equals(NOASSERTION) || license.equals("NONE")) {
            license = JsonStream.text(node, "licenseDeclared");
        }
        List<String> licenses = license.isEmpty() || license.equals(NOASSERTION) || license.equals("NONE")
                ? List.of() : List.of(license);
        return new SbomComponent(JsonStream.text(node, "name"), JsonStream.text(node, "versionInfo"), purl, licenses,
                JsonStream.text(node, "primaryPackagePurpose").toLowerCase(Locale.ROOT));
    }

    /** What one pass gathers; bounded except for the kept components and 8 bytes a package and an SPDX edge. */
    private static final class Collected {
        final int keep;
        final ComponentVisitor each;
        String bomFormat = "";
        String specVersion = "";
        String spdxVersion = "";
        String documentName = "";
        String cycloneDxSubject = "";
        final SbomComponents.Builder kept = new SbomComponents.Builder();
        int count;
        final Map<String, Integer> licenses = new TreeMap<>();
        int cycloneDxEdges;
        final SpdxGraph spdx = new SpdxGraph();
        /** Labels of described packages found by a second pass, by position. */
        final Map<Integer, String> labelsByPosition = new HashMap<>();

        Collected(int keep, ComponentVisitor each) {
            this.keep = keep;
            this.each = each;
        }

        void add(SbomComponent component) throws IOException {
            if (component.licenses().isEmpty()) {
                licenses.merge(Sbom.NO_LICENSE, 1, Integer::sum);
            }
            component.licenses().forEach(l -> licenses.merge(l, 1, Integer::sum));
            if (count < keep) {
                kept.add(component);
            }
            count++;
            each.visit(component);
        }

        boolean isSpdx() {
            return !spdxVersion.isEmpty();
        }

        /** Positions of described packages that were not kept and whose label is not known yet. */
        List<Integer> unresolved() {
            return spdx.described().stream().filter(id -> spdx.label(id).isEmpty()).map(spdx::position)
                    .filter(p -> p >= kept.size()).toList();
        }

        /** The described packages' name@version, joined; the document's name when none is known. */
        String spdxSubject(SbomComponents components) {
            List<String> subjects = new ArrayList<>();
            for (String id : spdx.described()) {
                int position = spdx.position(id);
                spdx.label(id).or(() -> position < 0 ? Optional.empty()
                        : Optional.ofNullable(position < components.size() ? label(components.get(position))
                                : labelsByPosition.get(position))).ifPresent(subjects::add);
            }
            return subjects.isEmpty() ? documentName : String.join(", ", subjects);
        }

        Sbom sbom(String name) throws ReportFormatException {
            SbomComponents components = kept.build();
            if (isSpdx()) {
                Map<DependencyKind, Integer> kinds = spdx.edgesByKind();
                return new Sbom(name, Sbom.Format.SPDX, spdxVersion.replaceFirst("^SPDX-", ""), spdxSubject(components), count,
                        components, kinds.values().stream().mapToInt(Integer::intValue).sum(), kinds, licenses);
            }
            if (bomFormat.equals("CycloneDX")) {
                return new Sbom(name, Sbom.Format.CYCLONEDX, specVersion, cycloneDxSubject, count, components, cycloneDxEdges,
                        cycloneDxEdges == 0 ? Map.of() : Map.of(DependencyKind.UNSPECIFIED, cycloneDxEdges), licenses);
            }
            throw new ReportFormatException(name, "not an SBOM: neither \"bomFormat\": \"CycloneDX\" nor \"spdxVersion\" found");
        }
    }
}
