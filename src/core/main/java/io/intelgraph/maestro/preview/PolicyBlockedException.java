package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.model.policy.PolicyReport;

/** A deploy refused because the policy check has denies; an override needs a typed reason. */
public final class PolicyBlockedException extends RuntimeException {

    private final transient PolicyReport report;

    public PolicyBlockedException(PolicyReport report) {
        super("Blocked by policy: " + report.denies() + (report.denies() == 1 ? " deny" : " denies")
                + (report.errors().isEmpty() ? "" : ", " + report.errors().size() + " could not be checked ("
                + report.errors().get(0) + (report.errors().size() > 1 ? "; …" : "") + ")")
                + ". Fix them, or override with a reason of at least " + PreviewService.MIN_OVERRIDE_REASON
                + " characters that show.");
        this.report = report;
    }

    public PolicyReport report() {
        return report;
    }
}
