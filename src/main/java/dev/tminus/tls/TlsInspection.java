package dev.tminus.tls;

import java.util.List;

/**
 * Everything the probe learned about one endpoint at one address. Each part is an {@link Outcome}:
 * a part that could not be established fails only the checks that need it.
 *
 * @param target    the endpoint and address
 * @param handshake the first, full handshake
 * @param resumption repeated handshakes with the same client context
 * @param protocols one offer per protocol version, oldest first
 */
public record TlsInspection(TlsTarget target, Outcome<TlsHandshake> handshake, Outcome<Resumption> resumption,
                           Outcome<List<ProtocolOffer>> protocols) {

    /** Every part failed the same way (nothing could be learned at this address). */
    public static TlsInspection failed(TlsTarget target, dev.tminus.ProbeException failure) {
        return new TlsInspection(target, Outcome.failed(failure), Outcome.failed(failure), Outcome.failed(failure));
    }
}
