package dev.tminus.sandbox.tls;

import dev.tminus.checklist.Tags;
import dev.tminus.profile.DnsRecord;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.Profile;
import dev.tminus.profile.TlsSection;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The TLS part of staging-in-a-box: a generated PKI, one JSSE server per address of each endpoint of
 * the sandbox profile (the addresses the sandbox DNS serves for its host), an OCSP responder the
 * servers staple from, session resumption and ALPN. Faults swap what each server serves.
 */
public final class TlsSandbox implements SandboxComponent {

    private final Map<String, TlsServer> servers = new LinkedHashMap<>();
    private SandboxPki pki;
    private OcspResponder ocsp;
    private Endpoint endpoint;

    @Override
    public String name() {
        return "tls";
    }

    @Override
    public Set<String> serves() {
        return Set.of(Tags.TLS);
    }

    @Override
    public List<Fault> faults() {
        return TlsFaults.all();
    }

    @Override
    public void start(SandboxContext context) throws Exception {
        TlsSection tls = context.profile().tls().orElseThrow(() -> new IllegalStateException("sandbox.yaml has no tls section"));
        endpoint = tls.endpoints().get(0);
        pki = new SandboxPki(Instant.now());
        Path pem = context.basedir().resolve(tls.trustStore().orElseThrow(
                () -> new IllegalStateException("sandbox.yaml: tls.trustStore must name the sandbox CA file")));
        pki.writeTrustStore(pem);
        ocsp = new OcspResponder(pki.issuing(), "127.0.0.1");
        ServerMode healthy = plan(Set.of()).get(null);
        for (String address : addresses(context.profile())) {
            servers.put(address, new TlsServer(address, endpoint.port(), healthy));
        }
    }

    /** The addresses to serve: the endpoint's list, else what the sandbox DNS answers for its host. */
    static List<String> addresses(Profile profile) {
        Endpoint e = profile.tls().orElseThrow().endpoints().get(0);
        if (e.addresses() instanceof Endpoint.Addresses.Listed listed) {
            return listed.addresses();
        }
        return profile.dns().stream().flatMap(d -> d.records().stream())
                .filter(r -> r.name().equals(e.host() + ".") && r.type().equals("A"))
                .map(DnsRecord::expect).findFirst()
                .orElseThrow(() -> new IllegalStateException("sandbox.yaml: no A record for " + e.host()));
    }

    @Override
    public void apply(Set<String> faults) throws Exception {
        ocsp.reset();
        ocsp.refuse(faults.contains(TlsFaults.STAPLING_OFF));
        Map<String, ServerMode> plan = plan(faults);
        for (Map.Entry<String, TlsServer> server : servers.entrySet()) {
            server.getValue().mode(plan.getOrDefault(server.getKey(), plan.get(null)));
        }
    }

    /** What each address serves under these faults; the {@code null} key is every other address. */
    private Map<String, ServerMode> plan(Set<String> faults) throws Exception {
        Instant now = Instant.now();
        LeafSpec spec = LeafSpec.healthy(endpoint.host(), now, ocsp.url());
        if (faults.contains(TlsFaults.EXPIRED)) {
            spec = spec.validity(now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(1)));
        }
        if (faults.contains(TlsFaults.EXPIRING)) {
            spec = spec.validity(now.minus(Duration.ofDays(80)), now.plus(Duration.ofDays(10)));
        }
        if (faults.contains(TlsFaults.NOT_YET_VALID)) {
            spec = spec.validity(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(92)));
        }
        if (faults.contains(TlsFaults.WRONG_SAN)) {
            spec = spec.names(List.of("legacy.game.tminus.test"));
        }
        if (faults.contains(TlsFaults.WEAK_KEY)) {
            spec = spec.key("RSA", 1024, "SHA256withECDSA");
        }
        if (faults.contains(TlsFaults.SHA1)) {
            spec = spec.key("EC", 256, "SHA1withECDSA");
        }
        if (faults.contains(TlsFaults.NO_OCSP_URL)) {
            spec = spec.withoutOcsp();
        }
        if (faults.contains(TlsFaults.DHE_RSA_ONLY)) {
            spec = spec.key("RSA", 2048, "SHA256withECDSA");
        }
        if (faults.contains(TlsFaults.UNTRUSTED_ISSUER)) {
            spec = spec.rogueIssuer();
        }
        SandboxPki.Credential credential = pki.issue(spec);
        if (faults.contains(TlsFaults.MISSING_INTERMEDIATE)) {
            credential = credential.leafOnly();
        }
        if (faults.contains(TlsFaults.REVOKED_STAPLE)) {
            ocsp.revoke(credential.leaf().getSerialNumber());
        }
        List<String> alpn = faults.contains(TlsFaults.NO_ALPN) ? List.of() : List.of("h2", "http/1.1");
        boolean legacy = faults.contains(TlsFaults.LEGACY_PROTOCOL);
        Map<String, ServerMode> plan = new java.util.HashMap<>();
        plan.put(null, variant(faults, mode(credential, faults.contains(TlsFaults.RESUMPTION_OFF), alpn, legacy,
                faults.contains(TlsFaults.LEGACY_ONLY) ? ServerMode.Wire.LEGACY_ONLY : ServerMode.Wire.TLS)));
        List<String> addresses = new ArrayList<>(servers.keySet());
        String last = addresses.isEmpty() ? null : addresses.get(addresses.size() - 1);
        if (faults.contains(TlsFaults.STALE_ADDRESS)) {
            SandboxPki.Credential stale = pki.issue(LeafSpec.healthy(endpoint.host(), now, ocsp.url())
                    .validity(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(60))));
            plan.put(last, mode(stale, false, alpn, legacy, ServerMode.Wire.TLS));
        }
        if (faults.contains(TlsFaults.NOT_TLS)) {
            plan.put(last, mode(credential, false, alpn, legacy, ServerMode.Wire.NOT_TLS));
        }
        if (faults.contains(TlsFaults.STALL)) {
            plan.put(last, mode(credential, false, alpn, legacy, ServerMode.Wire.STALL));
        }
        if (faults.contains(TlsFaults.REFUSED_ALERT)) {
            plan.put(last, plan.get(null).wire(ServerMode.Wire.ALERT));
        }
        if (faults.contains(TlsFaults.NO_SERVER)) {
            plan.put(last, plan.get(null).wire(ServerMode.Wire.ABSENT));
        }
        return plan;
    }

    /** Cipher suites and key exchange: weak suites and a small DH group on the wire, or a DHE-RSA-only JSSE server. */
    private static ServerMode variant(Set<String> faults, ServerMode mode) {
        if (faults.contains(TlsFaults.WEAK_CIPHER)) {
            mode = mode.weak(Set.of(0x000a, 0x0005), 0);
        }
        if (faults.contains(TlsFaults.DH1024)) {
            mode = mode.weak(Set.of(), 1024);
        }
        if (faults.contains(TlsFaults.DHE_RSA_ONLY)) {
            mode = mode.jsse(List.of("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"),
                    List.of("TLSv1.2"));
        }
        return mode;
    }

    private static ServerMode mode(SandboxPki.Credential credential, boolean freshContextEachTime, List<String> alpn,
                                   boolean legacy, ServerMode.Wire wire) {
        if (freshContextEachTime) {
            return new ServerMode(() -> ServerContexts.of(credential), alpn, legacy, wire);
        }
        SSLContext shared = ServerContexts.of(credential);
        return new ServerMode(() -> shared, alpn, legacy, wire);
    }

    @Override
    public void close() {
        servers.values().forEach(TlsServer::close);
        servers.clear();
        if (ocsp != null) {
            ocsp.close();
        }
    }
}
