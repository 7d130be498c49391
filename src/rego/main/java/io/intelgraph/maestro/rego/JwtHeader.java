package io.intelgraph.maestro.rego;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A token's JOSE header as OPA reads it for verification: {@code alg}, {@code kid}, {@code typ} and {@code cty} must
 * be strings, {@code crit} a nonempty list; any other parameter is unknown, and a header that marks an unknown one
 * critical is not valid (RFC 7515 4.1.11), nor is one without {@code alg}.
 */
record JwtHeader(String alg, String kid, String cty, Set<String> crit, List<String> unknown) {

    private static final Set<String> STRINGS = Set.of("alg", "kid", "typ", "cty");

    /** The decoded header object; an encrypted token's (JWE) is refused, as by io.jwt.decode. */
    static JwtHeader of(Map<?, ?> header) {
        if (header.containsKey("enc")) {
            throw new RegoException("JWT is a JWE object, which is not supported");
        }
        String alg = "";
        String kid = "";
        String cty = "";
        Set<String> crit = Set.of();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<?, ?> entry : header.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (STRINGS.contains(name)) {
                if (!(value instanceof String text)) {
                    throw new RegoException(name + ": must be a string");
                }
                switch (name) {
                    case "alg" -> alg = text;
                    case "kid" -> kid = text;
                    case "cty" -> cty = text;
                    default -> { }
                }
            } else if (name.equals("crit")) {
                crit = crit(value);
            } else {
                unknown.add(name);
            }
        }
        return new JwtHeader(alg, kid, cty, crit, List.copyOf(unknown));
    }

    /** Names that are not strings are passed over, as OPA passes them over. */
    private static Set<String> crit(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new RegoException("crit: must be a list");
        }
        Set<String> names = new HashSet<>();
        for (Object name : list) {
            if (name instanceof String text) {
                names.add(text);
            }
        }
        if (names.isEmpty()) {
            throw new RegoException("crit: must be a nonempty list");
        }
        return Set.copyOf(names);
    }

    boolean valid() {
        return !alg.isEmpty() && unknown.stream().noneMatch(crit::contains);
    }
}
