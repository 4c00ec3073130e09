package dev.tminus.bench;

import dev.tminus.profile.Endpoint;
import dev.tminus.sandbox.tls.LeafSpec;
import dev.tminus.sandbox.tls.OcspResponder;
import dev.tminus.sandbox.tls.SandboxPki;
import dev.tminus.sandbox.tls.ServerContexts;
import dev.tminus.sandbox.tls.ServerMode;
import dev.tminus.sandbox.tls.TlsServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Healthy sandbox TLS servers for the benchmark: the sandbox PKI, stapling, resumption and ALPN, on
 * the given loopback addresses at one free port, apart from a running sandbox.
 */
public final class BenchServers implements AutoCloseable {

    private final List<TlsServer> servers = new ArrayList<>();
    private final OcspResponder ocsp;
    private final Endpoint endpoint;
    private final Path trustStore;

    public BenchServers(String host, List<String> addresses, Path workDir) throws Exception {
        SandboxPki pki = new SandboxPki(Instant.now());
        trustStore = workDir.resolve("bench-ca.pem");
        pki.writeTrustStore(trustStore);
        ocsp = new OcspResponder(pki.issuing(), "127.0.0.1");
        SSLContext context = ServerContexts.of(pki.issue(LeafSpec.healthy(host, Instant.now(), ocsp.url())));
        ServerMode mode = new ServerMode(() -> context, List.of("h2", "http/1.1"), false, ServerMode.Wire.TLS);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(addresses.get(0)))) {
            port = probe.getLocalPort();
        }
        for (String address : addresses) {
            servers.add(new TlsServer(address, port, mode));
        }
        endpoint = Endpoint.builder("bench", host).port(port).addresses(new Endpoint.Addresses.Listed(addresses))
                .ocspStapling(Endpoint.Requirement.REQUIRED).resumption(Endpoint.Requirement.REQUIRED)
                .alpn(List.of("h2", "http/1.1")).build();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The PEM file with the bench root, to trust. */
    public Path trustStore() {
        return trustStore;
    }

    @Override
    public void close() {
        servers.forEach(TlsServer::close);
        ocsp.close();
    }
}
