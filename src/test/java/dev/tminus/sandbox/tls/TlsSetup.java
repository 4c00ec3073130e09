package dev.tminus.sandbox.tls;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the sandbox TLS servers serve, healthy until faults edit it: the leaf every address serves,
 * how the servers staple, resume and negotiate, and what the last address (127.0.0.13) does instead.
 */
public final class TlsSetup {

    /** What the last address serves instead of the others' healthy server. */
    enum LastAddress { SAME, STALE_CERTIFICATE, NOT_TLS, STALL, ALERT, ABSENT }

    UnaryOperator<LeafSpec> leaf = spec -> spec;
    boolean leafOnly;
    boolean revokeServedLeaf;
    boolean ocspRefuses;
    boolean freshContextEachTime;
    List<String> alpn = List.of("h2", "http/1.1");
    boolean acceptLegacy;
    ServerMode.Wire wire = ServerMode.Wire.TLS;
    UnaryOperator<ServerMode> suites = mode -> mode;
    LastAddress lastAddress = LastAddress.SAME;

    /** An edit of the leaf every address serves. */
    TlsSetup leaf(UnaryOperator<LeafSpec> edit) {
        UnaryOperator<LeafSpec> before = leaf;
        leaf = spec -> edit.apply(before.apply(spec));
        return this;
    }

    /** An edit of the cipher suites and key exchange every address accepts. */
    TlsSetup suites(UnaryOperator<ServerMode> edit) {
        UnaryOperator<ServerMode> before = suites;
        suites = mode -> edit.apply(before.apply(mode));
        return this;
    }
}
