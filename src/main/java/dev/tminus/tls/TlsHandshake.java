package dev.tminus.tls;

import java.time.Duration;
import java.util.Optional;

/**
 * What one full handshake with one address showed.
 *
 * @param target   the endpoint and address
 * @param chain    the chain as served (even when it was rejected)
 * @param trust    the verdict of the probe's trust store and hostname verification
 * @param protocol the negotiated protocol, e.g. {@code TLSv1.3}
 * @param cipher   the negotiated cipher suite
 * @param alpn     the negotiated application protocol, if any
 * @param staple   the stapled OCSP response, if the server sent one
 * @param elapsed  connect plus handshake
 */
public record TlsHandshake(
        TlsTarget target,
        CertificateChain chain,
        TrustVerdict trust,
        String protocol,
        String cipher,
        Optional<String> alpn,
        Optional<OcspStaple> staple,
        Duration elapsed) {

    public CertificateInfo leaf() {
        return chain.leaf();
    }
}
