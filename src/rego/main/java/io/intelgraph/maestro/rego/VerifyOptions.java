package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Go's {@code x509.VerifyOptions} as OPA's extractVerifyOpts reads them from a policy's object (keys in Rego's
 * order, each checked as OPA checks it), and the two checks the JDK's PKIX validator does not make: the leaf's host
 * name and the chain's extended key usages (Go's checkChainForKeyUsage; without any, a server's).
 *
 * @param dnsName the host the leaf must name, or null
 * @param at      the instant the chain must be valid at
 * @param usages  the extended key usages' OIDs any of which the chain must allow
 */
record VerifyOptions(String dnsName, Date at, Set<String> usages) {

    private static final String ANY = "2.5.29.37.0";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    /** Netscape's and Microsoft's server-gated crypto, which Go counts as server authentication. */
    private static final Set<String> SERVER_GATED = Set.of("2.16.840.1.113730.4.1", "1.3.6.1.4.1.311.10.3.3");
    private static final Map<String, String> USAGES = Map.ofEntries(
            Map.entry("KeyUsageAny", ANY),
            Map.entry("KeyUsageServerAuth", SERVER_AUTH),
            Map.entry("KeyUsageClientAuth", "1.3.6.1.5.5.7.3.2"),
            Map.entry("KeyUsageCodeSigning", "1.3.6.1.5.5.7.3.3"),
            Map.entry("KeyUsageEmailProtection", "1.3.6.1.5.5.7.3.4"),
            Map.entry("KeyUsageIPSECEndSystem", "1.3.6.1.5.5.7.3.5"),
            Map.entry("KeyUsageIPSECTunnel", "1.3.6.1.5.5.7.3.6"),
            Map.entry("KeyUsageIPSECUser", "1.3.6.1.5.5.7.3.7"),
            Map.entry("KeyUsageTimeStamping", "1.3.6.1.5.5.7.3.8"),
            Map.entry("KeyUsageOCSPSigning", "1.3.6.1.5.5.7.3.9"),
            Map.entry("KeyUsageMicrosoftServerGatedCrypto", "1.3.6.1.4.1.311.10.3.3"),
            Map.entry("KeyUsageNetscapeServerGatedCrypto", "2.16.840.1.113730.4.1"),
            Map.entry("KeyUsageMicrosoftCommercialCodeSigning", "1.3.6.1.4.1.311.2.1.22"),
            Map.entry("KeyUsageMicrosoftKernelCodeSigning", "1.3.6.1.4.1.311.61.1.1"));

    /** No host, now, a server's usage: Go's zero VerifyOptions. */
    static final VerifyOptions DEFAULT = new VerifyOptions(null, null, Set.of());

    @Override
    public Date at() {
        return at == null ? new Date() : at;
    }

    static VerifyOptions of(Map<?, ?> options) {
        String dnsName = null;
        Date at = null;
        Set<String> usages = new LinkedHashSet<>();
        List<Object> keys = new ArrayList<>(options.keySet());
        keys.sort(Values::compare);
        for (Object key : keys) {
            if (!(key instanceof String name)) {
                continue;
            }
            Object value = options.get(key);
            switch (name) {
                case "DNSName" -> {
                    if (!(value instanceof String text)) {
                        throw new RegoException("'DNSName' should be a string");
                    }
                    dnsName = text;
                }
                case "CurrentTime" -> {
                    if (!(value instanceof BigDecimal nanos)) {
                        throw new RegoException("'CurrentTime' should be a number");
                    }
                    try {
                        long n = nanos.longValueExact();
                        at = new Date(Math.floorDiv(n, 1_000_000L));
                    } catch (ArithmeticException e) {
                        throw new RegoException("'CurrentTime' should be a valid int64 number");
                    }
                }
                case "MaxConstraintComparisons" -> {
                    if (!(value instanceof BigDecimal comparisons)) {
                        throw new RegoException("'MaxConstraintComparisons' should be a number");
                    }
                    try {
                        comparisons.intValueExact();
                    } catch (ArithmeticException e) {
                        throw new RegoException("'MaxConstraintComparisons' should be a valid number");
                    }
                }
                case "KeyUsages" -> {
                    if (!(value instanceof List<?>) && !(value instanceof Set<?>)) {
                        throw new RegoException("'KeyUsages' should be an Array or Set");
                    }
                    List<String> invalid = new ArrayList<>();
                    for (Object usage : (Collection<?>) value) {
                        if (usage instanceof String text) {
                            if (USAGES.containsKey(text)) {
                                usages.add(USAGES.get(text));
                            } else {
                                invalid.add(text);
                            }
                        }
                    }
                    if (!invalid.isEmpty()) {
                        throw new RegoException("invalid entries for 'KeyUsages' found: [" + String.join(" ", invalid) + "]");
                    }
                }
                default -> throw new RegoException("invalid key option");
            }
        }
        return new VerifyOptions(dnsName, at, Set.copyOf(usages));
    }

    /** Go's VerifyHostname: an IP against the leaf's IP names, a host against its DNS names (one-label wildcards). */
    boolean matchesHost(X509Certificate leaf) {
        Collection<List<?>> names;
        try {
            names = leaf.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (names == null) {
            return false;
        }
        String host = dnsName.endsWith(".") ? dnsName.substring(0, dnsName.length() - 1) : dnsName;
        boolean ip = host.matches("[0-9.]+") || host.contains(":");
        for (List<?> name : names) {
            int type = (Integer) name.get(0);
            String value = String.valueOf(name.get(1));
            if (ip && type == 7 && sameAddress(host, value)) {
                return true;
            }
            if (!ip && type == 2 && hostMatches(value.toLowerCase(Locale.ROOT), host.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean hostMatches(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return pattern.equals(host);
    }

    /**
     * Go's checkChainForKeyUsage: every certificate of the chain that lists extended key usages (and not "any") must
     * allow at least one of the usages asked for that all those before it allowed.
     */
    boolean usagesAllowedBy(List<X509Certificate> chain) {
        Set<String> wanted = new LinkedHashSet<>(usages.isEmpty() ? Set.of(SERVER_AUTH) : usages);
        if (wanted.contains(ANY)) {
            return true;
        }
        for (X509Certificate certificate : chain) {
            List<String> listed;
            try {
                listed = certificate.getExtendedKeyUsage();
            } catch (CertificateParsingException e) {
                return false;
            }
            if (listed == null || listed.isEmpty() || listed.contains(ANY)) {
                continue;
            }
            wanted.removeIf(usage -> !listed.contains(usage)
                    && !(usage.equals(SERVER_AUTH) && listed.stream().anyMatch(SERVER_GATED::contains)));
            if (wanted.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
