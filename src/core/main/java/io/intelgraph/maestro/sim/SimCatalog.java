package io.intelgraph.maestro.sim;

import java.util.List;

/** The names the simulated organization is made of. */
final class SimCatalog {

    private SimCatalog() {
    }

    static final String ORG = "intelgraph-sim";

    static final List<String> REPOS = List.of(
            "api-gateway", "auth-service", "billing-engine", "build-hud", "catalog-service", "checkout-web",
            "cli-tools", "config-server", "data-pipeline", "design-system", "docs-site", "event-bus",
            "feature-flags", "graph-core", "graph-query", "helm-charts", "identity-web", "ingest-worker",
            "insights-ml", "mobile-app", "notification-service", "observability-stack", "orders-service",
            "payments-gateway", "policy-bundles", "preview-operator", "search-indexer", "session-store",
            "terraform-modules", "user-profile", "web-frontend", "workflow-engine", "rate-limiter", "audit-log");

    static final List<String> PEOPLE = List.of(
            "amara-o", "bjorn-k", "chen-wei", "dmitri-v", "elena-r", "fatima-z", "gustavo-p", "hana-s",
            "ivan-t", "jules-m", "kwame-a", "lea-b", "mateo-g", "nadia-h", "oskar-l", "priya-n", "renovate[bot]",
            "dependabot[bot]");

    static final List<String> TOPICS = List.of(
            "retry-backoff", "otel-tracing", "cache-warmup", "schema-v2", "flaky-login-test", "bump-jackson",
            "sbom-export", "helm-probes", "graphql-pagination", "dark-mode", "rate-limit-headers", "pg16-upgrade",
            "cve-2024-fix", "arm64-runners", "preview-ttl", "policy-gate", "node-22", "streaming-parser");

    static final List<String> COMMIT_VERBS = List.of("feat", "fix", "perf", "refactor", "chore", "test", "docs", "ci");

    /** Names for repositories that churn adds, in order; numbered once the list runs out. */
    static final List<String> ADDED_REPOS = List.of(
            "inventory-service", "pricing-engine", "edge-proxy", "mail-relay", "geo-lookup", "report-builder",
            "ledger-service", "media-transcoder", "chat-gateway", "tenant-admin", "quota-service", "sso-bridge");

    /**
     * Beyond the catalog, an organisation-sized world's repositories are named from these: a domain and
     * a kind, as real organisations name them ({@code fraud-worker}, {@code tax-api}). None of the
     * words is in the catalog or in {@link #ADDED_REPOS}, so no generated name repeats one of theirs.
     */
    private static final List<String> DOMAINS = List.of(
            "fraud", "tax", "loyalty", "reviews", "cart", "invoice", "support", "kyc", "risk", "returns",
            "warehouse", "shipping", "coupon", "wishlist", "forecast", "payroll", "crm", "sla", "dns", "backup");
    private static final List<String> KINDS = List.of(
            "api", "worker", "web", "svc", "jobs", "sdk", "ui", "etl", "cron", "bff", "adapter", "sync", "importer",
            "exporter", "dashboard", "lambda", "stream", "rules", "store", "cache");

    /** The name of repository {@code index}: the catalog's, then domain-kind pairs, numbered once those run out. */
    static String repoName(int index) {
        if (index < REPOS.size()) {
            return REPOS.get(index);
        }
        int n = index - REPOS.size();
        int pairs = DOMAINS.size() * KINDS.size();
        int pair = n % pairs;
        // Walks every (domain, kind) pair once, neighbours differing in both words.
        int domain = pair % DOMAINS.size();
        int kind = (pair / DOMAINS.size() + domain) % KINDS.size();
        String name = DOMAINS.get(domain) + "-" + KINDS.get(kind);
        return n < pairs ? name : name + "-" + (n / pairs + 1);
    }

    static String addedRepoName(int n) {
        String stem = ADDED_REPOS.get(n % ADDED_REPOS.size());
        return n < ADDED_REPOS.size() ? stem : stem + "-" + (n / ADDED_REPOS.size() + 1);
    }
}
