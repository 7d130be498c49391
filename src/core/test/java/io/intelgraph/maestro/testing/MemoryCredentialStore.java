package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.auth.CredentialStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A credential store in memory for tests, or one that is {@link #unavailable()} like a headless CI machine's. */
public final class MemoryCredentialStore implements CredentialStore {

    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private final boolean available;

    private MemoryCredentialStore(boolean available) {
        this.available = available;
    }

    public static MemoryCredentialStore empty() {
        return new MemoryCredentialStore(true);
    }

    public static MemoryCredentialStore unavailable() {
        return new MemoryCredentialStore(false);
    }

    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    @Override
    public String name() {
        return "test keyring";
    }

    @Override
    public Optional<String> read(String host) throws Unavailable {
        check();
        return Optional.ofNullable(entries.get(host));
    }

    @Override
    public void write(String host, String token) throws Unavailable {
        check();
        entries.put(host, token);
    }

    @Override
    public boolean delete(String host) throws Unavailable {
        check();
        return entries.remove(host) != null;
    }

    private void check() throws Unavailable {
        if (!available) {
            throw new Unavailable("No OS credential store is available here (test).", null);
        }
    }
}
