package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * The built-in functions conftest-style policies call. A call of any other builtin fails with
 * {@code unsupported: builtin <name>} instead of evaluating to undefined.
 */
final class Builtins {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES);
    private final Map<String, Function<List<Object>, Object>> functions = new HashMap<>();
    private final Map<String, Integer> arity = new HashMap<>();
    /** Non-deterministic builtins: OPA gives one answer per arguments for the whole query, so the interpreter caches them. */
    private final java.util.Set<String> perQuery = new java.util.HashSet<>();
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, java.util.regex.Pattern> globs = new HashMap<>();

    /** The most elements a builtin may build (numbers.range); {@link RegoPolicy.Limits}. */
    private final long maxCollection;

    Builtins() {
        this(Long.MAX_VALUE);
    }

    Builtins(long maxCollection) {
        this.maxCollection = maxCollection;
        // aggregates
        def("count", 1, a -> size(a.get(0)));
        def("sum", 1, a -> numbers(a.get(0)).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        def("product", 1, a -> numbers(a.get(0)).stream().reduce(BigDecimal.ONE, BigDecimal::multiply));
        def("max", 1, a -> members(a.get(0)).stream().max(Values.ORDER).orElse(null));
        def("min", 1, a -> members(a.get(0)).stream().min(Values.ORDER).orElse(null));
        def("sort", 1, a -> List.copyOf(Values.sorted(members(a.get(0)))));
        def("all", 1, a -> members(a.get(0)).stream().allMatch(Boolean.TRUE::equals));
        def("any", 1, a -> members(a.get(0)).stream().anyMatch(Boolean.TRUE::equals));
        // strings
        def("concat", 2, a -> String.join(str(a.get(0)), strings(a.get(1))));
        def("contains", 2, a -> str(a.get(0)).contains(str(a.get(1))));
        def("startswith", 2, a -> str(a.get(0)).startsWith(str(a.get(1))));
        def("endswith", 2, a -> str(a.get(0)).endsWith(str(a.get(1))));
        def("lower", 1, a -> str(a.get(0)).toLowerCase(Locale.ROOT));
        def("upper", 1, a -> str(a.get(0)).toUpperCase(Locale.ROOT));
        def("split", 2, a -> List.<Object>copyOf(List.of(str(a.get(0)).split(java.util.regex.Pattern.quote(str(a.get(1))), -1))));
        def("replace", 3, a -> str(a.get(0)).replace(str(a.get(1)), str(a.get(2))));
        def("trim", 2, a -> trim(str(a.get(0)), str(a.get(1)), true, true));
        def("trim_left", 2, a -> trim(str(a.get(0)), str(a.get(1)), true, false));
        def("trim_right", 2, a -> trim(str(a.get(0)), str(a.get(1)), false, true));
        def("trim_space", 1, a -> str(a.get(0)).strip());
        def("trim_prefix", 2, a -> str(a.get(0)).startsWith(str(a.get(1)))
                ? str(a.get(0)).substring(str(a.get(1)).length()) : str(a.get(0)));
        def("trim_suffix", 2, a -> str(a.get(0)).endsWith(str(a.get(1)))
                ? str(a.get(0)).substring(0, str(a.get(0)).length() - str(a.get(1)).length()) : str(a.get(0)));
        def("indexof", 2, a -> Values.number(BigDecimal.valueOf(runeIndex(str(a.get(0)), str(a.get(0)).indexOf(str(a.get(1)))))));
        def("indexof_n", 2, a -> {
            // Every occurrence, overlapping ones too, as rune (code point) offsets.
            String s = str(a.get(0));
            String sub = str(a.get(1));
            List<Object> out = new ArrayList<>();
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, s.offsetByCodePoints(i, 1))) {
                out.add(Values.number(BigDecimal.valueOf(runeIndex(s, i))));
                if (i >= s.length()) {
                    break;
                }
            }
            return out;
        });
        def("strings.count", 2, a -> {
            // Go's strings.Count: non-overlapping; an empty substring counts the gaps between runes.
            String s = str(a.get(0));
            String sub = str(a.get(1));
            if (sub.isEmpty()) {
                return Values.number(BigDecimal.valueOf(s.codePointCount(0, s.length()) + 1L));
            }
            long n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return Values.number(BigDecimal.valueOf(n));
        });
        def("strings.reverse", 1, a -> {
            int[] runes = str(a.get(0)).codePoints().toArray();
            StringBuilder out = new StringBuilder();
            for (int i = runes.length - 1; i >= 0; i--) {
                out.appendCodePoint(runes[i]);
            }
            return out.toString();
        });
        def("substring", 3, a -> substring(str(a.get(0)), integer(a.get(1)), integer(a.get(2))));
        def("sprintf", 2, a -> sprintf(str(a.get(0)), list(a.get(1))));
        def("format_int", 2, a -> {
            int base = integer(a.get(1));
            if (base != 2 && base != 8 && base != 10 && base != 16) {
                throw new TypeMismatch(); // OPA: operand 2 must be one of {2, 8, 10, 16}
            }
            return num(a.get(0)).setScale(0, RoundingMode.DOWN).toBigInteger().toString(base);
        });
        def("strings.replace_n", 2, a -> {
            // One pass, as Go's strings.Replacer: at each position the first pattern (in key order) that
            // matches is replaced, and replaced text is never matched again.
            Map<Object, Object> patterns = map(a.get(0));
            List<String> olds = new ArrayList<>();
            for (Object key : Values.sorted(patterns.keySet())) {
                olds.add(str(key));
                str(patterns.get(key));
            }
            String text = str(a.get(1));
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                String hit = null;
                for (String old : olds) {
                    if (!old.isEmpty() && text.startsWith(old, i)) {
                        hit = old;
                        break;
                    }
                }
                if (hit == null) {
                    out.append(text.charAt(i++));
                } else {
                    out.append((String) patterns.get(hit));
                    i += hit.length();
                }
            }
            return out.toString();
        });
        def("strings.any_prefix_match", 2, a -> anyMatch(a, String::startsWith));
        def("strings.any_suffix_match", 2, a -> anyMatch(a, String::endsWith));
        // encodings: decoded bytes become a string as Go makes them, an invalid byte a U+FFFD each
        def("base64.encode", 1, a -> java.util.Base64.getEncoder().encodeToString(utf8(str(a.get(0)))));
        def("base64.decode", 1, a -> goString(decode(java.util.Base64.getDecoder(), str(a.get(0)))));
        def("base64.is_valid", 1, a -> {
            try {
                java.util.Base64.getDecoder().decode(str(a.get(0)));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
        def("base64url.encode", 1, a -> java.util.Base64.getUrlEncoder().encodeToString(utf8(str(a.get(0)))));
        def("base64url.encode_no_pad", 1, a -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(str(a.get(0)))));
        // OPA's base64url.decode takes the padded and the unpadded form.
        def("base64url.decode", 1, a -> goString(decode(java.util.Base64.getUrlDecoder(), str(a.get(0)))));
        // units: Kubernetes-style quantities ("512Mi", "500m") as numbers
        def("units.parse_bytes", 1, a -> units("units.parse_bytes", "byte amount", str(a.get(0)), true));
        def("units.parse", 1, a -> units("units.parse", "amount", str(a.get(0)), false));
        def("glob.match", 3, a -> {
            // null: no delimiters at all; an empty array: the default, ".".
            List<String> delimiters = a.get(1) == Values.NULL ? List.of()
                    : list(a.get(1)).isEmpty() ? List.of(".") : strings(a.get(1));
            return globs.computeIfAbsent(str(a.get(0)) + "\u0000" + delimiters, k -> Glob.compile(str(a.get(0)), delimiters))
                    .matcher(str(a.get(2))).matches();
        });
        // time: the interpreter answers time.now_ns with the query's own instant; declared here for its arity
        def("time.now_ns", 0, a -> {
            throw new IllegalStateException("time.now_ns is evaluated by the interpreter");
        });
        // uuid.rfc4122 is one value per key for the whole query, so the interpreter answers it too
        // random, so answered once per arguments for the whole query (see perQuery)
        defPerQuery("uuid.rfc4122", 1, a -> {
            str(a.get(0));
            return java.util.UUID.randomUUID().toString();
        });
        defPerQuery("rand.intn", 2, a -> {
            // a random integer in [0, |n|); 0 for n = 0
            str(a.get(0));
            BigDecimal n = num(a.get(1));
            if (n.scale() > 0) {
                throw new TypeMismatch();
            }
            long bound;
            try {
                bound = n.abs().longValueExact();
            } catch (ArithmeticException e) {
                throw new TypeMismatch();
            }
            return Values.number(BigDecimal.valueOf(bound == 0 ? 0
                    : java.util.concurrent.ThreadLocalRandom.current().nextLong(bound)));
        });
        def("uuid.parse", 1, a -> Uuid.parse(str(a.get(0))));
        def("crypto.x509.parse_certificates", 1, a -> X509Certificates.parse(str(a.get(0))));
        def("crypto.x509.parse_and_verify_certificates", 1, a -> X509Certificates.parseAndVerify(str(a.get(0))));
        // Declared so that policy tests can mock them ("with http.send as mock"); the HUD's engine itself
        // makes no network calls and verifies no JWTs, so called unmocked they are unsupported, loudly.
        def("http.send", 1, a -> {
            throw RegoException.unsupported("builtin http.send — the in-process engine makes no network calls");
        });
        def("io.jwt.decode", 1, a -> Jwt.decode(str(a.get(0))));
        def("io.jwt.verify_hs256", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA256"));
        def("io.jwt.verify_hs384", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA384"));
        def("io.jwt.verify_hs512", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA512"));
        def("io.jwt.decode_verify", 2, a -> {
            throw RegoException.unsupported("builtin io.jwt.decode_verify — the in-process engine verifies no tokens");
        });
        // No OPA runtime around the in-process engine: what "opa eval" without a config reports.
        def("opa.runtime", 0, a -> new LinkedHashMap<>());
        // regular expressions: RE2, as Go's regexp that OPA uses (linear time, POSIX classes, no backreferences)
        def("regex.match", 2, a -> pattern(str(a.get(0))).matcher(str(a.get(1))).find());
        def("re_match", 2, a -> pattern(str(a.get(0))).matcher(str(a.get(1))).find());
        def("regex.is_valid", 1, a -> {
            if (!(a.get(0) instanceof String)) {
                return false; // OPA: not a string, not a valid pattern (no type error)
            }
            try {
                Pattern.compile(str(a.get(0)));
                return true;
            } catch (PatternSyntaxException e) {
                return false;
            }
        });
        def("regex.split", 2, a -> List.<Object>copyOf(List.of(pattern(str(a.get(0))).split(str(a.get(1)), -1))));
        def("regex.find_all_string_submatch_n", 3, a -> {
            Matcher m = pattern(str(a.get(0))).matcher(str(a.get(1)));
            int limit = integer(a.get(2));
            List<Object> out = new ArrayList<>();
            while ((limit < 0 || out.size() < limit) && m.find()) {
                List<Object> groups = new ArrayList<>();
                for (int g = 0; g <= m.groupCount(); g++) {
                    // Go reports a group that did not take part in the match as "".
                    groups.add(m.group(g) == null ? "" : m.group(g));
                }
                out.add(groups);
            }
            return out;
        });
        def("regex.find_n", 3, a -> {
            Matcher m = pattern(str(a.get(0))).matcher(str(a.get(1)));
            int limit = integer(a.get(2));
            List<Object> out = new ArrayList<>();
            while (m.find() && (limit < 0 || out.size() < limit)) {
                out.add(m.group());
            }
            return out;
        });
        def("regex.replace", 3, a -> replaceAll(pattern(str(a.get(1))), str(a.get(0)), str(a.get(2))));
        // types
        def("is_string", 1, a -> a.get(0) instanceof String);
        def("is_number", 1, a -> a.get(0) instanceof BigDecimal);
        def("is_boolean", 1, a -> a.get(0) instanceof Boolean);
        def("is_array", 1, a -> a.get(0) instanceof List);
        def("is_object", 1, a -> a.get(0) instanceof Map);
        def("is_set", 1, a -> a.get(0) instanceof Set);
        def("is_null", 1, a -> a.get(0) == Values.NULL);
        def("type_name", 1, a -> Values.typeName(a.get(0)));
        def("to_number", 1, a -> toNumber(a.get(0)));
        // collections
        def("object.get", 3, a -> {
            Object value = objectGet(a.get(0), a.get(1));
            return value == null ? a.get(2) : value;
        });
        def("object.keys", 1, a -> new LinkedHashSet<>(map(a.get(0)).keySet()));
        def("object.remove", 2, a -> {
            Map<Object, Object> out = new LinkedHashMap<>(map(a.get(0)));
            // The keys to drop come as a set, an array, or the keys of an object.
            Object keys = a.get(1);
            (keys instanceof Map<?, ?> m ? (Collection<Object>) m.keySet() : members(keys)).forEach(out::remove);
            return out;
        });
        def("object.union", 2, a -> union(map(a.get(0)), map(a.get(1))));
        def("object.union_n", 1, a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object each : list(a.get(0))) {
                out = union(out, map(each));
            }
            return out;
        });
        def("array.concat", 2, a -> {
            List<Object> out = new ArrayList<>(list(a.get(0)));
            out.addAll(list(a.get(1)));
            return out;
        });
        def("array.slice", 3, a -> {
            List<Object> l = list(a.get(0));
            int from = Math.max(0, integer(a.get(1)));
            int to = Math.min(l.size(), integer(a.get(2)));
            return from >= to ? List.of() : List.copyOf(l.subList(from, to));
        });
        def("array.reverse", 1, a -> {
            List<Object> out = new ArrayList<>(list(a.get(0)));
            java.util.Collections.reverse(out);
            return out;
        });
        def("union", 1, a -> {
            Set<Object> out = new LinkedHashSet<>();
            members(a.get(0)).forEach(s -> out.addAll(members(s)));
            return out;
        });
        def("intersection", 1, a -> {
            Set<Object> out = null;
            for (Object s : members(a.get(0))) {
                if (out == null) {
                    out = new LinkedHashSet<>(members(s));
                } else {
                    out.retainAll(members(s));
                }
            }
            return out == null ? new LinkedHashSet<>() : out;
        });
        def("set.multiply", 2, a -> {
            if (!(a.get(0) instanceof Set<?> left) || !(a.get(1) instanceof Set<?> right)) {
                throw new TypeMismatch();
            }
            Set<Object> out = new LinkedHashSet<>();
            for (Object l : left) {
                for (Object r : right) {
                    out.add(List.of(l, r));
                }
            }
            return out;
        });
        def("numbers.range", 2, a -> {
            // Integers of any size (OPA keeps 49649733057 exact); the range itself must fit in memory.
            java.math.BigInteger from = wholeNumber(a.get(0));
            java.math.BigInteger to = wholeNumber(a.get(1));
            java.math.BigInteger step = from.compareTo(to) <= 0 ? java.math.BigInteger.ONE : java.math.BigInteger.ONE.negate();
            checkRange(from, to, java.math.BigInteger.ONE, "numbers.range");
            List<Object> out = new ArrayList<>();
            for (java.math.BigInteger i = from; step.signum() > 0 ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0; i = i.add(step)) {
                out.add(Values.number(new BigDecimal(i)));
            }
            return out;
        });
        def("urlquery.encode", 1, a -> queryEscape(str(a.get(0))));
        def("urlquery.decode", 1, a -> queryUnescape(str(a.get(0))));
        def("urlquery.encode_object", 1, a -> {
            // Go's url.Values.Encode: keys sorted, a key repeated for each of its values.
            List<String> pairs = new ArrayList<>();
            for (Object key : Values.sorted(map(a.get(0)).keySet())) {
                Object value = map(a.get(0)).get(key);
                Collection<?> values = value instanceof Collection<?> c ? value instanceof Set<?> set
                        ? Values.sorted(new ArrayList<Object>(set)) : c : List.of(value);
                for (Object v : values) {
                    pairs.add(queryEscape(str(key)) + "=" + queryEscape(str(v)));
                }
            }
            return String.join("&", pairs);
        });
        def("urlquery.decode_object", 1, a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            String query = str(a.get(0));
            for (String pair : query.isEmpty() ? new String[0] : query.split("[&]")) {
                int eq = pair.indexOf('=');
                String key = queryUnescape(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : queryUnescape(pair.substring(eq + 1));
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) out.computeIfAbsent(key, k -> new ArrayList<>());
                values.add(value);
            }
            return out;
        });
        // Digests of a string's UTF-8 bytes, hex-encoded, as OPA's crypto builtins give them.
        for (String[] digest : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha256", "SHA-256"}}) {
            def("crypto." + digest[0], 1, a -> digest(digest[1], utf8(str(a.get(0)))));
        }
        for (String[] mac : new String[][] {{"md5", "HmacMD5"}, {"sha1", "HmacSHA1"}, {"sha256", "HmacSHA256"},
                {"sha512", "HmacSHA512"}}) {
            def("crypto.hmac." + mac[0], 2, a -> hmac(mac[1], utf8(str(a.get(0))), utf8(str(a.get(1)))));
        }
        def("crypto.hmac.equal", 2, a -> java.security.MessageDigest.isEqual(utf8(str(a.get(0))), utf8(str(a.get(1)))));
        // time: nanoseconds since the epoch, Go layouts and Go's calendar arithmetic (GoTime)
        def("time.parse_ns", 2, a -> GoTime.parse(str(a.get(0)), str(a.get(1))));
        def("time.parse_rfc3339_ns", 1, a -> GoTime.parse("RFC3339", str(a.get(0))));
        def("time.parse_duration_ns", 1, a -> GoTime.duration(str(a.get(0))));
        def("time.date", 1, a -> {
            java.time.ZonedDateTime t = GoTime.at(a.get(0));
            return List.of(GoTime.number(t.getYear()), GoTime.number(t.getMonthValue()), GoTime.number(t.getDayOfMonth()));
        });
        def("time.clock", 1, a -> {
            java.time.ZonedDateTime t = GoTime.at(a.get(0));
            return List.of(GoTime.number(t.getHour()), GoTime.number(t.getMinute()), GoTime.number(t.getSecond()));
        });
        def("time.weekday", 1, a -> GoTime.at(a.get(0)).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                Locale.US));
        def("time.add_date", 4, a -> GoTime.epochNanos(GoTime.addDate(GoTime.at(a.get(0), java.time.ZoneOffset.UTC),
                GoTime.nanos(a.get(1)), GoTime.nanos(a.get(2)), GoTime.nanos(a.get(3)))));
        def("time.diff", 2, a -> GoTime.diff(GoTime.at(a.get(0)), GoTime.at(a.get(1))));
        def("time.format", 1, a -> GoTime.format(GoTime.at(a.get(0)), a.get(0) instanceof List<?> l && l.size() > 2
                ? str(l.get(2)) : "RFC3339Nano"));
        // A policy test's pause (bounded: a test must not stall the build).
        def("test.sleep", 1, a -> {
            try {
                Thread.sleep(Math.min(1_000L, GoTime.duration(str(a.get(0))).longValue() / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Values.NULL;
        });
        // bits: integers of any size, as OPA's big.Int does
        def("bits.and", 2, a -> new BigDecimal(wholeNumber(a.get(0)).and(wholeNumber(a.get(1)))));
        def("bits.or", 2, a -> new BigDecimal(wholeNumber(a.get(0)).or(wholeNumber(a.get(1)))));
        def("bits.xor", 2, a -> new BigDecimal(wholeNumber(a.get(0)).xor(wholeNumber(a.get(1)))));
        def("bits.negate", 1, a -> new BigDecimal(wholeNumber(a.get(0)).not()));
        def("bits.lsh", 2, a -> new BigDecimal(wholeNumber(a.get(0)).shiftLeft(shift(a.get(1)))));
        def("bits.rsh", 2, a -> new BigDecimal(wholeNumber(a.get(0)).shiftRight(shift(a.get(1)))));
        def("numbers.range_step", 3, a -> {
            java.math.BigInteger from = wholeNumber(a.get(0));
            java.math.BigInteger to = wholeNumber(a.get(1));
            java.math.BigInteger step = wholeNumber(a.get(2));
            if (step.signum() <= 0) {
                throw new RegoException("numbers.range_step: step must be a positive number above zero");
            }
            java.math.BigInteger signed = from.compareTo(to) <= 0 ? step : step.negate();
            checkRange(from, to, step, "numbers.range_step");
            List<Object> out = new ArrayList<>();
            for (java.math.BigInteger i = from; signed.signum() > 0 ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0; i = i.add(signed)) {
                out.add(Values.number(new BigDecimal(i)));
            }
            return out;
        });
        def("graph.reachable", 2, a -> GraphReach.reachable(map(a.get(0)), vertices(a.get(1))));
        def("graph.reachable_paths", 2, a -> GraphReach.paths(map(a.get(0)), vertices(a.get(1))));
        def("hex.encode", 1, a -> java.util.HexFormat.of().formatHex(utf8(str(a.get(0)))));
        def("hex.decode", 1, a -> {
            String hex = str(a.get(0));
            try {
                return goString(java.util.HexFormat.of().parseHex(hex));
            } catch (IllegalArgumentException e) {
                throw new RegoException("hex.decode: invalid hex string " + Values.quote(hex) + ": " + e.getMessage());
            }
        });
        def("abs", 1, a -> num(a.get(0)).abs());
        def("round", 1, a -> Values.number(num(a.get(0)).setScale(0, RoundingMode.HALF_UP)));
        def("ceil", 1, a -> Values.number(num(a.get(0)).setScale(0, RoundingMode.CEILING)));
        def("floor", 1, a -> Values.number(num(a.get(0)).setScale(0, RoundingMode.FLOOR)));
        def("object.filter", 2, a -> {
            if (!(a.get(0) instanceof Map<?, ?> object)) {
                throw new TypeMismatch();
            }
            Collection<?> keys = a.get(1) instanceof Map<?, ?> m ? m.keySet() : a.get(1) instanceof Collection<?> c ? c : null;
            if (keys == null) {
                throw new TypeMismatch();
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object key : keys) {
                if (object.containsKey(key)) {
                    out.put(key, object.get(key));
                }
            }
            return out;
        });
        def("json.filter", 2, a -> JsonPaths.filter(map(a.get(0)), JsonPaths.parse(a.get(1)).orElseThrow(TypeMismatch::new)));
        def("json.remove", 2, a -> JsonPaths.remove(map(a.get(0)), JsonPaths.parse(a.get(1)).orElseThrow(TypeMismatch::new)));
        // A patch that cannot apply (missing path, bad index, failed test) leaves the call undefined, as in OPA.
        def("strings.render_template", 2, a -> GoTemplate.render(str(a.get(0)), map(a.get(1))));
        def("json.verify_schema", 1, a -> JsonSchemas.verify(a.get(0)));
        def("json.match_schema", 2, a -> JsonSchemas.match(a.get(0), a.get(1)));
        def("json.patch", 2, a -> JsonPatch.apply(a.get(0), list(a.get(1))).orElse(null));
        def("net.cidr_contains", 2, a -> Cidr.parse(str(a.get(0)), "net.cidr_contains")
                .contains(Cidr.parse(str(a.get(1)), "net.cidr_contains")));
        def("net.cidr_is_valid", 1, a -> {
            if (!(a.get(0) instanceof String text) || !text.contains("/")) {
                return false;
            }
            try {
                Cidr.parse(text, "net.cidr_is_valid");
                return true;
            } catch (RegoException e) {
                return false;
            }
        });
        def("net.cidr_expand", 1, a -> {
            String text = str(a.get(0));
            if (!text.contains("/")) {
                throw new RegoException("net.cidr_expand: invalid CIDR address: " + text);
            }
            Cidr cidr;
            try {
                cidr = Cidr.parse(text, "net.cidr_expand");
            } catch (RegoException e) {
                throw new RegoException("net.cidr_expand: invalid CIDR address: " + text);
            }
            return new LinkedHashSet<Object>(cidr.addresses());
        });
        def("net.cidr_merge", 1, a -> {
            List<Cidr> cidrs = new ArrayList<>();
            for (Object member : members(a.get(0))) {
                cidrs.add(Cidr.parseForMerge(str(member)));
            }
            return List.<Object>copyOf(Cidr.merge(cidrs));
        });
        def("net.cidr_contains_matches", 2, a -> {
            Set<Object> out = new LinkedHashSet<>();
            Map<Object, String> cidrs = cidrEntries(a.get(0), 1);
            Map<Object, String> targets = cidrEntries(a.get(1), 2);
            cidrs.forEach((ck, cv) -> {
                Cidr network = Cidr.parse(cv, "net.cidr_contains_matches");
                targets.forEach((tk, tv) -> {
                    if (network.contains(Cidr.parse(tv, "net.cidr_contains_matches"))) {
                        out.add(List.of(ck, tk));
                    }
                });
            });
            return out;
        });
        def("net.cidr_intersects", 2, a -> Cidr.parse(str(a.get(0)), "net.cidr_intersects")
                .intersects(Cidr.parse(str(a.get(1)), "net.cidr_intersects")));
        def("regex.template_match", 4, a -> templatePattern(str(a.get(0)), str(a.get(2)), str(a.get(3)))
                .matcher(str(a.get(1))).matches());
        def("semver.is_valid", 1, a -> a.get(0) instanceof String s && com.github.zafarkhaja.semver.Version.isValid(s));
        def("semver.compare", 2, a -> BigDecimal.valueOf(Integer.signum(
                semver(a.get(0), 1).compareToIgnoreBuildMetadata(semver(a.get(1), 2)))));
        def("walk", 1, a -> {
            List<Object> pairs = new ArrayList<>();
            walk(new ArrayList<>(), a.get(0), pairs);
            return new Results(pairs);
        });
        def("json.marshal", 1, a -> JsonEncoding.compact(a.get(0)));
        def("json.marshal_with_options", 2, a -> marshalWithOptions(a.get(0), a.get(1)));
        def("json.is_valid", 1, a -> a.get(0) instanceof String s && parses(JSON, s));
        def("yaml.is_valid", 1, a -> a.get(0) instanceof String s && parses(YAML, s));
        def("yaml.marshal", 1, a -> {
            try {
                // Through JSON first, so sets become sorted arrays and keys sorted, as OPA's yaml.marshal does.
                return YAML.writeValueAsString(JSON.readValue(JsonEncoding.compact(a.get(0)), Object.class));
            } catch (JsonProcessingException e) {
                throw new RegoException("yaml.marshal: " + e.getOriginalMessage());
            }
        });
        def("yaml.unmarshal", 1, a -> {
            String text = str(a.get(0));
            if (text.isBlank()) {
                return Values.NULL;
            }
            try {
                return Values.of(YAML.readValue(text, Object.class));
            } catch (JsonProcessingException e) {
                throw new RegoException("yaml.unmarshal: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
        });
        def("json.unmarshal", 1, a -> {
            try {
                return Values.of(JSON.readValue(str(a.get(0)), Object.class));
            } catch (JsonProcessingException e) {
                throw new RegoException("json.unmarshal: " + e.getOriginalMessage());
            }
        });
        defCompatibility();
    }

    /** Builtins OPA 1.x has that policies in the wild still call: tracing, subsets, the v0 casts, operator names. */
    private void defCompatibility() {
        // trace notes go to OPA's explain output, which the in-process engine does not produce.
        def("trace", 1, a -> {
            str(a.get(0));
            return true;
        });
        def("object.subset", 2, a -> Subsets.isSubset(a.get(0), a.get(1)));
        def("array.flatten", 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object item : list(a.get(0))) {
                if (item instanceof List<?> inner) {
                    out.addAll(inner);
                } else {
                    out.add(item);
                }
            }
            return List.copyOf(out);
        });
        def("set_diff", 2, a -> Interpreter.operate("-", set(a.get(0)), set(a.get(1))));
        def("glob.quote_meta", 1, a -> str(a.get(0)).replaceAll("([*?\\\\\\[\\]{}])", "\\\\$1"));
        def("net.cidr_overlap", 2, a -> Cidr.parse(str(a.get(0)), "net.cidr_overlap")
                .contains(Cidr.parse(str(a.get(1)), "net.cidr_overlap")));
        // Rego v0's casts: the value when it already has the type (a set becomes a sorted array), else a type error.
        def("cast_array", 1, a -> a.get(0) instanceof Set<?> ? Values.sorted(set(a.get(0))) : list(a.get(0)));
        def("cast_set", 1, a -> a.get(0) instanceof List<?> l ? new java.util.LinkedHashSet<Object>(l) : set(a.get(0)));
        def("cast_string", 1, a -> str(a.get(0)));
        def("cast_boolean", 1, a -> {
            if (!(a.get(0) instanceof Boolean)) {
                throw new TypeMismatch();
            }
            return a.get(0);
        });
        def("cast_null", 1, a -> {
            if (a.get(0) != Values.NULL) {
                throw new TypeMismatch();
            }
            return a.get(0);
        });
        def("cast_object", 1, a -> map(a.get(0)));
        // Operators by their builtin names (plus(1, 2), equal(a, b)), as OPA's capabilities list them.
        def("strings.split_n", 3, a -> splitN(str(a.get(0)), str(a.get(1)), integer(a.get(2))));
        def("eq", 2, a -> a.get(0).equals(a.get(1)));
        String[][] operators = {{"plus", "+"}, {"minus", "-"}, {"mul", "*"}, {"div", "/"}, {"rem", "%"}, {"equal", "=="},
            {"neq", "!="}, {"lt", "<"}, {"lte", "<="}, {"gt", ">"}, {"gte", ">="}, {"and", "&"}, {"or", "|"}};
        for (String[] op : operators) {
            def(op[0], 2, a -> Interpreter.operate(op[1], a.get(0), a.get(1)));
        }
    }

    /** Go's strings.SplitN: at most n parts (the last holds the rest), none for n = 0, all for n < 0. */
    private static List<Object> splitN(String text, String separator, int n) {
        if (n == 0) {
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        int at = 0;
        while (n < 0 || out.size() < n - 1) {
            int hit;
            int next;
            if (separator.isEmpty()) {
                // An empty separator splits after each character (code point), as Go splits after each UTF-8 sequence.
                if (at >= text.length()) {
                    break;
                }
                next = text.offsetByCodePoints(at, 1);
                hit = next;
            } else {
                hit = text.indexOf(separator, at);
                if (hit < 0) {
                    break;
                }
                next = hit + separator.length();
            }
            out.add(text.substring(at, hit));
            at = next;
        }
        if (!separator.isEmpty() || at < text.length()) {
            out.add(text.substring(at));
        }
        return List.copyOf(out);
    }

    /** Refuses a range with more elements than the collection limit before building it. */
    private void checkRange(java.math.BigInteger from, java.math.BigInteger to, java.math.BigInteger step, String name) {
        java.math.BigInteger size = to.subtract(from).abs().divide(step).add(java.math.BigInteger.ONE);
        if (size.compareTo(java.math.BigInteger.valueOf(maxCollection)) > 0) {
            throw Budget.tooLarge(size, name + "(" + from + ", " + to + ")", maxCollection);
        }
    }

    /** What a relation builtin (walk) yields: every result, each unified in turn with the output argument. */
    record Results(List<Object> values) {
    }

    /** Pre-order, as OPA walks: the node itself at its path, then each child (a set's members are their own keys). */
    private static void walk(List<Object> path, Object node, List<Object> out) {
        out.add(List.of(List.copyOf(path), node));
        if (node instanceof Map<?, ?> || node instanceof List<?> || node instanceof Set<?>) {
            List<Map.Entry<Object, Object>> children = new ArrayList<>();
            if (node instanceof Map<?, ?> map) {
                map.forEach((k, v) -> children.add(Map.entry(k, v)));
            } else if (node instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    children.add(Map.entry(Values.number(BigDecimal.valueOf(i)), list.get(i)));
                }
            } else {
                ((Set<?>) node).forEach(m -> children.add(Map.entry(m, m)));
            }
            for (Map.Entry<Object, Object> child : children) {
                path.add(child.getKey());
                walk(path, child.getValue(), out);
                path.remove(path.size() - 1);
            }
        }
    }

    /** A strict SemVer 2.0.0 version (java-semver), as OPA's semver builtins take it. */
    private static com.github.zafarkhaja.semver.Version semver(Object v, int operand) {
        String text = str(v);
        return com.github.zafarkhaja.semver.Version.tryParse(text).orElseThrow(() -> new RegoException(
                "semver.compare: operand " + operand + ": string " + Values.quote(text) + " is not a valid SemVer"));
    }

    private static boolean parses(ObjectMapper mapper, String text) {
        try {
            mapper.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** OPA's options: {@code pretty}, {@code prefix}, {@code indent}; giving a prefix or indent implies pretty. */
    private static String marshalWithOptions(Object value, Object options) {
        if (!(options instanceof Map<?, ?> opts)) {
            throw new TypeMismatch();
        }
        String prefix = "";
        String indent = "\t";
        Boolean pretty = null;
        boolean layoutGiven = false;
        for (Map.Entry<?, ?> option : opts.entrySet()) {
            switch (String.valueOf(option.getKey())) {
                case "pretty" -> {
                    if (!(option.getValue() instanceof Boolean b)) {
                        throw new TypeMismatch();
                    }
                    pretty = b;
                }
                case "prefix" -> {
                    prefix = str(option.getValue());
                    layoutGiven = true;
                }
                case "indent" -> {
                    indent = str(option.getValue());
                    layoutGiven = true;
                }
                default -> throw RegoException.typeError("json.marshal_with_options: object contained unknown key "
                        + Values.json(option.getKey(), true));
            }
        }
        boolean indented = pretty != null ? pretty : layoutGiven;
        return indented ? JsonEncoding.indented(value, prefix, indent) : JsonEncoding.compact(value);
    }

    private void def(String name, int args, Function<List<Object>, Object> function) {
        functions.put(name, function);
        arity.put(name, args);
    }

    private void defPerQuery(String name, int args, Function<List<Object>, Object> function) {
        def(name, args, function);
        perQuery.add(name);
    }

    boolean isPerQuery(String name) {
        return perQuery.contains(name);
    }

    /** How many arguments the builtin takes, or -1 when there is no such builtin. */
    int arity(String name) {
        return arity.getOrDefault(name, -1);
    }

    Object call(String name, List<Object> args, String where) {
        return call(name, args, where, false);
    }

    Object call(String name, List<Object> args, String where, boolean strict) {
        Function<List<Object>, Object> function = functions.get(name);
        if (function == null) {
            throw RegoException.unsupported("builtin " + name, where);
        }
        if (arity.get(name) != args.size()) {
            throw new RegoException(where + ": " + name + " takes " + arity.get(name) + " arguments, got " + args.size());
        }
        try {
            return function.apply(args);
        } catch (TypeMismatch e) {
            // OPA: a builtin given the wrong type is an error in strict mode; undefined otherwise.
            if (strict) {
                throw RegoException.typeError(where + ": " + name + ": an operand has the wrong type ("
                        + args.stream().map(Values::typeName).toList() + ")");
            }
            return null;
        } catch (RegoException e) {
            // OPA (and so conftest) gobbles a builtin's error outside strict mode: the call is undefined.
            // What this engine cannot do is never gobbled.
            if (e.isUnsupported() || e.isLimit() || strict && !e.code().equals("rego_error")) {
                throw e;
            }
            if (strict) {
                throw RegoException.builtinError(e.getMessage());
            }
            return null;
        }
    }

    /** A builtin received an operand of the wrong type: the call is undefined. */
    private static final class TypeMismatch extends RuntimeException {
        TypeMismatch() {
            super(null, null, false, false);
        }
    }

    private static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw new TypeMismatch();
    }

    private static BigDecimal num(Object v) {
        if (v instanceof BigDecimal n) {
            return n;
        }
        throw new TypeMismatch();
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static String hmac(String algorithm, byte[] message, byte[] key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
            mac.init(new javax.crypto.spec.SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return java.util.HexFormat.of().formatHex(mac.doFinal(message));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    /** A template such as {@code urn:foo:{.*}}: literal text, and regular expressions between the delimiters. */
    private Pattern templatePattern(String template, String open, String close) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int start = template.indexOf(open, at);
            if (start < 0) {
                regex.append(Pattern.quote(template.substring(at)));
                break;
            }
            int end = template.indexOf(close, start + open.length());
            if (end < 0) {
                throw new RegoException("regex.template_match: unbalanced " + open + " in " + Values.quote(template));
            }
            regex.append(Pattern.quote(template.substring(at, start))).append('(')
                    .append(template, start + open.length(), end).append(')');
            at = end + close.length();
        }
        return pattern(regex.toString());
    }

    /** Go's url.QueryEscape: like URLEncoder, but '~' stays and '*' is escaped. */
    private static String queryEscape(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
    }

    private static String queryUnescape(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RegoException("urlquery: invalid escape in " + Values.quote(s));
        }
    }

    /**
     * The operands of net.cidr_contains_matches: a string (its own key), an array (keys are indexes), a set (keys
     * are the members) or an object; an element is a CIDR string or a non-empty array whose first item is one.
     */
    private static Map<Object, String> cidrEntries(Object operand, int position) {
        Map<Object, Object> keyed = new LinkedHashMap<>();
        if (operand instanceof String s) {
            keyed.put(s, s);
        } else if (operand instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                keyed.put(Values.number(BigDecimal.valueOf(i)), list.get(i));
            }
        } else if (operand instanceof Set<?> set) {
            set.forEach(m -> keyed.put(m, m));
        } else if (operand instanceof Map<?, ?> map) {
            map.forEach(keyed::put);
        } else {
            throw new TypeMismatch();
        }
        Map<Object, String> out = new LinkedHashMap<>();
        keyed.forEach((key, element) -> {
            Object cidr = element instanceof List<?> tuple && !tuple.isEmpty() ? tuple.get(0) : element;
            if (!(cidr instanceof String text)) {
                throw new RegoException("net.cidr_contains_matches: operand " + position
                        + ": element must be string or non-empty array");
            }
            out.put(key, text);
        });
        return out;
    }

    private static Collection<?> vertices(Object v) {
        if (v instanceof List<?> || v instanceof Set<?>) {
            return (Collection<?>) v;
        }
        throw new TypeMismatch();
    }

    /** A shift distance: an unsigned integer (OPA: a negative one is a type error). */
    private static int shift(Object v) {
        java.math.BigInteger n = wholeNumber(v);
        if (n.signum() < 0 || n.bitLength() > 31) {
            throw new TypeMismatch();
        }
        return n.intValue();
    }

    private static java.math.BigInteger wholeNumber(Object v) {
        try {
            return num(v).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new TypeMismatch();
        }
    }

    private static int integer(Object v) {
        try {
            return num(v).intValueExact();
        } catch (ArithmeticException e) {
            throw new TypeMismatch();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new TypeMismatch();
    }

    @SuppressWarnings("unchecked")
    private static Set<Object> set(Object v) {
        if (v instanceof Set<?> s) {
            return (Set<Object>) s;
        }
        throw new TypeMismatch();
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw new TypeMismatch();
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> members(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (v instanceof Set<?> s) {
            return (Set<Object>) s;
        }
        if (v instanceof Map<?, ?> m) {
            return (Collection<Object>) m.values();
        }
        throw new TypeMismatch();
    }

    private static List<BigDecimal> numbers(Object v) {
        List<BigDecimal> out = new ArrayList<>();
        for (Object member : members(v)) {
            out.add(num(member));
        }
        return out;
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        for (Object member : members(v)) {
            out.add(str(member));
        }
        return out;
    }

    private static Object size(Object v) {
        if (v instanceof String s) {
            return Values.number(BigDecimal.valueOf(s.codePointCount(0, s.length())));
        }
        if (v instanceof Map<?, ?> m) {
            return Values.number(BigDecimal.valueOf(m.size()));
        }
        return Values.number(BigDecimal.valueOf(members(v).size()));
    }

    static boolean member(Object value, Object collection) {
        if (collection instanceof Set<?> s) {
            return s.contains(value);
        }
        if (collection instanceof List<?> l) {
            return l.contains(value);
        }
        if (collection instanceof Map<?, ?> m) {
            return m.containsValue(value);
        }
        return false;
    }

    private static boolean anyMatch(List<Object> a, java.util.function.BiPredicate<String, String> test) {
        Collection<Object> searches = a.get(0) instanceof String s ? List.of(s) : members(a.get(0));
        Collection<Object> bases = a.get(1) instanceof String s ? List.of(s) : members(a.get(1));
        for (Object search : searches) {
            for (Object base : bases) {
                if (test.test(str(search), str(base))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String trim(String s, String cutset, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] decode(java.util.Base64.Decoder decoder, String text) {
        try {
            return decoder.decode(text);
        } catch (IllegalArgumentException e) {
            throw new RegoException("base64: illegal input: " + e.getMessage());
        }
    }

    /** Bytes as a Go string is read rune by rune: valid UTF-8 decoded, each byte that is not a U+FFFD. */
    static String goString(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int n = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            int cp = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
            boolean valid = n > 0 && i + n <= bytes.length;
            for (int k = 1; valid && k < n; k++) {
                int c = bytes[i + k] & 0xFF;
                valid = (c & 0xC0) == 0x80;
                cp = cp << 6 | c & 0x3F;
            }
            // Overlong forms, surrogates and values past U+10FFFF are invalid too.
            valid = valid && !(n == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF)) && !(n == 4 && (cp < 0x10000 || cp > 0x10FFFF));
            if (valid) {
                out.appendCodePoint(cp);
                i += n;
            } else {
                out.append('\uFFFD');
                i++;
            }
        }
        return out.toString();
    }

    private static final BigDecimal KILO = BigDecimal.valueOf(1000);
    private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
    private static final String PREFIXES = "kmgtpe";

    /**
     * OPA's units.parse / units.parse_bytes: a decimal number and a unit — SI (k, M, G … E) or
     * binary (Ki, Mi … Ei); bytes also take a trailing "b" and ignore case, units.parse reads "m"
     * as milli and "M" as mega. Bytes are whole numbers (truncated), units may be fractional.
     */
    private static Object units(String name, String what, String text, boolean bytes) {
        String s = text.replace("\"", "");
        if (s.contains(" ")) {
            throw new RegoException(name + ": spaces not allowed in resource strings");
        }
        int split = 0;
        while (split < s.length() && (Character.isDigit(s.charAt(split)) || s.charAt(split) == '.')) {
            split++;
        }
        if (split == 0) {
            throw new RegoException(name + ": no " + what + " provided");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(s.substring(0, split));
        } catch (NumberFormatException e) {
            throw new RegoException(name + ": could not parse " + what + " to a number");
        }
        String unit = s.substring(split);
        BigDecimal factor;
        if (!bytes && unit.equals("m")) {
            factor = new BigDecimal("0.001");
        } else {
            String u = unit.toLowerCase(Locale.ROOT);
            if (bytes && u.endsWith("b")) {
                u = u.substring(0, u.length() - 1);
            }
            int power = u.isEmpty() ? 0 : PREFIXES.indexOf(u.charAt(0)) + 1;
            boolean binary = u.length() == 2 && u.charAt(1) == 'i';
            if (u.length() > 2 || power == 0 && !u.isEmpty() || u.length() == 2 && !binary) {
                throw new RegoException(name + ": " + (bytes ? "byte " : "") + "unit " + unit + " not recognized");
            }
            factor = (binary ? KIBI : KILO).pow(power);
        }
        BigDecimal value = amount.multiply(factor);
        return Values.number(bytes ? value.setScale(0, RoundingMode.DOWN) : value.stripTrailingZeros());
    }

    /** A UTF-16 index as Rego counts: in runes (code points); -1 stays -1. */
    private static int runeIndex(String s, int utf16) {
        return utf16 < 0 ? utf16 : s.codePointCount(0, utf16);
    }

    private static String substring(String s, int offset, int length) {
        if (offset < 0) {
            throw new RegoException("substring: negative offset");
        }
        if (offset >= s.length()) {
            return "";
        }
        int end = length < 0 ? s.length() : Math.min(s.length(), offset + length);
        return s.substring(offset, end);
    }

    /** OPA's object.union: the right side wins, objects on both sides are merged recursively. */
    @SuppressWarnings("unchecked")
    private static Map<Object, Object> union(Map<Object, Object> left, Map<Object, Object> right) {
        Map<Object, Object> out = new LinkedHashMap<>(left);
        right.forEach((k, v) -> {
            Object existing = out.get(k);
            out.put(k, existing instanceof Map<?, ?> l && v instanceof Map<?, ?> r
                    ? union((Map<Object, Object>) l, (Map<Object, Object>) r) : v);
        });
        return out;
    }

    private static Object objectGet(Object object, Object key) {
        if (!(object instanceof Map<?, ?> m)) {
            throw new TypeMismatch();
        }
        if (key instanceof List<?> path) {
            Object current = m;
            for (Object step : path) {
                current = Interpreter.index(current, step);
                if (current == null) {
                    return null;
                }
            }
            return current;
        }
        return m.get(key);
    }

    private static Object toNumber(Object v) {
        if (v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof String s) {
            try {
                return Values.number(new BigDecimal(s.strip()));
            } catch (NumberFormatException e) {
                throw new RegoException("to_number: invalid number '" + s + "'");
            }
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v == Values.NULL) {
            return BigDecimal.ZERO;
        }
        throw new TypeMismatch();
    }

    /**
     * Go's regexp template expansion: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}} and {@code $$};
     * {@code $name} takes the longest run of letters, digits and '_', and a group that does not exist is empty.
     */
    private static String goExpand(Matcher m, String template) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i++;
                continue;
            }
            String name;
            int end;
            if (template.charAt(i + 1) == '{') {
                end = template.indexOf('}', i + 2);
                if (end < 0) {
                    out.append(c);
                    continue;
                }
                name = template.substring(i + 2, end);
            } else {
                end = i + 1;
                while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
                    end++;
                }
                name = template.substring(i + 1, end);
                end--;
            }
            if (name.isEmpty()) {
                out.append(c);
                continue;
            }
            String group = null;
            try {
                group = name.chars().allMatch(Character::isDigit) ? (Integer.parseInt(name) <= m.groupCount()
                        ? m.group(Integer.parseInt(name)) : null) : m.group(name);
            } catch (IllegalArgumentException e) {
                // no such group: Go expands it to nothing
            }
            out.append(group == null ? "" : group);
            i = end;
        }
        return out.toString();
    }

    /** Go's ReplaceAllString: every match replaced by the template expanded for it. */
    private static String replaceAll(Pattern pattern, String text, String template) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(goExpand(m, template));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Pattern.compile(r);
            } catch (PatternSyntaxException e) {
                throw new RegoException("invalid regular expression " + Values.quote(r) + ": " + e.getDescription());
            }
        });
    }

    /**
     * Go's fmt verbs as Rego uses them: %v %s %q %d %f %e %g %x %X %o %b %t %%, with Go's flags
     * ({@code -+ 0#}), a width, a precision ({@code %.2f}) and an explicit argument index
     * ({@code %[1]v}, which does not move the running argument counter).
     */
    static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            i++;
            if (format.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            String flags = "";
            while (i < format.length() && "-+ 0#".indexOf(format.charAt(i)) >= 0) {
                flags += format.charAt(i++);
            }
            Integer explicit = null;
            if (i < format.length() && format.charAt(i) == '[') {
                int close = format.indexOf(']', i);
                explicit = Integer.parseInt(format.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            int width = 0;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                width = width * 10 + format.charAt(i++) - '0';
            }
            Integer precision = null;
            if (i < format.length() && format.charAt(i) == '.') {
                int start = ++i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = start == i ? 0 : Integer.parseInt(format.substring(start, i));
            }
            if (i < format.length() && format.charAt(i) == '[') {
                int close = format.indexOf(']', i);
                explicit = Integer.parseInt(format.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            if (i >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = format.charAt(i);
            int index = explicit != null ? explicit : next++;
            if (index < 0 || index >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            out.append(pad(formatted(verb, flags, precision, args.get(index)), width, flags,
                    args.get(index) instanceof BigDecimal && "dfFeEgGxXob".indexOf(verb) >= 0));
        }
        return out.toString();
    }

    private static String formatted(char verb, String flags, Integer precision, Object value) {
        if (!(value instanceof BigDecimal n)) {
            return switch (verb) {
                case 'q' -> value instanceof String s ? Values.quote(s) : Values.format(value);
                case 'x', 'X' -> value instanceof String s ? hex(s, verb == 'X') : Values.format(value);
                default -> Values.format(value);
            };
        }
        String sign = n.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        BigDecimal abs = n.abs();
        String digits = switch (verb) {
            case 'd' -> abs.toBigInteger().toString();
            case 'f', 'F' -> abs.setScale(precision == null ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
            case 'e', 'E', 'g', 'G' -> {
                String java = String.format(Locale.ROOT, "%" + (precision == null ? "" : "." + precision)
                        + (verb == 'g' || verb == 'G' ? 'g' : 'e'), abs.doubleValue());
                // Go writes at least two exponent digits, as Java does; only the case differs.
                yield Character.isUpperCase(verb) ? java.toUpperCase(Locale.ROOT) : java;
            }
            case 'x' -> (flags.contains("#") ? "0x" : "") + abs.toBigInteger().toString(16);
            case 'X' -> (flags.contains("#") ? "0X" : "") + abs.toBigInteger().toString(16).toUpperCase(Locale.ROOT);
            case 'o' -> (flags.contains("#") ? "0" : "") + abs.toBigInteger().toString(8);
            case 'b' -> abs.toBigInteger().toString(2);
            default -> Values.format(abs);
        };
        return sign + digits;
    }

    private static String hex(String s, boolean upper) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            out.append(String.format(Locale.ROOT, upper ? "%02X" : "%02x", b));
        }
        return out.toString();
    }

    /** Go's width: spaces on the left, on the right with '-', zeros after the sign with '0' (numbers only). */
    private static String pad(String text, int width, String flags, boolean numeric) {
        int length = text.codePointCount(0, text.length());
        if (length >= width) {
            return text;
        }
        String fill = (flags.contains("0") && !flags.contains("-") && numeric ? "0" : " ").repeat(width - length);
        if (flags.contains("-")) {
            return text + fill;
        }
        if (fill.startsWith("0") && !text.isEmpty() && "+- ".indexOf(text.charAt(0)) >= 0) {
            return text.charAt(0) + fill + text.substring(1);
        }
        return fill + text;
    }
}
