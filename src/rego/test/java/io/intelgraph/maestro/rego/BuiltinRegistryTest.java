package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry the families fill: one owner per name, and OPA's rules for a call that goes wrong. */
class BuiltinRegistryTest {

    private final BuiltinRegistry registry = BuiltinRegistry.standard(Long.MAX_VALUE);

    @Test
    void aNameRegisteredTwiceIsRefused() {
        BuiltinRegistry twice = new BuiltinRegistry();
        twice.add("f", 1, a -> a.get(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> twice.add("f", 2, a -> a.get(1)));
        assertEquals("builtin f registered twice", e.getMessage());
    }

    @Test
    void everyNameBelongsToExactlyOneFamily() {
        Set<String> all = new TreeSet<>();
        int registrations = 0;
        for (BuiltinFamily family : BuiltinRegistry.families(Long.MAX_VALUE)) {
            BuiltinRegistry alone = new BuiltinRegistry();
            family.register(alone);
            assertFalse(alone.names().isEmpty(), family.getClass().getSimpleName() + " registers nothing");
            registrations += alone.names().size();
            all.addAll(alone.names());
        }
        assertEquals(all.size(), registrations, "a name registered by two families");
        assertEquals(all, registry.names());
    }

    @Test
    void anOperandOfTheWrongTypeIsUndefinedOrAStrictTypeError() {
        assertNull(registry.call("upper", List.of(BigDecimal.ONE), "p.rego:1", false));
        RegoException e = assertThrows(RegoException.class, () -> registry.call("upper", List.of(BigDecimal.ONE), "p.rego:1", true));
        assertEquals("eval_type_error", e.code());
    }

    @Test
    void aBuiltinsErrorIsUndefinedOrAStrictBuiltinError() {
        assertNull(registry.call("regex.match", List.of("(", "x"), "p.rego:1", false));
        RegoException e = assertThrows(RegoException.class, () -> registry.call("regex.match", List.of("(", "x"), "p.rego:1", true));
        assertEquals("eval_builtin_error", e.code());
    }

    @Test
    void anUnknownNameIsUnsupportedEvenOutsideStrictMode() {
        RegoException e = assertThrows(RegoException.class, () -> registry.call("graphql.parse_schema", List.of("type Q"),
                "p.rego:3", false));
        assertEquals("unsupported", e.code());
        assertEquals("unsupported: builtin graphql.parse_schema (p.rego:3)", e.getMessage());
        assertEquals(-1, registry.arity("graphql.parse_schema"));
    }

    @Test
    void theWrongNumberOfArgumentsIsAnError() {
        RegoException e = assertThrows(RegoException.class, () -> registry.call("upper", List.of("a", "b"), "p.rego:2", false));
        assertEquals("p.rego:2: upper takes 1 arguments, got 2", e.getMessage());
    }

    @Test
    void onlyTheBuiltinsThatDrawRandomNumbersAreNondeterministic() {
        Set<String> nondeterministic = new TreeSet<>();
        registry.names().stream().filter(registry::isNondeterministic).forEach(nondeterministic::add);
        // As OPA marks them: token signing draws randomness (ECDSA), as rand.intn and uuid.rfc4122 do.
        assertEquals(Set.of("io.jwt.encode_sign", "io.jwt.encode_sign_raw", "rand.intn", "uuid.rfc4122"),
                nondeterministic);
    }
}
