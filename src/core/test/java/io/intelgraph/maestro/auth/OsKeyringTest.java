package io.intelgraph.maestro.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
}
