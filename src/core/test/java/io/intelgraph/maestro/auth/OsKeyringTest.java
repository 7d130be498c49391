package io.intelgraph.maestro.auth;

import org.freedesktop.dbus.bin.EmbeddedDBusDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On a machine without a credential store (this CI's headless Linux), the keyring says so and writes nothing. */
class OsKeyringTest {

    @Test
    @Timeout(30)
    void aHeadlessLinuxHasNoStoreAndSaysSoQuickly() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux")
                && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null, "a desktop session may have a Secret Service");
        OsKeyring keyring = new OsKeyring();
        CredentialStore.Unavailable write = assertThrows(CredentialStore.Unavailable.class,
                () -> keyring.write("github.com", "gho_never_written"));
        assertTrue(write.getMessage().contains("is not written anywhere else"), write.getMessage());
        assertThrows(CredentialStore.Unavailable.class, () -> keyring.read("github.com"));
        assertThrows(CredentialStore.Unavailable.class, () -> keyring.delete("github.com"));
        assertTrue(new StoredTokens(keyring).find("github.com").isEmpty(), "the token lookup goes on without it");
    }

    @Test
    @Timeout(30)
    void withoutASessionBusToFindTheLibraryIsNotAsked(@TempDir Path home) throws Exception {
        // The library reads the real environment: on a desktop session it would find a bus and a store.
        assumeTrue(System.getProperty("DBUS_SESSION_BUS_ADDRESS") == null && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null,
                "a desktop session may have a Secret Service");
        OsKeyring keyring = new OsKeyring(true, Map.of("DISPLAY", ":0"), home);
        CredentialStore.Unavailable none = assertThrows(CredentialStore.Unavailable.class, () -> keyring.read("github.com"));
        assertTrue(none.getMessage().contains("is not written anywhere else"), none.getMessage());
        assertTrue(none.getCause().getMessage().startsWith("no D-Bus session bus"), none.getCause().getMessage());
        assertTrue(new StoredTokens(keyring).find("github.com").isEmpty(), "the token lookup goes on without it");

        // An address, or dbus-launch's files, and the library is asked (here it finds no bus: unavailable all the same).
        for (OsKeyring asked : new OsKeyring[] {
                new OsKeyring(true, Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.resolve("no-bus")), home),
                new OsKeyring(true, Map.of(), Files.createDirectories(home.resolve(".dbus/session-bus")).getParent().getParent())}) {
            CredentialStore.Unavailable e = assertThrows(CredentialStore.Unavailable.class, () -> asked.read("github.com"));
            assertFalse(String.valueOf(e.getCause().getMessage()).startsWith("no D-Bus session bus"), e.getCause().toString());
        }
    }

    /**
     * {@code maestro auth status} in a JVM of its own (the product's logging, not the suite's), on a session bus with
     * no Secret Service on it (dbus-java's own bus daemon, in this JVM): the library connects, finds no store, and the
     * command says the user is not signed in — without the library's line on stderr naming the bus's address, which
     * every signed-in start and every {@code auth status} printed before.
     */
    @Test
    @Timeout(60)
    void onASessionBusWithoutASecretServiceAuthStatusSaysSoWithoutTheLibrarysConnectionLine(@TempDir Path home)
            throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "Secret Service is Linux's");
        String address = "unix:path=" + home.resolve("bus");
        try (EmbeddedDBusDaemon bus = new EmbeddedDBusDaemon(address + ",listen=true")) {
            bus.startInBackgroundAndWait(10_000);
            assertTrue(bus.isRunning(), "the bus is up: the library has something to connect to");
            ProcessBuilder status = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "io.intelgraph.maestro.cli.Main", "auth", "status");
            status.environment().keySet().removeIf(name -> name.startsWith("GITHUB_") || name.startsWith("GH_")
                    || name.startsWith("MAESTRO_"));
            status.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
            status.environment().put("MAESTRO_CONFIG_DIR", home.resolve("config").toString());
            status.environment().put("PATH", "/usr/bin:/bin"); // gh, where installed, has no token for this HOME
            status.environment().put("HOME", home.toString());
            Path out = home.resolve("out.txt");
            Path err = home.resolve("err.txt");
            Process process = status.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(45, TimeUnit.SECONDS), "auth status ended");
            String stdout = Files.readString(out);
            String stderr = Files.readString(err);
            assertTrue(stdout.contains("Signed in:"), stdout + stderr);
            // The library's INFO line on connecting is what is silenced; its warnings and errors still show, by design
            // (OsKeyring.DBUS_JAVA_LOGGING): a bus that resets the connection under load may log one (CI saw it once).
            assertFalse(stderr.contains("INFO org.freedesktop.dbus"), stderr);
            assertFalse(stderr.contains(home.resolve("bus").toString()), "the bus's address is not the user's business: "
                    + stderr);
        }
    }
}
