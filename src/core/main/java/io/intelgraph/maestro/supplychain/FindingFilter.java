package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.Severity;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The Scan panel's filter bar as plain logic: which severities, fixable only, and the order. */
public record FindingFilter(Set<Severity> severities, boolean fixableOnly, Order order) {

    public enum Order {
        /** Worst severity first, the highest CVSS first within it. */
        SEVERITY,
        /** Highest CVSS first; findings without a score last. */
        CVSS
    }

    public static final FindingFilter ALL = new FindingFilter(EnumSet.allOf(Severity.class), false, Order.SEVERITY);

    public FindingFilter {
        severities = severities.isEmpty() ? EnumSet.noneOf(Severity.class) : EnumSet.copyOf(severities);
    }

    public List<Finding> apply(List<Finding> findings) {
        Comparator<Finding> byCvss = Comparator.comparingDouble(f -> -f.cvss().orElse(-1));
        Comparator<Finding> comparator = order == Order.SEVERITY
                ? Comparator.comparing(Finding::severity).thenComparing(byCvss).thenComparing(Finding::id)
                : byCvss.thenComparing(Finding::severity).thenComparing(Finding::id);
        return findings.stream().filter(f -> severities.contains(f.severity())).filter(f -> !fixableOnly || f.fixable())
                .sorted(comparator).toList();
    }

    public FindingFilter withSeverity(Severity severity, boolean shown) {
        Set<Severity> next = severities.isEmpty() ? EnumSet.noneOf(Severity.class) : EnumSet.copyOf(severities);
        if (shown) {
            next.add(severity);
        } else {
            next.remove(severity);
        }
        return new FindingFilter(next, fixableOnly, order);
    }

    public FindingFilter withFixableOnly(boolean only) {
        return new FindingFilter(severities, only, order);
    }

    public FindingFilter withOrder(Order next) {
        return new FindingFilter(severities, fixableOnly, next);
    }
}
