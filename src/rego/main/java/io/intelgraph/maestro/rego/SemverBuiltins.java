package io.intelgraph.maestro.rego;

import com.github.zafarkhaja.semver.Version;

import java.math.BigDecimal;

import static io.intelgraph.maestro.rego.Operands.str;

/** OPA's semver.go: strict SemVer 2.0.0 versions (java-semver); build metadata does not order. */
final class SemverBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("semver.is_valid", 1, a -> a.get(0) instanceof String s && Version.isValid(s));
        r.add("semver.compare", 2, a -> BigDecimal.valueOf(Integer.signum(
                semver(a.get(0), 1).compareToIgnoreBuildMetadata(semver(a.get(1), 2)))));
    }

    private static Version semver(Object v, int operand) {
        String text = str(v);
        return Version.tryParse(text).orElseThrow(() -> new RegoException(
                "semver.compare: operand " + operand + ": string " + Values.quote(text) + " is not a valid SemVer"));
    }
}
