package dev.tminus.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.check.Fact;

/**
 * The server answered the handshake with a fatal alert: it refused, which is an answer (NOT READY
 * with the alert named), not a failure to check. Carried in an {@link Fact} like any failure so
 * the checks that need the handshake can say so.
 */
public final class HandshakeRefused extends ProbeException {

    private final String alert;

    HandshakeRefused(TlsTarget target, String alert, Throwable cause) {
        super(Cause.REFUSED_BY_SERVER, target.endpoint().label() + " at " + target.socket()
                + " refused the handshake with a fatal alert: " + alert + ".", cause, null);
        this.alert = alert;
    }

    /** The alert's name as the TLS registry spells it, e.g. {@code handshake_failure}, {@code protocol_version}. */
    public String alert() {
        return alert;
    }
}
