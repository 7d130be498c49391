package io.intelgraph.maestro.net;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@code CONNECT} tunnel through an HTTP proxy for a raw socket: the hub's WebSocket feed. The
 * JDK's own {@code Socket(Proxy)} asks the process-wide default {@code Authenticator} and refuses
 * Basic credentials in tunnels; this one sends the proxy URL's credentials, and only to that proxy,
 * as curl does (preemptively: the tunnel is to the proxy, never past it).
 */
public final class ProxyTunnel {

    /** A proxy's answer to CONNECT has a few header lines; anything longer is not a proxy. */
    private static final int MAX_RESPONSE_HEAD = 16 * 1024;

    private final URI proxy;
    private final Optional<ProxyCredentials> credentials;

    private ProxyTunnel(URI proxy, Optional<ProxyCredentials> credentials) {
        this.proxy = proxy;
        this.credentials = credentials;
    }

    /** Through the proxy at {@code proxyUrl}, {@code http://[user:password@]host:port}. */
    public static ProxyTunnel through(URI proxyUrl) {
        return new ProxyTunnel(proxyUrl, ProxyCredentials.of(proxyUrl));
    }

    /** Where the tunnel starts, {@code host:port} (no credentials). */
    public String proxyAddress() {
        return where();
    }

    /** Opens a socket to the proxy and asks it for a tunnel to {@code host:port}; the socket is the tunnel. */
    public Socket open(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(proxy.getHost(), ProxySettings.port(proxy)), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            String authority = authority(host, port);
            StringBuilder request = new StringBuilder()
                    .append("CONNECT ").append(authority).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(authority).append("\r\n");
            credentials.ifPresent(c -> request.append("Proxy-Authorization: ").append(c.basicAuthorization()).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = readHead(socket.getInputStream()).lines().findFirst().orElse("");
            int status = status(statusLine);
            if (status == 407) {
                throw new IOException("the proxy at " + where() + (credentials.isPresent()
                        ? " refused the credentials in its URL (407)"
                        : " asks for credentials (407): put them in the proxy URL, http://user:password@host:port"));
            }
            if (status / 100 != 2) {
                throw new IOException("the proxy at " + where() + " would not open a tunnel to " + authority + ": "
                        + (status < 0 ? "not an HTTP answer" : statusLine.strip()));
            }
            socket.setSoTimeout(0);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * A socket factory whose sockets are already tunnelled to {@code target} (and TLS over the tunnel
     * for {@code wss://}/{@code https://}, checked against the target's name), for a client that
     * takes a factory.
     */
    public SocketFactory socketFactory(URI target, Optional<SSLSocketFactory> tls, Duration timeout) {
        boolean secure = "wss".equalsIgnoreCase(target.getScheme()) || "https".equalsIgnoreCase(target.getScheme());
        int port = target.getPort() > 0 ? target.getPort() : secure ? 443 : 80;
        return new TunnelledSockets(target.getHost(), port, secure, tls, timeout);
    }

    private String where() {
        return proxy.getHost() + ":" + ProxySettings.port(proxy);
    }

    private static String authority(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    private static int status(String statusLine) {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads the answer's head byte by byte, so not one byte of the tunnel after it is consumed. */
    private String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            if (head.size() > MAX_RESPONSE_HEAD) {
                throw new IOException("the proxy at " + where() + " sent more than " + MAX_RESPONSE_HEAD
                        + " bytes without ending its answer");
            }
        }
        throw new IOException("the proxy at " + where() + " closed the connection before answering CONNECT");
    }

    @Override
    public String toString() {
        return "ProxyTunnel[" + where() + credentials.map(c -> ", with credentials").orElse("") + "]";
    }

    /** Every socket from here is a fresh tunnel to the one target. */
    private final class TunnelledSockets extends SocketFactory {
        private final String host;
        private final int port;
        private final boolean secure;
        private final Optional<SSLSocketFactory> tls;
        private final Duration timeout;

        TunnelledSockets(String host, int port, boolean secure, Optional<SSLSocketFactory> tls, Duration timeout) {
            this.host = host;
            this.port = port;
            this.secure = secure;
            this.tls = tls;
            this.timeout = timeout;
        }

        @Override
        public Socket createSocket() throws IOException {
            Socket tunnel = open(host, port, timeout);
            if (!secure) {
                return tunnel;
            }
            SSLSocketFactory factory = tls.orElseGet(() -> (SSLSocketFactory) SSLSocketFactory.getDefault());
            return factory.createSocket(tunnel, host, port, true);
        }

        /** The factory's other ways to make a socket name a destination: this one has only its own. */
        private UnsupportedOperationException elsewhere() {
            return new UnsupportedOperationException("a tunnel goes to " + host + ":" + port + " only");
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw elsewhere();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw elsewhere();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw elsewhere();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw elsewhere();
        }
    }
}
