package dev.tminus.check;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Why a fact could not be established (or why the target's answer is a "no"), the same in every
 * area. Each area words its own message (what was asked, where, what to try); the cause is shared,
 * so a timeout is a timeout whether DNS, TLS, a database or Prometheus did not answer.
 *
 * <p>All but {@link #REFUSED_BY_SERVER} are COULD NOT CHECK (broken): nothing was judged. A server
 * that answers "no" (a TLS fatal alert, a login refused) has answered; the check that needs that
 * answer says NOT READY.
 */
public enum Cause {

    /** The probe waited its full budget and got no answer. */
    TIMEOUT,

    /** No connection: refused (nothing listens), no route, the name does not resolve. */
    REFUSED,

    /** A connection was made, then closed or reset before the answer was complete. */
    RESET,

    /** Something answered, but not in the protocol or shape expected (garbage, HTML, truncated). */
    GARBAGE,

    /** The server answered, and its answer is "no": a refusal, which a check judges as NOT READY. */
    REFUSED_BY_SERVER,

    /** A limit on our side (this JDK, this machine) kept the answer from being judged. */
    OUR_LIMIT,

    /** Anything else (a bug, an unexpected exception); the message says what. */
    OTHER;

    /**
     * The cause of a failure on the wire: the first exception of the chain (outermost first) that is
     * a timeout or a refusal says it; else a close or reset anywhere in the chain; else
     * {@link #OTHER}, and the area decides (most often: the answer could not be read, {@link #GARBAGE}).
     */
    public static Cause of(Throwable thrown) {
        return wire(culprit(thrown));
    }

    /** The exception of the chain that says the {@link #of cause} (for its words), else {@code thrown} itself. */
    public static Throwable culprit(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (timeoutOrRefusal(t) != OTHER) {
                return t;
            }
        }
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (reset(t)) {
                return t;
            }
        }
        return thrown;
    }

    private static Cause wire(Throwable t) {
        Cause cause = timeoutOrRefusal(t);
        return cause != OTHER ? cause : reset(t) ? RESET : OTHER;
    }

    private static Cause timeoutOrRefusal(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (t instanceof InterruptedIOException || t instanceof TimeoutException
                || name.equals("ConnectTimeoutException") || name.equals("ConnectionPoolTimeoutException")) {
            return TIMEOUT;
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException
                || t instanceof PortUnreachableException || t instanceof UnknownHostException) {
            return REFUSED;
        }
        return OTHER;
    }

    private static boolean reset(Throwable t) {
        String text = String.valueOf(t.getMessage());
        return t instanceof EOFException || t instanceof SocketException
                || text.contains("Connection reset") || text.contains("Remote host terminated");
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    /** Whether this is COULD NOT CHECK (nothing was judged) rather than an answer a check judges. */
    public boolean broken() {
        return this != REFUSED_BY_SERVER;
    }
}
