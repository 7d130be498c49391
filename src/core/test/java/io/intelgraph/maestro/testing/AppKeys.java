package io.intelgraph.maestro.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/** A GitHub App private key file for tests: PKCS#1 PEM as GitHub hands out (by openssl), else PKCS#8 by the JDK. */
public final class AppKeys {

    private AppKeys() {
    }

    public static Path pem(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path file = Files.createTempFile(dir, "app-", ".private-key.pem");
        try {
            Process openssl = new ProcessBuilder("openssl", "genrsa", "-traditional", "-out", file.toString(), "2048")
                    .redirectErrorStream(true).start();
            openssl.getInputStream().readAllBytes();
            if (openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0
                    && Files.readString(file).contains("BEGIN RSA PRIVATE KEY")) {
                return file;
            }
        } catch (IOException e) {
            // no openssl: the PKCS#8 form below
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n");
        return file;
    }
}
