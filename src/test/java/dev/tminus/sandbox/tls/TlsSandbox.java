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
public final class TlsSandbox implements SandboxComponent<TlsSetup> {

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

    private final List<Fault<TlsSetup>> faults = TlsFaults.all();

    @Override
    public List<Fault<TlsSetup>> faults() {
        return faults;
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
        ServerMode healthy = plan(new TlsSetup()).get(null);
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

    /**
     * A server context with a healthy leaf for {@code host} from the sandbox PKI (the one
     * {@code tls.trustStore} trusts), for another part of the sandbox that serves TLS (the wss gateway).
     */
    public SSLContext serverContextFor(String host) throws Exception {
        return ServerContexts.of(pki.issue(LeafSpec.healthy(host, Instant.now(), ocsp.url())));
    }

    /** The sandbox PKI, for other components' TLS servers (trusted through the profile's {@code tls.trustStore}). */
    public SandboxPki pki() {
        return pki;
    }

    @Override
    public TlsSetup healthySetup() {
        return new TlsSetup();
    }

    @Override
    public void apply(TlsSetup setup) throws Exception {
        ocsp.reset();
        ocsp.refuse(setup.ocspRefuses);
        Map<String, ServerMode> plan = plan(setup);
        for (Map.Entry<String, TlsServer> server : servers.entrySet()) {
            server.getValue().mode(plan.getOrDefault(server.getKey(), plan.get(null)));
        }
    }

    /** What each address serves under this setup; the {@code null} key is every other address. */
    private Map<String, ServerMode> plan(TlsSetup setup) throws Exception {
        Instant now = Instant.now();
        SandboxPki.Credential credential = pki.issue(setup.leaf.apply(LeafSpec.healthy(endpoint.host(), now, ocsp.url())));
        if (setup.leafOnly) {
            credential = credential.leafOnly();
        }
        if (setup.revokeServedLeaf) {
            ocsp.revoke(credential.leaf().getSerialNumber());
        }
        List<String> alpn = setup.alpn;
        boolean legacy = setup.acceptLegacy;
        Map<String, ServerMode> plan = new java.util.HashMap<>();
        plan.put(null, setup.suites.apply(mode(credential, setup.freshContextEachTime, alpn, legacy, setup.wire)));
        List<String> addresses = new ArrayList<>(servers.keySet());
        String last = addresses.isEmpty() ? null : addresses.get(addresses.size() - 1);
        switch (setup.lastAddress) {
            case SAME -> { }
            case STALE_CERTIFICATE -> {
                SandboxPki.Credential stale = pki.issue(LeafSpec.healthy(endpoint.host(), now, ocsp.url())
                        .validity(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(60))));
                plan.put(last, mode(stale, false, alpn, legacy, ServerMode.Wire.TLS));
            }
            case NOT_TLS -> plan.put(last, mode(credential, false, alpn, legacy, ServerMode.Wire.NOT_TLS));
            case STALL -> plan.put(last, mode(credential, false, alpn, legacy, ServerMode.Wire.STALL));
            case ALERT -> plan.put(last, plan.get(null).wire(ServerMode.Wire.ALERT));
            case ABSENT -> plan.put(last, plan.get(null).wire(ServerMode.Wire.ABSENT));
        }
        return plan;
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
