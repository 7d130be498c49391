package io.intelgraph.maestro.rego;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal DER reader for the parts of a certificate the JDK does not expose as values (names with
 * their attribute OIDs, extension order, key identifiers, access locations): tag, length, contents.
 *
 * @param offset where the element begins (its tag); {@code start}/{@code end} bound its contents
 */
record Der(int tag, byte[] bytes, int offset, int start, int end) {

    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    static final int OID = 0x06;
    static final int OCTET_STRING = 0x04;
    static final int BOOLEAN = 0x01;

    static Der read(byte[] bytes) {
        return read(bytes, 0);
    }

    /** The element at {@code at}; its contents are {@code [start, end)}. */
    static Der read(byte[] bytes, int at) {
        if (at + 2 > bytes.length) {
            throw new IllegalArgumentException("truncated DER");
        }
        int tag = bytes[at] & 0xff;
        int length = bytes[at + 1] & 0xff;
        int start = at + 2;
        if (length > 0x7f) {
            int count = length & 0x7f;
            if (count > 4 || start + count > bytes.length) {
                throw new IllegalArgumentException("bad DER length");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = length << 8 | bytes[start + i] & 0xff;
            }
            start += count;
        }
        if (length < 0 || start + length > bytes.length) {
            throw new IllegalArgumentException("truncated DER");
        }
        return new Der(tag, bytes, at, start, start + length);
    }

    /** The elements a constructed value holds, in order. */
    List<Der> children() {
        List<Der> out = new ArrayList<>();
        int at = start;
        while (at < end) {
            Der child = read(bytes, at);
            out.add(child);
            at = child.end;
        }
        return out;
    }

    /** The whole element: its tag, length and contents. */
    byte[] encoded() {
        return Arrays.copyOfRange(bytes, offset, end);
    }

    byte[] contents() {
        return Arrays.copyOfRange(bytes, start, end);
    }

    /** The context-specific tag number of an implicitly or explicitly tagged element, or -1. */
    int contextTag() {
        return (tag & 0xc0) == 0x80 ? tag & 0x1f : -1;
    }

    /** An OBJECT IDENTIFIER's arcs. */
    List<BigInteger> oid() {
        List<BigInteger> arcs = new ArrayList<>();
        BigInteger value = BigInteger.ZERO;
        for (int i = start; i < end; i++) {
            value = value.shiftLeft(7).or(BigInteger.valueOf(bytes[i] & 0x7f));
            if ((bytes[i] & 0x80) == 0) {
                if (arcs.isEmpty()) {
                    int first = value.min(BigInteger.valueOf(80)).intValue() / 40;
                    arcs.add(BigInteger.valueOf(first));
                    arcs.add(value.subtract(BigInteger.valueOf(40L * first)));
                } else {
                    arcs.add(value);
                }
                value = BigInteger.ZERO;
            }
        }
        return arcs;
    }

    String oidText() {
        return String.join(".", oid().stream().map(BigInteger::toString).toList());
    }

    /** A string type (UTF8String, PrintableString, IA5String, T61String, BMPString …) as text. */
    String text() {
        byte[] raw = contents();
        return switch (tag) {
            case 0x1e -> new String(raw, StandardCharsets.UTF_16BE);
            case 0x14 -> new String(raw, StandardCharsets.ISO_8859_1);
            default -> new String(raw, StandardCharsets.UTF_8);
        };
    }
}
