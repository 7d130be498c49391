package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.text.TerminalText;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code Host} a request may name: the guard against DNS rebinding. A web page of
 * {@code evil.example} can make its name resolve to the hub's address (loopback included) and
 * then read the hub as if it were its own origin; the browser still sends {@code Host:
 * evil.example}, so a hub that answers only to its own names cannot be read that way.
 *
 * <p>Accepted: an IP literal (a page can name one only from that address's own origin, which
 * rebinding cannot fake), {@code localhost} when the hub is bound to loopback, and the names
 * allowed ({@code MAESTRO_HUB_HOSTS}; {@code .example.com} allows its subdomains too). A hub bound
 * to every interface with no names allowed cannot know the names it is reached by (a Service, an
 * ingress, a proxy) and accepts any {@code Host}; its feed still refuses pages of other origins
 * ({@link Origins}). A request without {@code Host} (HTTP/1.0, not a browser) is accepted.
 */
public final class HostCheck {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> names;
    private final Set<String> suffixes;
    private final boolean loopback;
    private final boolean anyName;

    private HostCheck(Set<String> names, Set<String> suffixes, boolean loopback, boolean anyName) {
        this.names = names;
        this.suffixes = suffixes;
        this.loopback = loopback;
        this.anyName = anyName;
    }

    /**
     * @param bind    the address the hub listens on
     * @param allowed names the hub may be reached by ({@code hub.example.com}, {@code .example.com})
     */
    public static HostCheck forBind(InetAddress bind, List<String> allowed) {
        List<String> cleaned = allowed.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        Set<String> names = cleaned.stream().filter(s -> !s.startsWith(".")).collect(Collectors.toUnmodifiableSet());
        Set<String> suffixes = cleaned.stream().filter(s -> s.startsWith(".")).collect(Collectors.toUnmodifiableSet());
        return new HostCheck(names, suffixes, bind.isLoopbackAddress(), bind.isAnyLocalAddress() && cleaned.isEmpty());
    }

    /** Whether every name is accepted (bound to every interface, no names given): said once at start. */
    public boolean acceptsAnyName() {
        return anyName;
    }

    /** Empty when a request with this {@code Host} may be answered, else the sentence that refuses it. */
    Optional<String> refusal(Optional<String> host) {
        if (host.isEmpty() || anyName) {
            return Optional.empty();
        }
        String name = hostName(host.get());
        if (isIpLiteral(name) || loopback && (name.equals("localhost") || name.endsWith(".localhost"))
                || names.contains(name) || suffixes.stream().anyMatch(s -> name.endsWith(s) || name.equals(s.substring(1)))) {
            return Optional.empty();
        }
        return Optional.of("Host " + TerminalText.escape(name) + " is not a name of this hub (a page that renamed the hub's address is "
                + "refused); reach it by its address" + (loopback ? " or localhost" : "") + ", or allow the name in "
                + "MAESTRO_HUB_HOSTS");
    }

    /** The name without its port, lower case; {@code [::1]:3080} → {@code [::1]}. */
    private static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isIpLiteral(String name) {
        return name.startsWith("[") && name.endsWith("]") || IPV4.matcher(name).matches();
    }
}
