package dev.tminus.gateway;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Durations;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;

/**
 * A connection's exception in the checklist's words: what was tried, at which address, what happened,
 * what to look at. A TLS handshake the server fails (an untrusted or misnamed certificate) is its
 * answer, {@link Cause#REFUSED_BY_SERVER}: a game client could not connect either. No answer is a
 * timeout; an answer that is not HTTP or not WebSocket is garbage.
 */
final class GatewayFailures {

    private GatewayFailures() {
    }

    /** Connecting, the TLS handshake or the upgrade did not get an answer to judge. */
    static ProbeException upgrade(GatewayTarget target, Duration timeout, Throwable e, String rerun) {
        String where = target.describe();
        if (e instanceof SSLHandshakeException || Cause.culprit(e) instanceof SSLHandshakeException) {
            return ProbeException.of(Cause.REFUSED_BY_SERVER, where + " failed the TLS handshake: " + firstLine(e)
                    + ". A game client cannot connect either; the TLS checks say why (mvn verify -Dchecks=tls); re-run: "
                    + rerun, e, "TLS handshake failed");
        }
        Cause cause = e instanceof WebSocketProtocolException ? Cause.GARBAGE : Cause.of(e);
        String what = switch (cause) {
            case TIMEOUT -> "no answer within the timeout of " + Durations.format(timeout);
            case REFUSED -> "could not connect (" + firstLine(Cause.culprit(e)) + ")";
            case RESET -> "the connection was closed before the answer was complete (" + firstLine(e) + ")";
            case GARBAGE -> "the server sent " + firstLine(e) + ": is this port an HTTP server?";
            default -> firstLine(e);
        };
        Cause kind = cause == Cause.OTHER ? Cause.GARBAGE : cause;
        String hint = kind == Cause.GARBAGE ? "Check the URL's port and scheme (ws:// or wss://)"
                : "Check the address, the port and firewalls on the path";
        return ProbeException.of(kind, "Could not upgrade " + where + " to WebSocket: " + what + ". " + hint
                + "; re-run: " + rerun, e, what);
    }

    /** A later step could not run: the upgrade did not succeed, or the connection was already gone. */
    static ProbeException notConnected(GatewayTarget target, String step, String why, String rerun) {
        return ProbeException.of(Cause.OTHER, "Could not " + step + " at " + target.describe() + ": " + why
                + "; re-run: " + rerun, null, why);
    }

    /** The server sent something that is not WebSocket while the check waited. */
    static ProbeException garbage(GatewayTarget target, String step, String what, String rerun) {
        return ProbeException.of(Cause.GARBAGE, "Could not " + step + " at " + target.describe() + ": " + what
                + ", which is not WebSocket as RFC 6455 defines it. Check what runs on this port; re-run: " + rerun,
                null, what);
    }

    static String firstLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse(text).trim().replaceAll("\\.$", "");
    }
}
