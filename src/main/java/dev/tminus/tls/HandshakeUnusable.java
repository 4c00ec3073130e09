package dev.tminus.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;

/**
 * The server answered, but with something a standard client cannot use, so the handshake cannot
 * complete for clients either: a Diffie-Hellman group the client cannot compute with (a composite or
 * malformed prime), or a handshake message larger than clients accept. That is the server's defect
 * (NOT READY, what was wrong named), not a failure to check.
 */
public final class HandshakeUnusable extends ProbeException {

    private final String what;
    private final String fix;

    HandshakeUnusable(TlsTarget target, String what, String fix, Throwable cause) {
        super(Cause.REFUSED_BY_SERVER, target.endpoint().label() + " at " + target.socket() + " sent " + what + ".", cause,
                null);
        this.what = what;
        this.fix = fix;
    }

    /** What to change on the server, as a sentence without its full stop. */
    public String fix() {
        return fix;
    }

    /** What the server sent that clients cannot use, in a few words. */
    public String what() {
        return what;
    }
}
