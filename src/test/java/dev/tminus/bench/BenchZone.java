package dev.tminus.bench;

import dev.tminus.sandbox.dns.AuthoritativeServer;
import dev.tminus.sandbox.dns.DnsListener;
import dev.tminus.sandbox.dns.DnsSandbox;
import dev.tminus.sandbox.dns.ZoneData;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * The sandbox zone plus {@code n} generated A records ({@code host-0001.bench.game.tminus.test.}),
 * served by sandbox authoritative servers on free ports of the given loopback addresses: what the
 * DNS benchmark warms up when no real resolver is given.
 */
public final class BenchZone implements AutoCloseable {

    private final List<DnsListener> listeners = new ArrayList<>();
    private final List<InetSocketAddress> endpoints = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    public BenchZone(Path basedir, int n, List<String> addresses) throws IOException {
        ZoneData zone = ZoneData.read(basedir.resolve(DnsSandbox.ZONE_FILE));
        List<Record> records = new ArrayList<>(zone.records());
        for (int i = 1; i <= n; i++) {
            Name name = Name.fromConstantString(String.format("host-%04d.bench.%s", i, zone.origin()));
            byte[] ip = {(byte) 198, 51, (byte) (100 + (i >> 8) % 100), (byte) (i & 0xff)};
            records.add(new ARecord(name, DClass.IN, 60, java.net.InetAddress.getByAddress(ip)));
            names.add(name.toString());
        }
        AuthoritativeServer.Setup setup = new AuthoritativeServer.Setup(new ZoneData(zone.origin(), records).zone(),
                true, List.of(), 0, false);
        for (String address : addresses) {
            DnsListener listener = DnsListener.onFreePort("bench-" + address, address, new AuthoritativeServer(setup));
            listeners.add(listener);
            endpoints.add(listener.address());
        }
    }

    public List<InetSocketAddress> endpoints() {
        return List.copyOf(endpoints);
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    @Override
    public void close() {
        listeners.forEach(DnsListener::close);
    }
}
