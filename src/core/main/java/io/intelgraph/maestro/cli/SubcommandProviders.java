package io.intelgraph.maestro.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@link SubcommandProvider}s on the class path. {@link #all} is {@link ServiceLoader}'s answer, which opens every
 * jar of the class path to look for a service file: 109 in the image, whose classes otherwise come from the AOT cache
 * without opening their jars. Without this scan and slf4j's two (see jlink/jvm.options) the window's start is ~30 ms
 * sooner (docs/STARTUP.md, session 30).
 * {@link #defaultOne} reads the first service file on the class path instead: the HUD module's jar comes before the
 * libraries in the image and in the build, so it names the window's provider after a jar or two; when it names no
 * default, the scan decides.
 */
public final class SubcommandProviders {

    private static final String SERVICE_FILE = "META-INF/services/" + SubcommandProvider.class.getName();

    private final ClassLoader loader;

    public SubcommandProviders(ClassLoader loader) {
        this.loader = loader;
    }

    /** Every provider, in class path order. */
    public List<SubcommandProvider> all() {
        return ServiceLoader.load(SubcommandProvider.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The provider of the default subcommand, if one is on the class path. */
    public Optional<SubcommandProvider> defaultOne() {
        URL first = loader.getResource(SERVICE_FILE);
        if (first != null) {
            for (String name : providerNames(first)) {
                SubcommandProvider provider = instantiate(name);
                if (provider.isDefault()) {
                    return Optional.of(provider);
                }
            }
        }
        return all().stream().filter(SubcommandProvider::isDefault).findFirst();
    }

    /** The class names a service file lists, as {@link ServiceLoader} reads them: '#' starts a comment. */
    private static List<String> providerNames(URL serviceFile) {
        try (InputStream in = serviceFile.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + serviceFile, e);
        }
    }

    private SubcommandProvider instantiate(String name) {
        try {
            return Class.forName(name, true, loader).asSubclass(SubcommandProvider.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the subcommand provider " + name + " named in " + SERVICE_FILE
                    + " cannot be made: " + (e instanceof InvocationTargetException t ? t.getCause() : e), e);
        }
    }
}
