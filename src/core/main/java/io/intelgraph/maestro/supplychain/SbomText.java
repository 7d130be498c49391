package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.DependencyKind;
import io.intelgraph.maestro.model.evidence.Sbom;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The words the SBOM panel and {@code inspect sbom} share for an SBOM's dependency kinds and licences. */
public final class SbomText {

    private SbomText() {
    }

    /** " (3 dynamic link, 2 test)": the edges whose kind the SBOM names; "" when it names none. */
    public static String scopes(Sbom sbom) {
        String named = new TreeMap<>(sbom.dependencyKinds()).entrySet().stream()
                .filter(e -> e.getKey() != DependencyKind.UNSPECIFIED)
                .map(e -> e.getValue() + " " + e.getKey().word()).collect(Collectors.joining(", "));
        return named.isEmpty() ? "" : " (" + named + ")";
    }

    /** "MIT 57, BSD-3-Clause 4": the most used licence first. */
    public static String licenses(Sbom sbom, String separator) {
        return licenses(sbom, separator, UnaryOperator.identity());
    }

    /** As above, each licence name (the SBOM's text) passed through {@code shown}: a terminal escapes it. */
    public static String licenses(Sbom sbom, String separator, UnaryOperator<String> shown) {
        return sbom.licenseCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> shown.apply(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(separator));
    }
}
