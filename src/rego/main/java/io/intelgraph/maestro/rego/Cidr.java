package io.intelgraph.maestro.rego;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network ({@code 10.0.0.0/8}) or a single address, for {@code net.cidr_contains}.
 * Only literals are accepted: a host name is an error, never a DNS lookup.
 */
record Cidr(byte[] address, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** A network, or an address as a network of one ({@code /32}, {@code /128}). */
    static Cidr parse(String text, String builtin) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        boolean v6 = host.contains(":");
        if (!v6 && !IPV4.matcher(host).matches()) {
            throw new RegoException(builtin + ": invalid CIDR or IP address " + Values.quote(text));
        }
        byte[] address;
        try {
            // A literal (checked above: dotted quad, or contains ':'), so getByName does not resolve.
            address = InetAddress.getByName(v6 ? host : checkedOctets(host, text, builtin)).getAddress();
        } catch (UnknownHostException e) {
            throw new RegoException(builtin + ": invalid CIDR or IP address " + Values.quote(text));
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new RegoException(builtin + ": invalid prefix length in " + Values.quote(text));
            }
        }
        return new Cidr(address, prefix);
    }

    private static String checkedOctets(String host, String text, String builtin) {
        for (String octet : host.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                throw new RegoException(builtin + ": invalid CIDR or IP address " + Values.quote(text));
            }
        }
        return host;
    }

    /**
     * For {@code net.cidr_merge}: a CIDR, or an address alone — an IPv4 address takes its classful network
     * (Go's {@code DefaultMask}, so 192.0.2.1 is 192.0.2.0/24); an IPv6 address needs its prefix length.
     */
    static Cidr parseForMerge(String text) {
        if (text.contains("/")) {
            return parse(text, "net.cidr_merge").network();
        }
        Cidr address = parse(text, "net.cidr_merge");
        if (address.address.length == 16) {
            throw new RegoException("net.cidr_merge: IPv6 invalid: needs prefix length");
        }
        int first = Byte.toUnsignedInt(address.address[0]);
        int prefix = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : -1;
        if (prefix < 0) {
            throw new RegoException("net.cidr_merge: IPv4 " + text + " has no default mask");
        }
        return new Cidr(address.address, prefix).network();
    }

    /** This network with the host bits cleared (192.168.1.1/30 is 192.168.1.0/30). */
    Cidr network() {
        byte[] bytes = address.clone();
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new Cidr(bytes, prefix);
    }

    private BigInteger value() {
        return new BigInteger(1, address);
    }

    private static byte[] bytes(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }

    /** Every address of the network, as text ({@code net.cidr_expand}); bounded so a /8 cannot exhaust memory. */
    List<String> addresses() {
        int hostBits = address.length * 8 - prefix;
        if (hostBits > 20) {
            throw new RegoException("net.cidr_expand: " + (1L << Math.min(hostBits, 62)) + "+ addresses is more than this engine expands");
        }
        BigInteger start = network().value();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < (1L << hostBits); i++) {
            out.add(text(bytes(start.add(BigInteger.valueOf(i)), address.length)));
        }
        return out;
    }

    /** {@code net.cidr_merge}: the fewest networks covering the same addresses, IPv4 first, each family in order. */
    static List<String> merge(List<Cidr> cidrs) {
        List<String> out = new ArrayList<>();
        for (int length : new int[] {4, 16}) {
            List<Cidr> family = new ArrayList<>(cidrs.stream().filter(c -> c.address.length == length).toList());
            boolean changed = true;
            while (changed) {
                family.sort(Comparator.comparing(Cidr::value).thenComparingInt(Cidr::prefix));
                List<Cidr> next = new ArrayList<>();
                changed = false;
                for (Cidr c : family) {
                    Cidr last = next.isEmpty() ? null : next.get(next.size() - 1);
                    if (last != null && last.contains(c)) {
                        changed |= !last.equals(c);
                        continue;
                    }
                    if (last != null && last.prefix == c.prefix && c.prefix > 0 && last.isLowerSiblingOf(c)) {
                        next.set(next.size() - 1, new Cidr(last.address, last.prefix - 1));
                        changed = true;
                        continue;
                    }
                    next.add(c);
                }
                family = next;
            }
            family.forEach(c -> out.add(text(c.address) + "/" + c.prefix));
        }
        return out;
    }

    private boolean isLowerSiblingOf(Cidr other) {
        int bit = prefix - 1;
        boolean lowerBitClear = (address[bit / 8] & (0x80 >>> (bit % 8))) == 0;
        return lowerBitClear && new Cidr(address, prefix - 1).contains(other);
    }

    /** An address as Go prints it: dotted IPv4, or IPv6 with the longest run of zero groups as "::". */
    static String text(byte[] bytes) {
        if (bytes.length == 4) {
            return Byte.toUnsignedInt(bytes[0]) + "." + Byte.toUnsignedInt(bytes[1]) + "." + Byte.toUnsignedInt(bytes[2])
                    + "." + Byte.toUnsignedInt(bytes[3]);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (Byte.toUnsignedInt(bytes[2 * i]) << 8) | Byte.toUnsignedInt(bytes[2 * i + 1]);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.address, address);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(address) * 31 + prefix;
    }

    @Override
    public String toString() {
        return text(address) + "/" + prefix;
    }

    /** Whether the two networks share an address: CIDR blocks are nested or apart, so one holds the other. */
    boolean intersects(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** Whether every address of {@code other} lies in this network. */
    boolean contains(Cidr other) {
        if (other.address.length != address.length || other.prefix < prefix) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
