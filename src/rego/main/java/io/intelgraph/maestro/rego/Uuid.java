package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code uuid.parse}: the fields OPA reads through Go's google/uuid — version and variant always; for
 * time-based versions 1 and 2 the timestamp (ns since the Unix epoch), clock sequence, node id and
 * what the node id's first byte says; for DCE version 2 the local id and its domain.
 */
final class Uuid {

    /** 1582-10-15, the UUID epoch, in 100 ns ticks before the Unix epoch. */
    private static final long GREGORIAN_TO_UNIX_TICKS = 122_192_928_000_000_000L;

    private Uuid() {
    }

    static Map<Object, Object> parse(String text) {
        byte[] u = bytes(text);
        int version = (u[6] & 0xff) >> 4;
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("version", number(version));
        out.put("variant", variant(u[8] & 0xff));
        if (version == 1 || version == 2) {
            long ticks = uint32(u, 0) | (long) uint16(u, 4) << 32 | (long) (uint16(u, 6) & 0xfff) << 48;
            long sinceUnix = ticks - GREGORIAN_TO_UNIX_TICKS;
            // Go's UnixTime then OPA's sec*1e9+nsec, in wrapping int64 arithmetic as Go computes it.
            long seconds = sinceUnix / 10_000_000L;
            long nanos = sinceUnix % 10_000_000L * 100;
            out.put("time", number(seconds * 1_000_000_000L + nanos));
            out.put("clocksequence", number(uint16(u, 8) & 0x3fff));
            out.put("nodeid", HexFormat.ofDelimiter("-").formatHex(u, 10, 16));
            out.put("macvariables", macVariables(u[10] & 0xff));
            if (version == 2) {
                out.put("id", number(uint32(u, 0)));
                out.put("domain", switch (u[9] & 0xff) {
                    case 0 -> "Person";
                    case 1 -> "Group";
                    case 2 -> "Org";
                    default -> "Domain" + (u[9] & 0xff);
                });
            }
        }
        return out;
    }

    /** The forms google/uuid accepts: plain, {braced}, urn:uuid: prefixed, or 32 hex digits. */
    private static byte[] bytes(String text) {
        String hex;
        if (text.length() == 36) {
            hex = dashed(text);
        } else if (text.length() == 38 && text.startsWith("{") && text.endsWith("}")) {
            hex = dashed(text.substring(1, 37));
        } else if (text.length() == 45 && text.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            hex = dashed(text.substring(9));
        } else if (text.length() == 32) {
            hex = text;
        } else {
            throw new RegoException("uuid.parse: invalid UUID length: " + text.length());
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new RegoException("uuid.parse: invalid UUID format");
        }
    }

    private static String dashed(String text) {
        if (text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-' || text.charAt(23) != '-') {
            throw new RegoException("uuid.parse: invalid UUID format");
        }
        return text.replace("-", "");
    }

    private static String variant(int b) {
        if ((b & 0xc0) == 0x80) {
            return "RFC4122";
        }
        return switch (b & 0xe0) {
            case 0xc0 -> "Microsoft";
            case 0xe0 -> "Future";
            default -> "Reserved";
        };
    }

    /** RFC 7042 §2.1: bit 0 of the first octet is multicast, bit 1 locally administered. */
    private static String macVariables(int first) {
        if ((first & 0b11) == 0b11) {
            return "local:multicast";
        }
        if ((first & 0b01) != 0) {
            return "global:multicast";
        }
        return (first & 0b10) != 0 ? "local:unicast" : "global:unicast";
    }

    private static long uint32(byte[] b, int at) {
        return (long) uint16(b, at) << 16 | uint16(b, at + 2);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static Object number(long n) {
        return Values.number(BigDecimal.valueOf(n));
    }
}
