package dev.tminus.sandbox.tls;

import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * How one sandbox TLS server behaves right now.
 *
 * @param context      the server context for the next connection; a supplier that builds a new one
 *                     each time makes every session unknown to the next connection (resumption off)
 * @param alpn         application protocols the server will negotiate (empty: no ALPN)
 * @param acceptLegacy answer a TLS 1.0/1.1 ClientHello with a ServerHello for that version
 * @param wire         TLS, a plain-HTTP port, or a server that stalls after the ClientHello
 */
record ServerMode(Supplier<SSLContext> context, List<String> alpn, boolean acceptLegacy, Wire wire) {

    enum Wire { TLS, NOT_TLS, STALL }

    ServerMode {
        alpn = List.copyOf(alpn);
    }
}
