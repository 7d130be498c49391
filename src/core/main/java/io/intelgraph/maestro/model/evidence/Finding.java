package io.intelgraph.maestro.model.evidence;

import java.util.OptionalDouble;

/**
 * One problem a scanner reported: a vulnerable package (installed → fixed version), a failed
 * misconfiguration check, or a secret. Strings are empty when the report does not say; a finding is
 * fixable when a fixed version is known.
 */
public record Finding(Kind kind, Severity severity, String id, String target, String pkg, String installedVersion,
        String fixedVersion, String title, String url, OptionalDouble cvss, int line) {

    public enum Kind { VULNERABILITY, MISCONFIGURATION, SECRET }

    public boolean fixable() {
        return !fixedVersion.isEmpty();
    }
}
