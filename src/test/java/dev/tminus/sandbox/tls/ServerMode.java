package dev.tminus.sandbox.tls;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * How one sandbox TLS server behaves right now.
 *
 * @param context      the server context for the next connection; a supplier that builds a new one
 *                     each time makes every session unknown to the next connection (resumption off)
 * @param alpn         application protocols the server will negotiate (empty: no ALPN)
 * @param acceptLegacy answer a TLS 1.0/1.1 ClientHello with a ServerHello for that version
 * @param wire         TLS, a plain-HTTP port, a stall, a fatal alert, TLS 1.0/1.1 only, or no listener
 * @param suites       the JSSE cipher suites to enable (empty: the JDK's defaults)
 * @param protocols    the JSSE protocols to enable (empty: the JDK's defaults)
 * @param weakSuites   weak suites (IANA codes) a ClientHello offering only weak suites gets a ServerHello for
 * @param dhBits       when not 0, a ClientHello offering only DHE suites gets a DHE answer with a group
 *                     of that size: a prime modulus above 0, a composite one of {@code -dhBits} bits below 0
 */
public record ServerMode(Supplier<SSLContext> context, List<String> alpn, boolean acceptLegacy, Wire wire,
                  List<String> suites, List<String> protocols, Set<Integer> weakSuites, int dhBits) {

    /** What the listener does with a connection before (or instead of) JSSE. */
    public enum Wire { TLS, NOT_TLS, STALL, ALERT, LEGACY_ONLY, ABSENT }

    public ServerMode {
        alpn = List.copyOf(alpn);
        suites = List.copyOf(suites);
        protocols = List.copyOf(protocols);
        weakSuites = Set.copyOf(weakSuites);
    }

    public ServerMode(Supplier<SSLContext> context, List<String> alpn, boolean acceptLegacy, Wire wire) {
        this(context, alpn, acceptLegacy, wire, List.of(), List.of(), Set.of(), 0);
    }

    ServerMode wire(Wire other) {
        return new ServerMode(context, alpn, acceptLegacy, other, suites, protocols, weakSuites, dhBits);
    }

    ServerMode jsse(List<String> enabledSuites, List<String> enabledProtocols) {
        return new ServerMode(context, alpn, acceptLegacy, wire, enabledSuites, enabledProtocols, weakSuites, dhBits);
    }

    ServerMode weak(Set<Integer> accepted, int groupBits) {
        return new ServerMode(context, alpn, acceptLegacy, wire, suites, protocols, accepted, groupBits);
    }
}
