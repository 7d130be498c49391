package io.intelgraph.maestro.net;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The JDK's trusted authorities plus the certificates of a PEM file ({@code MAESTRO_CA_FILE} /
 * {@code http.ca-file}): a GitHub Enterprise Server or a TLS-intercepting proxy signed by a
 * company's own CA is trusted without replacing the public ones.
 */
public final class TrustBundle {

    private TrustBundle() {
    }

    /** A TLS context trusting the JDK's authorities and every certificate in {@code pemFile}. */
    public static SSLContext withExtraAuthorities(Path pemFile) throws IOException {
        List<X509Certificate> extra = read(pemFile);
        try {
            X509TrustManager jdk = trustManager(null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate cert : jdk.getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + n++, cert);
            }
            for (X509Certificate cert : extra) {
                store.setCertificateEntry("extra-" + n++, cert);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager(store)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot build a trust store with " + pemFile + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> read(Path pemFile) throws IOException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate cert : certs) {
                out.add((X509Certificate) cert);
            }
            if (out.isEmpty()) {
                throw new IOException(pemFile + " holds no certificate (expected PEM: -----BEGIN CERTIFICATE-----)");
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException(pemFile + " is not a PEM certificate bundle: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }
}
