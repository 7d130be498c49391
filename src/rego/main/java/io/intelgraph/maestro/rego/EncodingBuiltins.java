package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.str;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * OPA's encoding.go: base64, base64url, hex, urlquery, JSON and YAML. Decoded bytes become a string as Go
 * makes them: valid UTF-8 decoded, each invalid byte a U+FFFD.
 */
final class EncodingBuiltins implements BuiltinFamily {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);

    @Override
    public void register(BuiltinRegistry r) {
        r.add("base64.encode", 1, a -> Base64.getEncoder().encodeToString(str(a.get(0)).getBytes(UTF_8)));
        r.add("base64.decode", 1, a -> goString(decode(Base64.getDecoder(), str(a.get(0)))));
        r.add("base64.is_valid", 1, a -> {
            try {
                Base64.getDecoder().decode(str(a.get(0)));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
        r.add("base64url.encode", 1, a -> Base64.getUrlEncoder().encodeToString(str(a.get(0)).getBytes(UTF_8)));
        r.add("base64url.encode_no_pad", 1, a -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(str(a.get(0)).getBytes(UTF_8)));
        // OPA's base64url.decode takes the padded and the unpadded form.
        r.add("base64url.decode", 1, a -> goString(decode(Base64.getUrlDecoder(), str(a.get(0)))));
        r.add("hex.encode", 1, a -> HexFormat.of().formatHex(str(a.get(0)).getBytes(UTF_8)));
        r.add("hex.decode", 1, a -> {
            String hex = str(a.get(0));
            try {
                return goString(HexFormat.of().parseHex(hex));
            } catch (IllegalArgumentException e) {
                throw new RegoException("hex.decode: invalid hex string " + Values.quote(hex) + ": " + e.getMessage());
            }
        });
        registerUrlQuery(r);
        registerJson(r);
        registerYaml(r);
    }

    private static void registerUrlQuery(BuiltinRegistry r) {
        r.add("urlquery.encode", 1, a -> queryEscape(str(a.get(0))));
        r.add("urlquery.decode", 1, a -> queryUnescape(str(a.get(0))));
        r.add("urlquery.encode_object", 1, a -> {
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
        r.add("urlquery.decode_object", 1, a -> {
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
    }

    private static void registerJson(BuiltinRegistry r) {
        r.add("json.marshal", 1, a -> JsonEncoding.compact(a.get(0)));
        r.add("json.marshal_with_options", 2, a -> marshalWithOptions(a.get(0), a.get(1)));
        r.add("json.unmarshal", 1, a -> {
            try {
                return Values.of(JSON.readValue(str(a.get(0)), Object.class));
            } catch (JsonProcessingException e) {
                throw new RegoException("json.unmarshal: " + e.getOriginalMessage());
            }
        });
        r.add("json.is_valid", 1, a -> a.get(0) instanceof String s && parses(JSON, s));
    }

    private static void registerYaml(BuiltinRegistry r) {
        r.add("yaml.marshal", 1, a -> {
            try {
                // Through JSON first, so sets become sorted arrays and keys sorted, as OPA's yaml.marshal does.
                return YAML.writeValueAsString(JSON.readValue(JsonEncoding.compact(a.get(0)), Object.class));
            } catch (JsonProcessingException e) {
                throw new RegoException("yaml.marshal: " + e.getOriginalMessage());
            }
        });
        r.add("yaml.unmarshal", 1, a -> {
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
        r.add("yaml.is_valid", 1, a -> a.get(0) instanceof String s && parses(YAML, s));
    }

    private static byte[] decode(Base64.Decoder decoder, String text) {
        try {
            return decoder.decode(text);
        } catch (IllegalArgumentException e) {
            throw new RegoException("base64: illegal input: " + e.getMessage());
        }
    }

    /** Bytes as a Go string is read rune by rune: valid UTF-8 decoded, each byte that is not a U+FFFD. */
    private static String goString(byte[] bytes) {
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

    /** Go's url.QueryEscape: like URLEncoder, but '~' stays and '*' is escaped. */
    private static String queryEscape(String s) {
        return URLEncoder.encode(s, UTF_8).replace("*", "%2A").replace("%7E", "~");
    }

    private static String queryUnescape(String s) {
        try {
            return URLDecoder.decode(s, UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RegoException("urlquery: invalid escape in " + Values.quote(s));
        }
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
}
