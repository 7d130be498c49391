package io.intelgraph.maestro.auth;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import io.intelgraph.maestro.logging.LibraryLogLevel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OS credential store through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux,
 * the Keychain on macOS, the Credential Manager on Windows. Entries are service
 * {@value #SERVICE}, account = the GitHub host. A machine without one (CI, a headless Linux
 * without a Secret Service on D-Bus) is {@link CredentialStore.Unavailable}, never a file.
 */
public final class OsKeyring implements CredentialStore {

    static final String SERVICE = "maestro-build-hud";
    /**
     * dbus-java logs every connection at INFO, the session bus's address with it, so every signed-in start and every
     * {@code maestro auth status} printed a library's line on stderr. Its warnings and errors still show.
     */
    static final LibraryLogLevel DBUS_JAVA_LOGGING = new LibraryLogLevel("org.freedesktop.dbus", "warn");

    private final boolean linux;
    private final Map<String, String> env;
    private final Path home;

    public OsKeyring() {
        this(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** @param env and {@code home}: where dbus-java would look for the session bus's address */
    OsKeyring(boolean linux, Map<String, String> env, Path home) {
        this.linux = linux;
        this.env = Map.copyOf(env);
        this.home = home;
    }

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
            return read(keyring, host);
        } catch (Unavailable e) {
            throw e;
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    private static Optional<String> read(Keyring keyring, String host) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, host)).filter(v -> !v.isBlank());
        } catch (PasswordAccessException e) {
            return Optional.empty(); // no entry for this host
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
            // Asked on the connection already open: a second one is a second D-Bus session (and key exchange).
            if (read(keyring, host).isEmpty()) {
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

    private Keyring open() throws Unavailable {
        if (linux && !sessionBusFindable()) {
            // Every start without a token asks here (the default `maestro`, a hub display): without a bus to find,
            // dbus-java's classes took ~180 ms of the main thread just to fail.
            throw unavailable(new IllegalStateException("no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set and "
                    + home.resolve(".dbus/session-bus") + " does not exist"));
        }
        DBUS_JAVA_LOGGING.applyUnlessSet();
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw unavailable(e);
        }
    }

    /**
     * Where dbus-java (under java-keyring's Secret Service and KWallet backends) finds the session bus on Linux: the
     * {@code DBUS_SESSION_BUS_ADDRESS} variable (or system property), else a file under ~/.dbus/session-bus that
     * dbus-launch writes. With neither it cannot connect.
     */
    private boolean sessionBusFindable() {
        String address = env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", System.getProperty("DBUS_SESSION_BUS_ADDRESS", ""));
        return !address.isBlank() || Files.isDirectory(home.resolve(".dbus/session-bus"));
    }

    private static Unavailable unavailable(Throwable e) {
        // The library's message can be long and technical; the reason is kept as the cause for the log.
        return new Unavailable("No OS credential store is available here (Secret Service on Linux needs a desktop "
                + "session's D-Bus with GNOME Keyring or KWallet; macOS Keychain; Windows Credential Manager). "
                + "The token is not written anywhere else: use GITHUB_TOKEN or gh on this machine.", e);
    }
}
