package dev.tminus.profile;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A WebSocket endpoint of the game ({@code gateways:}, tag {@code gateway}): one URL, one or more
 * addresses behind its host.
 *
 * @param url         {@code ws://host[:port]/path} or {@code wss://…}; {@code wss} trusts the JDK's CAs and
 *                    {@code tls.trustStore}
 * @param addresses   which addresses to check, resolved like {@code tls.endpoints[].addresses}
 * @param subprotocol the {@code Sec-WebSocket-Protocol} the server must accept, when the plan names one
 * @param timeout     the connect, the upgrade and every wait
 * @param pingWithin  a WebSocket ping is answered by its pong within this
 * @param heartbeat   the application's own heartbeat, when the plan names one
 * @param holdFor     the connection stays open at least this long, when the plan asks
 */
public record Gateway(
        String name,
        String url,
        Endpoint.Addresses addresses,
        Optional<String> subprotocol,
        Duration timeout,
        Duration pingWithin,
        Optional<Heartbeat> heartbeat,
        Optional<Duration> holdFor) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_PING_WITHIN = Duration.ofSeconds(1);

    /** A gateway with only its name and URL: every address of its host, no subprotocol, heartbeat or hold. */
    public static Gateway of(String name, String url) {
        return new Gateway(name, url, new Endpoint.Addresses.All(), Optional.empty(), DEFAULT_TIMEOUT,
                DEFAULT_PING_WITHIN, Optional.empty(), Optional.empty());
    }

    /**
     * The application heartbeat: {@code send} as a text message, answered by a text message in which
     * {@code expect} is found, within {@code within}.
     */
    public record Heartbeat(String send, Pattern expect, Duration within) {
    }

    /** {@code wss}: TLS with SNI and hostname verification for {@link #host}. */
    public boolean secure() {
        return "wss".equals(URI.create(url).getScheme());
    }

    /** The URL's host: the {@code Host} header, SNI and the name the certificate must match. */
    public String host() {
        return URI.create(url).getHost().replaceAll("[\\[\\]]", "");
    }

    /** The URL's port, else 443 for {@code wss} and 80 for {@code ws}. */
    public int port() {
        int port = URI.create(url).getPort();
        return port > 0 ? port : secure() ? 443 : 80;
    }

    /** The request target of the upgrade: the path and query ({@code /ws?v=1}), {@code /} when empty. */
    public String resource() {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** {@code gateway (gateway.game.example.com)}: how reports name the item. */
    public String label() {
        return name + " (" + host() + ")";
    }

    public Gateway withHeartbeat(Heartbeat heartbeat) {
        return new Gateway(name, url, addresses, subprotocol, timeout, pingWithin, Optional.of(heartbeat), holdFor);
    }

    public Gateway withSubprotocol(String subprotocol) {
        return new Gateway(name, url, addresses, Optional.of(subprotocol), timeout, pingWithin, heartbeat, holdFor);
    }

    public Gateway withHoldFor(Duration holdFor) {
        return new Gateway(name, url, addresses, subprotocol, timeout, pingWithin, heartbeat, Optional.of(holdFor));
    }

    public Gateway withAddresses(Endpoint.Addresses addresses) {
        return new Gateway(name, url, addresses, subprotocol, timeout, pingWithin, heartbeat, holdFor);
    }

    public Gateway withTimeouts(Duration timeout, Duration pingWithin) {
        return new Gateway(name, url, addresses, subprotocol, timeout, pingWithin, heartbeat, holdFor);
    }
}
