package io.intelgraph.maestro.auth;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * The OS credential store through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux,
 * the Keychain on macOS, the Credential Manager on Windows. Entries are service
 * {@value #SERVICE}, account = the GitHub host. A machine without one (CI, a headless Linux
 * without a Secret Service on D-Bus) is {@link CredentialStore.Unavailable}, never a file.
 */
public final class OsKeyring implements CredentialStore {

    static final String SERVICE = "maestro-build-hud";

    @Override
    public String name() {
        try (Keyring keyring = open()) {
            return switch (keyring.getKeyringStorageType()) {
                case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
                case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
                case KWALLET -> "KDE Wallet";
                default -> "Secret Service";
            };
        } catch (Exception e) {
            return "OS credential store (unavailable)";
        }
    }

    @Override
    public Optional<String> read(String host) throws Unavailable {
        try (Keyring keyring = open()) {
            String value = keyring.getPassword(SERVICE, host);
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        } catch (PasswordAccessException e) {
            return Optional.empty(); // no entry for this host
        } catch (Unavailable e) {
            throw e;
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    @Override
    public void write(String host, String token) throws Unavailable {
        try (Keyring keyring = open()) {
            keyring.setPassword(SERVICE, host, token);
        } catch (Unavailable e) {
            throw e;
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean delete(String host) throws Unavailable {
        try (Keyring keyring = open()) {
            if (read(host).isEmpty()) {
                return false;
            }
            keyring.deletePassword(SERVICE, host);
            return true;
        } catch (Unavailable e) {
            throw e;
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    private static Keyring open() throws Unavailable {
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw unavailable(e);
        }
    }

    private static Unavailable unavailable(Throwable e) {
        // The library's message can be long and technical; the reason is kept as the cause for the log.
        return new Unavailable("No OS credential store is available here (Secret Service on Linux needs a desktop "
                + "session's D-Bus with GNOME Keyring or KWallet; macOS Keychain; Windows Credential Manager). "
                + "The token is not written anywhere else: use GITHUB_TOKEN or gh on this machine.", e);
    }
}
