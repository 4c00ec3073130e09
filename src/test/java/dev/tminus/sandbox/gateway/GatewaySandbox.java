package dev.tminus.sandbox.gateway;

import dev.tminus.checklist.Tags;
import dev.tminus.profile.DnsRecord;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.Gateway;
import dev.tminus.profile.Profile;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import dev.tminus.sandbox.dns.DnsSandbox;
import dev.tminus.sandbox.tls.TlsSandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * The WebSocket gateway in a box: one backend per address of each gateway of the sandbox profile
 * (the addresses the sandbox DNS serves for its host, 127.0.0.11–13), {@code wss} with a leaf from the
 * sandbox PKI (the one {@code tls.trustStore} trusts) and {@code ws}, and a silent port on each
 * address. Faults change what the backends (or the last of them) do.
 *
 * <p>The backends are hand-rolled over {@link ServerSocket} rather than Jetty's WebSocket server:
 * every fault is a byte-level misbehaviour (a 101 with the wrong subprotocol, a plain 200 on the
 * upgrade path, pings left unanswered, a drop without a close frame) that a conforming server
 * library does not offer and would have to be fought into, and a dozen server jars would join the
 * test classpath for it. The checks' agreement with an independent implementation is shown against
 * real servers ({@code scripts/real-gateway.sh}: python3-websockets, behind nginx for wss).
 */
public final class GatewaySandbox implements SandboxComponent<GatewaySetup> {

    private final List<Fault<GatewaySetup>> faults = GatewayFaults.all();
    /** Every backend, and whether it is the last address of its gateway. */
    private final Map<GatewayServer, Boolean> servers = new LinkedHashMap<>();
    private final List<AutoCloseable> silent = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public Set<String> serves() {
        return Set.of(Tags.GATEWAY);
    }

    @Override
    public List<Fault<GatewaySetup>> faults() {
        return faults;
    }

    @Override
    public void start(SandboxContext context) throws Exception {
        Profile profile = context.profile();
        context.component(DnsSandbox.class); // the gateways' host resolves through the sandbox DNS
        Set<String> silentAddresses = new java.util.LinkedHashSet<>();
        for (Gateway gateway : profile.gateways()) {
            SSLContext tls = gateway.secure() ? context.component(TlsSandbox.class).serverContextFor(gateway.host()) : null;
            List<String> addresses = addresses(profile, gateway);
            for (int i = 0; i < addresses.size(); i++) {
                boolean last = i == addresses.size() - 1 && addresses.size() > 1;
                GatewayServer server = new GatewayServer(addresses.get(i), gateway.port(), tls,
                        behaviour(new GatewaySetup(), last));
                servers.put(server, last);
            }
            silentAddresses.addAll(addresses);
        }
        for (String address : silentAddresses) {
            silent(address);
        }
    }

    /** The gateway's list, else what the sandbox DNS answers for its host (its A record in the profile). */
    static List<String> addresses(Profile profile, Gateway gateway) {
        if (gateway.addresses() instanceof Endpoint.Addresses.Listed listed) {
            return listed.addresses();
        }
        return profile.dns().stream().flatMap(d -> d.records().stream())
                .filter(r -> r.name().equals(gateway.host() + ".") && r.type().equals("A"))
                .map(DnsRecord::expect).findFirst()
                .orElseThrow(() -> new IllegalStateException("sandbox.yaml: no A record for " + gateway.host()));
    }

    /** Accepts and holds connections, never reads or writes: a hung backend or a firewall swallowing packets. */
    private void silent(String address) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), GatewayFaults.SILENT_PORT), 50);
        silent.add(socket);
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket held = socket.accept();
                    silent.add(held);
                } catch (IOException e) {
                    // closed
                }
            }
        }, "sandbox-gateway-silent " + address);
        t.setDaemon(true);
        t.start();
    }

    private static GatewayServer.Behaviour behaviour(GatewaySetup setup, boolean last) {
        return new GatewayServer.Behaviour(setup.subprotocol, setup.pongs, setup.heartbeatDelay.toMillis(),
                last ? setup.lastAddressBuild : setup.build, last && setup.lastAddressPlainHttp,
                setup.closeAfter == null ? 0 : setup.closeAfter.toMillis(), setup.closeFrame);
    }

    @Override
    public GatewaySetup healthySetup() {
        return new GatewaySetup();
    }

    @Override
    public void apply(GatewaySetup setup) {
        servers.forEach((server, last) -> server.behave(behaviour(setup, last)));
    }

    @Override
    public void close() {
        servers.keySet().forEach(GatewayServer::close);
        servers.clear();
        new ArrayList<>(silent).forEach(c -> {
            try {
                c.close();
            } catch (Exception ignored) {
                // already closed
            }
        });
        silent.clear();
    }
}
