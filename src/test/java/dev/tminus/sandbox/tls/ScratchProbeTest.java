package dev.tminus.sandbox.tls;

import dev.tminus.profile.Endpoint;
import dev.tminus.tls.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void scratch() throws Exception {
        Instant now = Instant.now();
        SandboxPki pki = new SandboxPki(now);
        Path pem = Path.of("target/scratch/ca.pem");
        pki.writeTrustStore(pem);
        try (OcspResponder ocsp = new OcspResponder(pki.issuing(), "127.0.0.1")) {
            var cred = pki.issue(LeafSpec.healthy("gateway.game.tminus.test", now, ocsp.url()));
            var mode = new ServerMode(() -> ServerContexts.of(cred), List.of("h2", "http/1.1"), false, ServerMode.Wire.TLS);
            var ctx = ServerContexts.of(cred);
            var shared = new ServerMode(() -> ctx, List.of("h2", "http/1.1"), false, ServerMode.Wire.TLS);
            try (TlsServer server = new TlsServer("127.0.0.1", 0, shared);
                 TlsProbe probe = new TlsProbe(Duration.ofSeconds(2), TrustMaterial.load(Optional.of(pem)), Clock.systemUTC(), 4)) {
                Endpoint ep = new Endpoint("gateway", "gateway.game.tminus.test", server.port(),
                        new Endpoint.Addresses.Listed(List.of("127.0.0.1")), Optional.empty(),
                        Endpoint.Requirement.REQUIRED, Endpoint.Requirement.REQUIRED, List.of("h2", "http/1.1"));
                long t = System.nanoTime();
                var insp = probe.inspect(new TlsTarget(ep, "127.0.0.1"));
                System.out.println("took " + (System.nanoTime() - t) / 1e6 + "ms");
                System.out.println(insp);
                server.mode(mode);
                System.out.println(probe.inspect(new TlsTarget(ep, "127.0.0.1")).resumption());
                server.mode(new ServerMode(() -> ctx, List.of(), true, ServerMode.Wire.TLS));
                System.out.println(probe.inspect(new TlsTarget(ep, "127.0.0.1")).protocols());
                ocsp.revoke(cred.leaf().getSerialNumber());
                var ctx2 = ServerContexts.of(cred);
                server.mode(new ServerMode(() -> ctx2, List.of(), false, ServerMode.Wire.TLS));
                System.out.println(probe.inspect(new TlsTarget(ep, "127.0.0.1")).handshake());
                server.mode(new ServerMode(() -> ctx2, List.of(), false, ServerMode.Wire.STALL));
                System.out.println(probe.inspect(new TlsTarget(ep, "127.0.0.1")).handshake());
                server.mode(new ServerMode(() -> ctx2, List.of(), false, ServerMode.Wire.NOT_TLS));
                System.out.println(probe.inspect(new TlsTarget(ep, "127.0.0.1")).handshake());
            }
        }
    }
}
