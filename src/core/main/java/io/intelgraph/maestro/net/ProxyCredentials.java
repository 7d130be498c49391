package io.intelgraph.maestro.net;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxy URL's user and password, answered only when the proxy asks (407); a server asking
 * (401) gets nothing from here, so the proxy's password cannot reach GitHub or the hub.
 */
final class ProxyCredentials extends Authenticator {

    private final String proxyHost;
    private final int proxyPort;
    private final String user;
    private final char[] password;

    private ProxyCredentials(URI proxy, String user, char[] password) {
        this.proxyHost = proxy.getHost().toLowerCase(Locale.ROOT);
        this.proxyPort = ProxySettings.port(proxy);
        this.user = user;
        this.password = password;
    }

    static Optional<ProxyCredentials> of(URI proxy) {
        String userInfo = proxy.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        return Optional.of(new ProxyCredentials(proxy, user, password.toCharArray()));
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        boolean fromProxy = getRequestorType() == RequestorType.PROXY
                && proxyHost.equalsIgnoreCase(getRequestingHost()) && proxyPort == getRequestingPort();
        return fromProxy ? new PasswordAuthentication(user, password.clone()) : null;
    }

    /** The {@code Proxy-Authorization} value for Basic, for a tunnel this process opens itself. */
    String basicAuthorization() {
        byte[] pair = (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ProxyCredentials[" + proxyHost + ":" + proxyPort + ", values hidden]";
    }
}
