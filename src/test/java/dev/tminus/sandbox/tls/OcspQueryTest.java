package dev.tminus.sandbox.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.tls.OcspQuery;
import dev.tminus.tls.OcspStaple;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The probe asks a leaf's OCSP responder itself when the server staples nothing usable (nginx
 * withholds a revoked staple): against the sandbox responder on loopback.
 */
@Tag("sandbox")
class OcspQueryTest {

    @Test
    void asks_the_responder_and_reads_good_revoked_or_nothing() throws Exception {
        SandboxPki pki = new SandboxPki(Instant.now());
        try (OcspResponder responder = new OcspResponder(pki.issuing(), "127.0.0.1")) {
            SandboxPki.Credential leaf = pki.issue(LeafSpec.healthy("gateway.game.tminus.test", Instant.now(), responder.url()));
            X509Certificate cert = leaf.leaf();
            X509Certificate issuer = leaf.chain().get(1);

            // a fresh query object each time: one answer per leaf and run is kept
            assertThat(new OcspQuery(Duration.ofSeconds(2)).status(cert, issuer, responder.url()))
                    .map(OcspStaple::status).contains(OcspStaple.Status.GOOD);
            responder.revoke(cert.getSerialNumber());
            assertThat(new OcspQuery(Duration.ofSeconds(2)).status(cert, issuer, responder.url()))
                    .map(OcspStaple::status).contains(OcspStaple.Status.REVOKED);
            responder.refuse(true);
            assertThat(new OcspQuery(Duration.ofSeconds(2)).status(cert, issuer, responder.url())).isEmpty();
            // nothing listens: no answer within the timeout, never an exception
            assertThat(new OcspQuery(Duration.ofMillis(500)).status(cert, issuer, "http://127.0.0.1:1/ocsp")).isEmpty();
        }
    }
}
