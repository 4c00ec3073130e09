package dev.tminus.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Fact;
import java.util.List;
import java.util.Optional;

/**
 * Everything the probe learned about one endpoint at one address. Each part is an {@link Fact}:
 * a part that could not be established fails only the checks that need it, and the parts that need
 * no completed handshake (protocol versions, key exchange) are established even when it failed.
 *
 * @param target      the endpoint and address
 * @param handshake   the first, full handshake
 * @param resumption  repeated handshakes with the same client context
 * @param protocols   one offer per protocol version, oldest first
 * @param keyExchange weak cipher suites and the DH group, from hand-written ClientHellos
 */
public record TlsInspection(TlsTarget target, Fact<TlsHandshake> handshake, Fact<Resumption> resumption,
                           Fact<List<ProtocolOffer>> protocols, Fact<KeyExchange> keyExchange) {

    /** Every part failed the same way (nothing could be learned at this address). */
    public static TlsInspection failed(TlsTarget target, ProbeException failure) {
        return new TlsInspection(target, Fact.failed(failure), Fact.failed(failure), Fact.failed(failure),
                Fact.failed(failure));
    }

    /** The server sent what clients cannot use (a broken DH group, an oversized message): its defect. */
    public Optional<HandshakeUnusable> unusable() {
        return handshake.failure().filter(HandshakeUnusable.class::isInstance).map(HandshakeUnusable.class::cast);
    }

    /** The server answered the full handshake with a fatal alert. */
    public Optional<HandshakeRefused> refusal() {
        return handshake.failure().filter(HandshakeRefused.class::isInstance).map(HandshakeRefused.class::cast);
    }

    /**
     * Nothing was learned at this address, for one reason: no TLS server answered there (refused,
     * timed out, not TLS), or the address could not be listed. The reason, in one line, is said once
     * (TLS-01); the other checks of the address point to it.
     */
    public Optional<ProbeException> nothingLearned() {
        if (handshake.known() || refusal().isPresent() || protocols.known() || keyExchange.known()) {
            return Optional.empty();
        }
        return handshake.failure();
    }

    /** Why no TLS server answered here, in a few words, when that is the reason nothing was learned. */
    public Optional<String> noServer() {
        return nothingLearned().filter(Failures::isNoServer).flatMap(ProbeException::summary);
    }
}
