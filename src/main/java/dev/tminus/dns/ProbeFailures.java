package dev.tminus.dns;

import dev.tminus.ProbeException;
import dev.tminus.profile.Durations;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.WireParseException;

/** Turns what went wrong under dnsjava into the typed "could not check" of the suite. */
final class ProbeFailures {

    private ProbeFailures() {
    }

    static ProbeException classify(DnsQuery query, Throwable error, Duration timeout, int attempt) {
        Throwable cause = unwrap(error);
        String tries = attempt == 1 ? "1 attempt" : attempt + " attempts";
        if (cause instanceof TcpRetryFailed tcp) {
            Throwable inner = tcp.getCause();
            String text = query.describe() + " answered over UDP with TC (truncated), and the"
                    + " retry over TCP failed (" + inner.getClass().getSimpleName() + (inner.getMessage() == null ? "" : ": "
                    + inner.getMessage()) + ", " + tries + "). Open TCP port " + query.resolver().port()
                    + " on the server: answers larger than 1232 bytes need it.";
            // refused: the server answered "no TCP here", so no client can get the whole record set
            return inner instanceof java.net.ConnectException ? new TruncatedWithoutTcp(text, inner)
                    : new ProbeException.Unreachable(text, inner);
        }
        if (cause instanceof TimeoutException || cause instanceof InterruptedIOException) {
            return new ProbeException.Timeout("No answer to " + query.describe() + " within "
                    + Durations.format(timeout) + " × " + tries
                    + ". Check that the server runs and that UDP and TCP port " + query.resolver().port()
                    + " are open from here"
                    + (query.resolver().role() == dev.tminus.profile.Resolver.Role.RECURSIVE
                            ? "; a recursive resolver that answers other names but not this one is waiting on the servers"
                            + " it asks (its forwarders, stub zones or the zone's name servers)." : "."), cause);
        }
        if (cause instanceof PortUnreachableException || cause instanceof ConnectException
                || cause instanceof NoRouteToHostException
                || (cause instanceof SocketException && !(cause instanceof java.net.SocketTimeoutException))) {
            return new ProbeException.Unreachable("Cannot reach " + query.describe() + " (" + tries + "): "
                    + reason(cause) + ". Check that a DNS server listens on " + query.resolver().endpoint() + ".", cause);
        }
        if (cause instanceof WireParseException || cause instanceof EOFException || cause instanceof java.io.IOException) {
            return new ProbeException.Garbage("Unreadable answer to " + query.describe() + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())
                    + ". The server sent something that is not a complete DNS message (truncated or malformed);"
                    + " check that " + query.resolver().endpoint() + " is a DNS server.", cause);
        }
        return new ProbeException("Query " + query.describe() + " failed: " + cause, cause);
    }

    /** Why a server could not be reached, in operator words. */
    private static String reason(Throwable cause) {
        if (cause instanceof PortUnreachableException) {
            return "nothing listens there (the host answered ICMP port unreachable)";
        }
        if (cause instanceof ConnectException) {
            return "the TCP connection was refused";
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    /** The UDP answer was truncated and the TCP retry did not produce an answer. */
    static final class TcpRetryFailed extends RuntimeException {
        TcpRetryFailed(Throwable cause) {
            super(cause);
        }
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
