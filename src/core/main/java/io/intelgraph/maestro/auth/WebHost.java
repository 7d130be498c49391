package io.intelgraph.maestro.auth;

import java.net.URI;
import java.util.Locale;

/**
 * The web host that signs people in, told from the API's URL: the OAuth endpoints
 * ({@code /login/device/code}, {@code /login/oauth/access_token}) are on github.com, not
 * api.github.com, and on a GitHub Enterprise Server at {@code https://HOST}, not {@code https://HOST/api/v3}.
 */
public final class WebHost {

    private WebHost() {
    }

    /** {@code https://api.github.com} → {@code https://github.com}; {@code https://ghe.corp/api/v3} → {@code https://ghe.corp}. */
    public static URI of(URI apiUrl) {
        String host = apiUrl.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("api.github.com")) {
            return URI.create("https://github.com");
        }
        if (host.startsWith("api.") && host.endsWith(".ghe.com")) {
            return URI.create(apiUrl.getScheme() + "://" + host.substring(4)); // GitHub Enterprise Cloud with data residency
        }
        return URI.create(apiUrl.getScheme() + "://" + apiUrl.getRawAuthority());
    }

    /** The host name a token is filed under (and that {@code gh auth token --hostname} takes). */
    public static String hostName(URI apiUrl) {
        URI web = of(apiUrl);
        return web.getPort() == -1 ? web.getHost() : web.getHost() + ":" + web.getPort();
    }
}
