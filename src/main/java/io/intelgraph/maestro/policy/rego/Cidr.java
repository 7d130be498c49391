package io.intelgraph.maestro.policy.rego;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
