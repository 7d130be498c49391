package io.intelgraph.maestro.auth;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub App's private key, read from the PEM file GitHub hands out (PKCS#1,
 * {@code BEGIN RSA PRIVATE KEY}) or a PKCS#8 one ({@code BEGIN PRIVATE KEY}). Neither the key nor
 * the file's content appear in a message or in {@link #toString}.
 */
public final class AppKey {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (RSA )?PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END (RSA )?PRIVATE KEY-----");
    /** The PKCS#8 header of an RSA key (AlgorithmIdentifier rsaEncryption, NULL), wrapped around a PKCS#1 key. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private final RSAPrivateKey key;
    private final Path file;

    private AppKey(RSAPrivateKey key, Path file) {
        this.key = key;
        this.file = file;
    }

    public static AppKey read(Path pemFile) throws IOException {
        String text = Files.readString(pemFile, StandardCharsets.US_ASCII);
        Matcher m = PEM.matcher(text);
        if (!m.find()) {
            throw new IOException(pemFile + " is not a PEM private key (GitHub's is \"-----BEGIN RSA PRIVATE KEY-----\").");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
            byte[] pkcs8 = m.group(1) != null ? wrapPkcs1(der) : der;
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new AppKey(key, pemFile);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            // The library's message is kept out: it must not quote key material.
            throw new IOException(pemFile + " holds no usable RSA private key (" + e.getClass().getSimpleName() + ").");
        }
    }

    RSAPrivateKey privateKey() {
        return key;
    }

    /** The public half (from the CRT key's modulus and exponent), for whoever checks the signatures. */
    public RSAPublicKey publicKey() {
        try {
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("the key has no public exponent", e);
        }
    }

    /** PKCS#8 PrivateKeyInfo ::= SEQUENCE { version 0, algorithm, OCTET STRING pkcs1 }. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = concat(new byte[] {0x04}, length(pkcs1.length), pkcs1);
        byte[] content = concat(version, RSA_ALGORITHM, octets);
        return concat(new byte[] {0x30}, length(content.length), content);
    }

    private static byte[] length(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        byte[] digits = BigInteger.valueOf(n).toByteArray();
        int skip = digits[0] == 0 ? 1 : 0;
        byte[] out = new byte[digits.length - skip + 1];
        out[0] = (byte) (0x80 | (digits.length - skip));
        System.arraycopy(digits, skip, out, 1, digits.length - skip);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] p : parts) {
            total += p.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Override
    public String toString() {
        return "AppKey[" + file.getFileName() + ", value hidden]";
    }
}
