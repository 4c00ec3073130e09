package dev.tminus.sandbox.tls;

import dev.tminus.profile.Endpoint;
import dev.tminus.tls.TlsProbe;
import dev.tminus.tls.TlsTarget;
import dev.tminus.tls.TrustMaterial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One sandbox TLS server, its PKI and OCSP responder, and a probe that trusts them, for the probe's
 * self-tests. The tests of one class change the server's mode; classes run one after the other.
 */
abstract class TlsProbeFixture {

    static final String HOST = "gateway.game.tminus.test";
    static final Duration TIMEOUT = Duration.ofMillis(800);
    static SandboxPki pki;
    static OcspResponder ocsp;
    static TlsServer server;
    static TlsProbe probe;

    @BeforeAll
    static void start() throws Exception {
        pki = new SandboxPki(Instant.now());
        Path pem = Path.of("target/selftest/tls/probe-ca.pem");
        pki.writeTrustStore(pem);
        ocsp = new OcspResponder(pki.issuing(), "127.0.0.1");
        server = new TlsServer("127.0.0.1", 0, shared(healthy(), List.of("h2"), false, ServerMode.Wire.TLS));
        probe = new TlsProbe(TIMEOUT, TrustMaterial.load(Optional.of(pem)), Clock.systemUTC(), 2);
    }

    @AfterAll
    static void stop() {
        probe.close();
        server.close();
        ocsp.close();
    }

    static SandboxPki.Credential healthy() throws Exception {
        return pki.issue(LeafSpec.healthy(HOST, Instant.now(), ocsp.url()));
    }

    static ServerMode shared(SandboxPki.Credential c, List<String> alpn, boolean legacy, ServerMode.Wire wire) {
        SSLContext context = ServerContexts.of(c);
        return new ServerMode(() -> context, alpn, legacy, wire);
    }

    static TlsTarget target(int port) {
        return new TlsTarget(Endpoint.builder("gateway", HOST).port(port).addresses("127.0.0.1")
                .ocspStapling(Endpoint.Requirement.REQUIRED).resumption(Endpoint.Requirement.REQUIRED)
                .alpn(List.of("h2", "http/1.1")).build(), "127.0.0.1");
    }
}
