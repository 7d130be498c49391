package io.intelgraph.maestro.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import io.intelgraph.maestro.model.Sbom;
import io.intelgraph.maestro.model.SbomComponent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads CycloneDX JSON (1.2–1.7) and SPDX JSON (2.2, 2.3) SBOMs, streaming: one component in memory
 * at a time besides the table being built. (cyclonedx-core-java would build the whole BOM as objects
 * first, which a 100 MB SBOM cannot afford.)
 */
public final class SbomReader {

    private static final String NOASSERTION = "NOASSERTION";

    public Sbom read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    public Sbom read(String name, InputStream in) throws IOException {
        Collected c = new Collected();
        try (JsonStream stream = new JsonStream(name, in)) {
            stream.object((field, s) -> visit(c, field, s));
        }
        if (!c.spdxVersion.isEmpty()) {
            return sbom(name, Sbom.Format.SPDX, c.spdxVersion.replaceFirst("^SPDX-", ""), c.documentName, c.components,
                    c.spdxEdges);
        }
        if (c.bomFormat.equals("CycloneDX")) {
            return sbom(name, Sbom.Format.CYCLONEDX, c.specVersion, c.subject, c.components, c.cycloneDxEdges);
        }
        throw new ReportFormatException(name, "not an SBOM: neither \"bomFormat\": \"CycloneDX\" nor \"spdxVersion\" found");
    }

    private static void visit(Collected c, String field, JsonStream s) throws IOException {
        switch (field) {
            case "bomFormat" -> c.bomFormat = s.text();
            case "specVersion" -> c.specVersion = s.text();
            case "spdxVersion" -> c.spdxVersion = s.text();
            case "name" -> c.documentName = s.text();
            // GitHub's dependency-graph export wraps the SPDX document: {"sbom": {...}}.
            case "sbom" -> s.object((inner, s2) -> visit(c, inner, s2));
            case "metadata" -> c.subject = cycloneDxSubject(s.tree());
            case "components" -> s.array(field, node -> addCycloneDx(node, c.components));
            case "dependencies" -> s.array(field, node -> c.cycloneDxEdges += node.path("dependsOn").size());
            case "packages" -> s.array(field, node -> c.components.add(spdxPackage(node)));
            case "relationships" -> s.array(field, node -> {
                String type = JsonStream.text(node, "relationshipType");
                if (type.equals("DEPENDS_ON") || type.equals("DEPENDENCY_OF")) {
                    c.spdxEdges++;
                }
            });
            default -> { }
        }
    }

    private static Sbom sbom(String name, Sbom.Format format, String version, String subject,
            List<SbomComponent> components, int edges) {
        Map<String, Integer> licenses = new TreeMap<>();
        for (SbomComponent component : components) {
            if (component.licenses().isEmpty()) {
                licenses.merge(Sbom.NO_LICENSE, 1, Integer::sum);
            }
            component.licenses().forEach(l -> licenses.merge(l, 1, Integer::sum));
        }
        return new Sbom(name, format, version, subject, components, edges, licenses);
    }

    private static String cycloneDxSubject(JsonNode metadata) {
        String name = JsonStream.text(metadata, "component", "name");
        String version = JsonStream.text(metadata, "component", "version");
        return version.isEmpty() ? name : name + "@" + version;
    }

    /** A component and, depth first, the components nested in it (CycloneDX assemblies). */
    private static void addCycloneDx(JsonNode node, List<SbomComponent> into) {
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
                JsonStream.text(node, "primaryPackagePurpose").toLowerCase(java.util.Locale.ROOT));
    }

    private static final class Collected {
        String bomFormat = "";
        String specVersion = "";
        String spdxVersion = "";
        String documentName = "";
        String subject = "";
        final List<SbomComponent> components = new ArrayList<>();
        int cycloneDxEdges;
        int spdxEdges;
    }
}
