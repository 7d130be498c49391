package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Private keys as OPA's crypto builtins read them (topdown/crypto.go over Go's crypto/x509): PKCS #1 RSA, SEC 1 EC
 * and PKCS #8 (RSA, EC, Ed25519, X25519) DER, and the two forms OPA gives them back in — Go's key structs as JSON
 * ({@link PrivateKey#goJson()}: {@code crypto.parse_private_keys}, {@code crypto.x509.parse_keypair}) and a JWK
 * ({@link PrivateKey#jwk()}: {@code crypto.x509.parse_rsa_private_key}). The DER is read here; the JDK is asked only
 * for the curves' parameters and an Ed25519 key's public half.
 */
final class PrivateKeys {

    private static final Map<String, String> CURVE_BY_OID = Map.of("1.2.840.10045.3.1.7", "P-256",
            "1.3.132.0.34", "P-384", "1.3.132.0.35", "P-521");
    private static final String RSA_OID = "1.2.840.113549.1.1.1";
    private static final String EC_OID = "1.2.840.10045.2.1";
    private static final String ED25519_OID = "1.3.101.112";
    private static final String X25519_OID = "1.3.101.110";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private PrivateKeys() {
    }

    /** A parsed private key. */
    sealed interface PrivateKey permits Rsa, Ec, Ed25519, X25519 {

        /** The key as Go's encoding/json writes its crypto struct (big integers as numbers, bytes as base64). */
        Object goJson();

        /** The key as OPA's JWK library writes it (unpadded base64url members). */
        Map<Object, Object> jwk();
    }

    /** rsa.PrivateKey: the embedded PublicKey's N and E at the top, as encoding/json promotes them. */
    record Rsa(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q, BigInteger dp, BigInteger dq,
               BigInteger qinv) implements PrivateKey {

        @Override
        public Object goJson() {
            Map<Object, Object> precomputed = new LinkedHashMap<>();
            precomputed.put("Dp", number(dp));
            precomputed.put("Dq", number(dq));
            precomputed.put("Qinv", number(qinv));
            precomputed.put("CRTValues", List.of()); // only for a third prime and on; two-prime keys have none
            Map<Object, Object> out = new LinkedHashMap<>();
            out.put("N", number(n));
            out.put("E", number(e));
            out.put("D", number(d));
            out.put("Primes", List.of(number(p), number(q)));
            out.put("Precomputed", precomputed);
            return out;
        }

        @Override
        public Map<Object, Object> jwk() {
            Map<Object, Object> out = new LinkedHashMap<>();
            out.put("kty", "RSA");
            out.put("n", url(n));
            out.put("e", url(e));
            out.put("d", url(d));
            out.put("p", url(p));
            out.put("q", url(q));
            out.put("dp", url(dp));
            out.put("dq", url(dq));
            out.put("qi", url(qinv));
            return out;
        }
    }

    /** ecdsa.PrivateKey: the curve is Go's, whose fields are unexported, so {@code {}}. */
    record Ec(String curve, BigInteger x, BigInteger y, BigInteger d) implements PrivateKey {

        @Override
        public Object goJson() {
            Map<Object, Object> out = new LinkedHashMap<>();
            out.put("Curve", new LinkedHashMap<>());
            out.put("X", number(x));
            out.put("Y", number(y));
            out.put("D", number(d));
            return out;
        }

        @Override
        public Map<Object, Object> jwk() {
            Map<Object, Object> out = new LinkedHashMap<>();
            out.put("kty", "EC");
            out.put("crv", curve);
            out.put("x", url(x));
            out.put("y", url(y));
            out.put("d", url(d));
            return out;
        }
    }

    /** ed25519.PrivateKey: 64 bytes, the seed then the public key. */
    record Ed25519(byte[] seed, byte[] publicKey) implements PrivateKey {

        @Override
        public Object goJson() {
            byte[] both = Arrays.copyOf(seed, 64);
            System.arraycopy(publicKey, 0, both, 32, 32);
            return Base64.getEncoder().encodeToString(both);
        }

        @Override
        public Map<Object, Object> jwk() {
            throw new RegoException("unsupported jwk key type ed25519.PrivateKey");
        }
    }

    /** ecdh.PrivateKey (X25519, a key-agreement key): no exported fields, so {@code {}}. */
    record X25519() implements PrivateKey {

        @Override
        public Object goJson() {
            return new LinkedHashMap<>();
        }

        @Override
        public Map<Object, Object> jwk() {
            throw new RegoException("unsupported jwk key type *ecdh.PrivateKey");
        }
    }

    /**
     * Every private key block of a PEM text (or of base64 of one), in order, as OPA's getPrivateKeysFromPEMData: "RSA
     * PRIVATE KEY", "EC PRIVATE KEY" and "PRIVATE KEY" blocks are parsed, and one that fails is the call's error;
     * other blocks are skipped.
     */
    static List<PrivateKey> fromPem(String text) {
        Optional<byte[]> decoded = GoBase64.tryStd(text);
        String pem = decoded.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).orElse(text);
        List<PrivateKey> keys = new ArrayList<>();
        Optional<PemBlock> block = PemBlock.find(pem, 0);
        while (block.isPresent()) {
            byte[] der = block.get().bytes();
            switch (block.get().type()) {
                case "RSA PRIVATE KEY" -> keys.add(pkcs1(der));
                case "EC PRIVATE KEY" -> keys.add(sec1(der, null));
                case "PRIVATE KEY" -> keys.add(pkcs8(der));
                default -> {
                    // not a private key: skipped, as OPA skips it
                }
            }
            block = PemBlock.find(pem, block.get().end());
        }
        return keys;
    }

    /** x509.ParsePKCS1PrivateKey. */
    static Rsa pkcs1(byte[] der) {
        try {
            List<Der> fields = Der.read(der).children();
            if (fields.size() < 9 || fields.stream().limit(9).anyMatch(f -> f.tag() != 0x02)) {
                throw new IllegalArgumentException();
            }
            if (!integer(fields.get(0)).equals(BigInteger.ZERO)) {
                throw new RegoException("x509: unsupported private key version");
            }
            return new Rsa(integer(fields.get(1)), integer(fields.get(2)), integer(fields.get(3)),
                    integer(fields.get(4)), integer(fields.get(5)), integer(fields.get(6)), integer(fields.get(7)),
                    integer(fields.get(8)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RegoException(looksLikePkcs8(der)
                    ? "x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)"
                    : "x509: failed to parse private key");
        }
    }

    /** x509.ParseECPrivateKey, or its use inside PKCS #8 with the curve from the wrapping ({@code curveOid}). */
    static Ec sec1(byte[] der, String curveOid) {
        try {
            List<Der> fields = Der.read(der).children();
            if (!integer(fields.get(0)).equals(BigInteger.ONE) || fields.get(1).tag() != Der.OCTET_STRING) {
                throw new IllegalArgumentException();
            }
            BigInteger d = new BigInteger(1, fields.get(1).contents());
            String oid = curveOid;
            for (Der field : fields.subList(2, fields.size())) {
                if (field.contextTag() == 0) {
                    oid = field.children().get(0).oidText();
                }
            }
            String curve = CURVE_BY_OID.get(oid);
            if (curve == null) {
                throw new RegoException("x509: unknown elliptic curve");
            }
            ECPoint point = multiply(NistCurves.parameters(curve).orElseThrow(), d);
            return new Ec(curve, point.getAffineX(), point.getAffineY(), d);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RegoException("x509: failed to parse EC private key");
        }
    }

    /** x509.ParsePKCS8PrivateKey. */
    static PrivateKey pkcs8(byte[] der) {
        List<Der> fields;
        String algorithm;
        try {
            fields = Der.read(der).children();
            algorithm = fields.get(1).children().get(0).oidText();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // Go's asn1.Unmarshal's words for DER that is not a PKCS #8 structure
            throw new RegoException("asn1: structure error: tags don't match or truncated data in a PKCS#8 key");
        }
        byte[] inner = fields.get(2).contents();
        return switch (algorithm) {
            case RSA_OID -> pkcs1(inner);
            case EC_OID -> sec1(inner, fields.get(1).children().get(1).oidText());
            case ED25519_OID -> {
                Der seed = Der.read(inner);
                if (seed.tag() != Der.OCTET_STRING || seed.end() - seed.start() != 32) {
                    throw new RegoException("x509: invalid Ed25519 private key length: " + (seed.end() - seed.start()));
                }
                yield new Ed25519(seed.contents(), ed25519Public(seed.contents()));
            }
            case X25519_OID -> new X25519();
            default -> throw new RegoException("x509: PKCS#8 wrapping contained private key with unknown algorithm: "
                    + algorithm);
        };
    }

    private static boolean looksLikePkcs8(byte[] der) {
        try {
            List<Der> fields = Der.read(der).children();
            return fields.size() >= 3 && fields.get(1).tag() == Der.SEQUENCE;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static BigInteger integer(Der field) {
        if (field.tag() != 0x02) {
            throw new IllegalArgumentException("not an INTEGER");
        }
        return new BigInteger(field.contents());
    }

    /**
     * d·G by double-and-add in affine coordinates: Go's ParseECPrivateKey derives the public point from d, whether or
     * not the key carries it. The JDK offers no public point multiplication; this runs once per key parsed.
     */
    static ECPoint multiply(ECParameterSpec spec, BigInteger d) {
        BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
        BigInteger a = spec.getCurve().getA();
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = spec.getGenerator();
        for (int i = 0; i < d.bitLength(); i++) {
            if (d.testBit(i)) {
                result = add(result, addend, p, a);
            }
            addend = add(addend, addend, p, a);
        }
        return result;
    }

    private static ECPoint add(ECPoint left, ECPoint right, BigInteger p, BigInteger a) {
        if (left.equals(ECPoint.POINT_INFINITY)) {
            return right;
        }
        if (right.equals(ECPoint.POINT_INFINITY)) {
            return left;
        }
        BigInteger x1 = left.getAffineX();
        BigInteger y1 = left.getAffineY();
        BigInteger x2 = right.getAffineX();
        BigInteger y2 = right.getAffineY();
        BigInteger slope;
        if (x1.equals(x2)) {
            if (y1.add(y2).mod(p).signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            slope = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a).multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            slope = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = slope.pow(2).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = slope.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }

    /**
     * The public half of an Ed25519 seed. The JDK derives it only while generating a pair, from the 32 random bytes
     * it draws: so it is given a source that yields the seed.
     */
    private static byte[] ed25519Public(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
            byte[] spki = generator.generateKeyPair().getPublic().getEncoded();
            return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        } catch (GeneralSecurityException e) {
            throw new RegoException("x509: invalid Ed25519 private key: " + e.getMessage());
        }
    }

    /** Yields one fixed seed: see {@link #ed25519Public}. */
    private static final class SeedSource extends SecureRandom {

        private final byte[] seed;

        SeedSource(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }

    private static Object number(BigInteger n) {
        return Values.number(new BigDecimal(n));
    }

    /** Unsigned big-endian, no leading zero octet, unpadded base64url (Go's big.Int.Bytes). */
    private static String url(BigInteger n) {
        byte[] bytes = n.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return URL.encodeToString(bytes);
    }
}
