package io.intelgraph.maestro.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
}
