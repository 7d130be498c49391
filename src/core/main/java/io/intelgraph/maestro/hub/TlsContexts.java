package io.intelgraph.maestro.hub;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/** The hub's TLS from a PKCS12 keystore (a private key and its certificate chain), for {@code https://} and {@code wss://}. */
public final class TlsContexts {

    private TlsContexts() {
    }

    /** @throws IOException naming the file when it cannot be read, is not PKCS12, or the password does not open it */
    public static SSLContext fromPkcs12(Path keystore, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new IOException(keystore + " holds no private key: the hub needs its key and certificate");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException(keystore + " cannot be used for TLS: " + e.getMessage(), e);
        } catch (IOException e) {
            // KeyStore.load says a wrong password as an IOException whose cause is UnrecoverableKeyException.
            throw new IOException(keystore + " cannot be opened (" + e.getMessage() + "): is it PKCS12, and is "
                    + "MAESTRO_TLS_KEYSTORE_PASSWORD its password?", e);
        }
    }
}
