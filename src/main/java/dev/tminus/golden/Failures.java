package dev.tminus.golden;

import dev.tminus.ProbeException;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Secrets;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Turns what an HTTP client throws into COULD NOT CHECK, in operator language. */
final class Failures {

    private Failures() {
    }

    /**
     * @param what    what was asked, e.g. {@code Prometheus}
     * @param where   the address, masked before it is shown
     * @param timeout the budget that applied
     */
    static ProbeException of(String what, String where, Duration timeout, Throwable thrown) {
        String at = Secrets.mask(where);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException
                    || t.getClass().getSimpleName().equals("ConnectTimeoutException")
                    || t.getClass().getSimpleName().equals("ConnectionPoolTimeoutException")) {
                return new ProbeException.Timeout(what + " at " + at + " did not answer within "
                        + Durations.format(timeout) + " (" + t.getClass().getSimpleName() + ").\n"
                        + "Check that it is up and not overloaded, or raise the timeout in the profile.", thrown);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t.getClass().getSimpleName().equals("HttpHostConnectException")) {
                return new ProbeException.Unreachable(what + " at " + at + " is unreachable: "
                        + Secrets.mask(String.valueOf(t.getMessage())) + ".\n"
                        + "Check the address in the profile, that the service runs, and that this host may reach it.",
                        thrown);
            }
        }
        return new ProbeException.Unreachable(what + " at " + at + " could not be asked: "
                + thrown.getClass().getSimpleName() + ": " + Secrets.mask(String.valueOf(thrown.getMessage())) + ".",
                thrown);
    }
}
