package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.DependencyKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an SPDX 2.x document's relationships say, kept small enough for a 400,000-package document:
 * its dependency edges (SPDX 2.3 §11) as 64-bit hashes of (dependent, dependency) with their kind, so
 * an edge stated both ways (A DEPENDS_ON B, B DEPENDENCY_OF A) counts once; and which packages it
 * describes ({@code documentDescribes}, SPDXRef-DOCUMENT DESCRIBES X, X DESCRIBED_BY SPDXRef-DOCUMENT),
 * found again by the package's position, so no SPDXID string is kept per package.
 *
 * <p>Not dependencies: CONTAINS/CONTAINED_BY and PACKAGE_OF (a package's parts, e.g. Syft's files),
 * OPTIONAL_COMPONENT_OF (a part as well), DEPENDENCY_MANIFEST_OF (a file listing dependencies),
 * BUILD_TOOL_OF/DEV_TOOL_OF/TEST_TOOL_OF (tools, which the spec tells apart from BUILD_DEPENDENCY_OF),
 * GENERATED_FROM, DISTRIBUTION_ARTIFACT and the rest; nor an edge to NONE or NOASSERTION
 * ("A DEPENDS_ON NONE" says A has none).
 */
final class SpdxGraph {

    /** A dependency relationship: its kind and whether its element is the dependent (A DEPENDS_ON B) or the dependency. */
    private record Edge(DependencyKind kind, boolean elementDepends) { }

    private static final Map<String, Edge> DEPENDENCIES = Map.ofEntries(
            Map.entry("DEPENDS_ON", new Edge(DependencyKind.UNSPECIFIED, true)),
            Map.entry("DEPENDENCY_OF", new Edge(DependencyKind.UNSPECIFIED, false)),
            Map.entry("BUILD_DEPENDENCY_OF", new Edge(DependencyKind.BUILD, false)),
            Map.entry("DEV_DEPENDENCY_OF", new Edge(DependencyKind.DEV, false)),
            Map.entry("OPTIONAL_DEPENDENCY_OF", new Edge(DependencyKind.OPTIONAL, false)),
            Map.entry("PROVIDED_DEPENDENCY_OF", new Edge(DependencyKind.PROVIDED, false)),
            Map.entry("TEST_DEPENDENCY_OF", new Edge(DependencyKind.TEST, false)),
            Map.entry("RUNTIME_DEPENDENCY_OF", new Edge(DependencyKind.RUNTIME, false)),
            Map.entry("DYNAMIC_LINK", new Edge(DependencyKind.DYNAMIC_LINK, true)),
            Map.entry("STATIC_LINK", new Edge(DependencyKind.STATIC_LINK, true)),
            Map.entry("HAS_PREREQUISITE", new Edge(DependencyKind.PREREQUISITE, true)),
            Map.entry("PREREQUISITE_FOR", new Edge(DependencyKind.PREREQUISITE, false)));

    private static final int KIND_BITS = 4;

    private String documentId = "SPDXRef-DOCUMENT";
    /** The described elements' SPDXIDs, in the order the document names them; few. */
    private final List<String> described = new ArrayList<>();
    /** Labels (name@version) of described packages met after they were named as described. */
    private final Map<String, String> labels = new LinkedHashMap<>();
    /** Each package's SPDXID hash, by position. */
    private long[] packages = new long[1024];
    private int packageCount;
    /** Each dependency edge: hash(dependent, dependency) shifted left, its kind in the low bits. */
    private long[] edges = new long[1024];
    private int edgeCount;

    void documentId(String id) {
        if (!id.isEmpty()) {
            documentId = id;
        }
    }

    void describes(String id) {
        if (!id.isEmpty() && !described.contains(id)) {
            described.add(id);
        }
    }

    /** The next package, by its SPDXID and label. */
    void pkg(String id, String label) {
        if (packageCount == packages.length) {
            packages = Arrays.copyOf(packages, packageCount * 2);
        }
        packages[packageCount++] = hash(id);
        if (described.contains(id)) {
            labels.putIfAbsent(id, label);
        }
    }

    void relationship(String element, String type, String related) {
        if (type.equals("DESCRIBES") && element.equals(documentId)) {
            describes(related);
            return;
        }
        if (type.equals("DESCRIBED_BY") && related.equals(documentId)) {
            describes(element);
            return;
        }
        Edge edge = DEPENDENCIES.get(type);
        if (edge == null || element.isEmpty() || related.isEmpty() || related.equals("NONE") || related.equals("NOASSERTION")) {
            return;
        }
        long pair = edge.elementDepends() ? pair(element, related) : pair(related, element);
        if (edgeCount == edges.length) {
            edges = Arrays.copyOf(edges, edgeCount * 2);
        }
        edges[edgeCount++] = pair << KIND_BITS | edge.kind().ordinal();
    }

    /** Distinct edges by kind; an edge stated twice with a scope and without counts once, with the scope. */
    Map<DependencyKind, Integer> edgesByKind() {
        long[] sorted = Arrays.copyOf(edges, edgeCount);
        Arrays.sort(sorted);
        Map<DependencyKind, Integer> kinds = new EnumMap<>(DependencyKind.class);
        for (int i = 0; i < sorted.length; i++) {
            boolean lastOfPair = i + 1 == sorted.length || sorted[i + 1] >>> KIND_BITS != sorted[i] >>> KIND_BITS;
            if (lastOfPair) { // sorted by kind within a pair: the last is the most specific
                kinds.merge(DependencyKind.values()[(int) (sorted[i] & ((1 << KIND_BITS) - 1))], 1, Integer::sum);
            }
        }
        return kinds;
    }

    List<String> described() {
        return described;
    }

    /** The label of a described package met after it was named as described. */
    Optional<String> label(String id) {
        return Optional.ofNullable(labels.get(id));
    }

    /** The position of the package with this SPDXID among the document's packages, or -1. */
    int position(String id) {
        long wanted = hash(id);
        for (int i = 0; i < packageCount; i++) {
            if (packages[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static long pair(String dependent, String dependency) {
        return (hash(dependent) * 0x9E3779B97F4A7C15L ^ hash(dependency)) >>> KIND_BITS;
    }

    /** FNV-1a, 64 bits: for 400,000 ids a collision is about one chance in 10^8. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
