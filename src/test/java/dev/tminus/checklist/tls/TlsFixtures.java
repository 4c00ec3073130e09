package dev.tminus.checklist.tls;

import dev.tminus.profile.Endpoint;
import dev.tminus.fixture.TestProfiles;
import dev.tminus.profile.Profile;
import dev.tminus.profile.TlsSection;
import dev.tminus.tls.CertificateChain;
import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.KeyExchange;
import dev.tminus.tls.OcspStaple;
import dev.tminus.check.Fact;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsInspection;
import dev.tminus.tls.TlsTarget;
import dev.tminus.tls.TrustVerdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Facts as a staging environment would give them, for self-tests of the TLS assertions. */
final class TlsFixtures {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final Endpoint GATEWAY = new Endpoint("gateway", "gateway.game.example.com", 443,
            new Endpoint.Addresses.All(), Optional.of(Pattern.compile("Let's Encrypt")), Endpoint.Requirement.REQUIRED,
            Endpoint.Requirement.REQUIRED, List.of("h2", "http/1.1"));
    static final TlsTarget AT_11 = new TlsTarget(GATEWAY, "10.0.0.11");
    static final TlsTarget AT_12 = new TlsTarget(GATEWAY, "10.0.0.12");

    private TlsFixtures() {
    }

    static CertificateInfo leaf(Instant notAfter) {
        return new CertificateInfo("CN=gateway.game.example.com", List.of("gateway.game.example.com"),
                "CN=R3,O=Let's Encrypt,C=US", "4a1f", Instant.parse("2026-09-20T08:14:00Z"), notAfter,
                "AB:CD:01", "EC", 256, "SHA256withECDSA", Optional.of("http://r3.o.lencr.org"), false, false);
    }

    static CertificateInfo intermediate() {
        return new CertificateInfo("CN=R3,O=Let's Encrypt,C=US", List.of(), "CN=ISRG Root X1,O=ISRG,C=US", "91",
                Instant.parse("2020-09-04T00:00:00Z"), Instant.parse("2027-09-15T16:00:00Z"), "CC:DD:02", "RSA", 2048,
                "SHA256withRSA", Optional.empty(), false, true);
    }

    static TlsHandshake handshake(TlsTarget at, CertificateChain chain, Optional<OcspStaple> staple,
                                  Optional<String> alpn) {
        return new TlsHandshake(at, chain, TrustVerdict.ok(), "TLSv1.3", "TLS_AES_128_GCM_SHA256", alpn, staple,
                Duration.ofMillis(12));
    }

    static TlsHandshake healthy(TlsTarget at) {
        return handshake(at, chain(leaf(Instant.parse("2027-02-28T08:14:00Z"))), Optional.of(goodStaple()),
                Optional.of("h2"));
    }

    static CertificateChain chain(CertificateInfo leaf) {
        return new CertificateChain(List.of(leaf, intermediate()), true, Optional.of("CN=ISRG Root X1,O=ISRG,C=US"));
    }

    static OcspStaple goodStaple() {
        return new OcspStaple(OcspStaple.Status.GOOD, Optional.of(NOW.minusSeconds(3600)),
                Optional.of(NOW.plusSeconds(86400)), Optional.empty(), "");
    }

    static TlsFacts facts(Optional<Instant> t0, TlsHandshake... handshakes) {
        TlsSection tls = TlsSection.builder(List.of(GATEWAY))
                .trustStore(Optional.of(Path.of("environments/certs/staging-ca.pem"))).build();
        Profile profile = TestProfiles.staging(t0).tls(tls).build();
        Map<TlsTarget, TlsInspection> items = new LinkedHashMap<>();
        for (TlsHandshake h : handshakes) {
            items.put(h.target(), new TlsInspection(h.target(), Fact.of(h), Fact.of(new Resumption(4, 4)),
                    Fact.of(List.of(new ProtocolOffer("TLSv1.2", true, "ServerHello TLSv1.2"))),
                    Fact.of(KeyExchange.strong())));
        }
        return new TlsFacts(profile, NOW, items);
    }
}
