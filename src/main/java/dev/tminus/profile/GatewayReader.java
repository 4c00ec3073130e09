package dev.tminus.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one entry of {@code gateways}. */
final class GatewayReader {

    private static final Duration MS = Duration.ofMillis(1);
    /** {@code heartbeat.within} when left out (never more than the gateway's timeout). */
    private static final Duration DEFAULT_WITHIN = Duration.ofSeconds(2);
    /** RFC 6455 §4.1: a subprotocol is an HTTP token. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private GatewayReader() {
    }

    static Gateway read(Node node) {
        if (!node.isMap(Set.of("name", "url"), Set.of("addresses", "subprotocol", "timeout", "pingWithin",
                "heartbeat", "holdFor"))) {
            return null;
        }
        String name = node.get("name").requiredText("a gateway name like gateway");
        String url = url(node.get("url"));
        Endpoint.Addresses addresses = TlsReader.addresses(node.get("addresses"));
        Optional<String> subprotocol = Optional.empty();
        if (node.get("subprotocol").present()) {
            subprotocol = Optional.ofNullable(subprotocol(node.get("subprotocol")));
        }
        Duration timeout = node.get("timeout").duration(MS, Duration.ofMinutes(1), Gateway.DEFAULT_TIMEOUT);
        Duration pingWithin = node.get("pingWithin").duration(MS, Duration.ofMinutes(1), Gateway.DEFAULT_PING_WITHIN);
        if (timeout != null && pingWithin != null) {
            pingWithin = notLongerThanTimeout(node.get("pingWithin"), pingWithin, timeout);
        }
        Optional<Gateway.Heartbeat> heartbeat = Optional.empty();
        if (node.get("heartbeat").present()) {
            heartbeat = Optional.ofNullable(heartbeat(node.get("heartbeat"), timeout));
        }
        Optional<Duration> holdFor = Optional.empty();
        if (node.get("holdFor").present()) {
            holdFor = Optional.ofNullable(node.get("holdFor").duration(MS, Duration.ofMinutes(10), null));
        }
        if (name == null || url == null || addresses == null || timeout == null || pingWithin == null
                || (node.get("subprotocol").present() && subprotocol.isEmpty())
                || (node.get("heartbeat").present() && heartbeat.isEmpty())
                || (node.get("holdFor").present() && holdFor.isEmpty())) {
            return null;
        }
        return new Gateway(name, url, addresses, subprotocol, timeout, pingWithin, heartbeat, holdFor);
    }

    private static String url(Node node) {
        String text = node.requiredText("a WebSocket URL like wss://gateway.game.example.com/ws");
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme())) && uri.getHost() != null) {
                if (uri.getRawUserInfo() != null) {
                    node.problem("expected no user or password in the URL, got "
                            + Node.quote(uri.getScheme() + "://****@" + uri.getHost()));
                    return null;
                }
                if (uri.getRawFragment() != null) {
                    node.problem("expected a URL without a #fragment (RFC 6455 §3), got " + Node.quote(text));
                    return null;
                }
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        node.problem("expected ws://host[:port]/path or wss://host[:port]/path like wss://gateway.game.example.com/ws, got "
                + Node.quote(text.replaceAll("//[^/@]*@", "//****@"))
                + (text.startsWith("http") ? "; write ws:// for http:// and wss:// for https://" : ""));
        return null;
    }

    private static String subprotocol(Node node) {
        String text = node.requiredText("a subprotocol like pixelrush.v1");
        if (text != null && !TOKEN.matcher(text).matches()) {
            node.problem("expected one subprotocol token like pixelrush.v1 (no spaces or commas), got " + Node.quote(text));
            return null;
        }
        return text;
    }

    private static Gateway.Heartbeat heartbeat(Node node, Duration timeout) {
        if (!node.isMap(Set.of("send", "expect"), Set.of("within"))) {
            return null;
        }
        String send = node.get("send").requiredText("the text message to send like '{\"op\":\"ping\"}'");
        Optional<Pattern> expect = expect(node.get("expect"));
        Duration fallback = timeout == null ? DEFAULT_WITHIN : java.util.Collections.min(java.util.List.of(DEFAULT_WITHIN, timeout));
        Duration within = node.get("within").duration(MS, Duration.ofMinutes(1), fallback);
        if (within != null && timeout != null) {
            within = notLongerThanTimeout(node.get("within"), within, timeout);
        }
        return send == null || expect.isEmpty() || within == null ? null
                : new Gateway.Heartbeat(send, expect.get(), within);
    }

    /** A regular expression found anywhere in the reply; a JSON fragment with braces needs quoting. */
    private static Optional<Pattern> expect(Node node) {
        String text = node.requiredText("a regular expression found in the reply like '\"op\":\"pong\"'");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(text));
        } catch (java.util.regex.PatternSyntaxException e) {
            node.problem("expected a regular expression found in the reply, got " + Node.quote(text) + " ("
                    + e.getDescription() + " near index " + e.getIndex() + "); to match it literally write "
                    + Node.quote("\\Q" + text + "\\E"));
            return Optional.empty();
        }
    }

    /** The probe waits at most {@code timeout} for anything: a bound beyond it could never be judged. */
    private static Duration notLongerThanTimeout(Node node, Duration bound, Duration timeout) {
        if (bound.compareTo(timeout) > 0) {
            node.problem("expected at most the gateway's timeout " + Durations.format(timeout) + " (the probe waits"
                    + " no longer), got " + Durations.format(bound) + "; raise timeout or lower this");
            return null;
        }
        return bound;
    }
}
