package dev.tminus.dns;

import dev.tminus.ProbeException;

/**
 * The server answered over UDP with TC (the answer does not fit) and then refused the TCP
 * connection the client must retry on: it has answered, and no client can get the record set.
 * That is the server's defect (NOT READY where the record's resolution is judged, DNS-01), not a
 * failure to check; the checks that need the records themselves cannot judge them.
 */
public final class TruncatedWithoutTcp extends ProbeException.Unreachable {

    TruncatedWithoutTcp(String message, Throwable cause) {
        super(message, cause);
    }
}
