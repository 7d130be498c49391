package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.hub.HubToken;
import io.intelgraph.maestro.hub.TlsContexts;
import io.intelgraph.maestro.text.TerminalText;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hub's secrets, from the environment or from files — never from flags, which every user of
 * the machine can read in the process list. Kept in memory, never logged; a message about a secret
 * names where it came from, not what it is.
 *
 * @param notices what the operator should know but that does not stop the hub (a file others may read)
 */
record HubSecrets(Optional<WebhookSignature> webhookSecret, HubToken hubToken, Optional<SSLContext> tls,
        List<String> notices) {

    static final String WEBHOOK_SECRET = "MAESTRO_WEBHOOK_SECRET";
    static final String HUB_TOKEN = "MAESTRO_HUB_TOKEN";
    static final String KEYSTORE_PASSWORD = "MAESTRO_TLS_KEYSTORE_PASSWORD";

    /** A secret that cannot be used; the message says which and why, never its value. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** A file flag wins over the environment variable for the same secret. */
    static HubSecrets read(Map<String, String> env, Path webhookSecretFile, Path hubTokenFile, Path keystore)
            throws Unusable {
        List<String> notices = new ArrayList<>();
        Optional<String> secret = secret(env, WEBHOOK_SECRET, webhookSecretFile, "--webhook-secret-file", notices);
        Optional<String> token = secret(env, HUB_TOKEN, hubTokenFile, "--hub-token-file", notices);
        HubToken hubToken;
        try {
            hubToken = token.map(HubToken::of).orElse(HubToken.none());
        } catch (IllegalArgumentException e) {
            throw new Unusable((hubTokenFile != null ? TerminalText.escape(hubTokenFile) : HUB_TOKEN) + ": " + e.getMessage());
        }
        Optional<SSLContext> tls = Optional.empty();
        if (keystore != null) {
            String password = env.get(KEYSTORE_PASSWORD);
            if (password == null) {
                throw new Unusable("--tls-keystore needs its password in " + KEYSTORE_PASSWORD);
            }
            try {
                tls = Optional.of(TlsContexts.fromPkcs12(keystore, password.toCharArray()));
            } catch (IOException e) {
                throw new Unusable(TerminalText.escape(e.getMessage()));
            }
        }
        return new HubSecrets(secret.map(WebhookSignature::new), hubToken, tls, List.copyOf(notices));
    }

    private static Optional<String> secret(Map<String, String> env, String variable, Path file, String flag,
            List<String> notices) throws Unusable {
        if (file != null) {
            String value;
            try {
                value = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new Unusable(flag + " " + TerminalText.escape(file) + " cannot be read: " + TerminalText.escape(e.getMessage()));
            }
            if (value.isEmpty()) {
                throw new Unusable(flag + " " + TerminalText.escape(file) + " is empty");
            }
            othersMayRead(file).ifPresent(notices::add);
            return Optional.of(value);
        }
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    /** A warning when the file's group or others may read it (on file systems that say). */
    private static Optional<String> othersMayRead(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Set<PosixFilePermission> open = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            open.retainAll(permissions);
            return open.isEmpty() ? Optional.empty() : Optional.of("warning: " + TerminalText.escape(file)
                    + " holds a secret but others may read it: chmod 600 it");
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
