package dev.tminus.sandbox.dns;

import dev.tminus.checklist.Tags;
import dev.tminus.profile.DnsRecord;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Resolver;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The sandbox's DNS: one authoritative server per {@code authoritative} resolver of the sandbox
 * profile, all serving {@code environments/sandbox-zone.db}, and one caching recursive resolver per
 * {@code recursive} resolver in front of them. The last authoritative server (ns2) plays the
 * secondary that faults make drift from the primary.
 */
public final class DnsSandbox implements SandboxComponent<DnsSetup> {

    /** How long the slow-resolver fault holds back ns2's answers: well above maxLatency. */
    static final long SLOW_MILLIS = 300;

    public static final String ZONE_FILE = "environments/sandbox-zone.db";

    private final Map<String, AuthoritativeServer> authoritative = new LinkedHashMap<>();
    private final List<RecursiveServer> recursive = new ArrayList<>();
    private final List<DnsListener> listeners = new ArrayList<>();
    private ZoneData zone;
    private DnsSection plan;
    private String secondary;

    @Override
    public String name() {
        return "dns";
    }

    @Override
    public Set<String> serves() {
        return Set.of(Tags.DNS, Tags.TLS);
    }

    private final List<Fault<DnsSetup>> faults = DnsFaults.all();

    @Override
    public List<Fault<DnsSetup>> faults() {
        return faults;
    }

    @Override
    public DnsSetup healthySetup() {
        return new DnsSetup();
    }

    @Override
    public void start(SandboxContext context) throws Exception {
        plan = context.profile().dns().orElseThrow(() -> new IllegalStateException("sandbox.yaml has no dns section"));
        zone = ZoneData.read(context.basedir().resolve(ZONE_FILE));
        List<InetSocketAddress> upstreams = new ArrayList<>();
        for (Resolver r : plan.authoritative()) {
            AuthoritativeServer server = new AuthoritativeServer(setup(zone, true, true, 0));
            InetSocketAddress address = new InetSocketAddress(r.address(), r.port());
            listeners.add(new DnsListener(r.name(), address, server));
            authoritative.put(r.name(), server);
            upstreams.add(address);
            secondary = r.name();
        }
        for (Resolver r : plan.recursive()) {
            RecursiveServer server = new RecursiveServer(upstreams);
            listeners.add(new DnsListener(r.name(), new InetSocketAddress(r.address(), r.port()), server));
            recursive.add(server);
        }
    }

    @Override
    public void apply(DnsSetup setup) {
        ZoneData both = setup.everywhere.apply(zone);
        ZoneData second = setup.secondaryOnly.apply(both);
        for (var e : authoritative.entrySet()) {
            boolean isSecondary = e.getKey().equals(secondary) && authoritative.size() > 1;
            AuthoritativeServer.Setup serves = isSecondary
                    ? setup(second, setup.secondaryAuthoritative, setup.regions, setup.secondaryDelayMillis)
                    : setup(both, true, setup.regions, 0);
            if (isSecondary && setup.secondaryGarbles) {
                serves = serves.garbling();
            }
            e.getValue().serve(setup.secondarySilent && isSecondary ? null : serves);
        }
        for (RecursiveServer edge : recursive) {
            edge.flush();
            if (setup.warmEdge) {
                edge.warmUp(launchNames(), Duration.ofSeconds(5));
            }
        }
    }

    private List<Map.Entry<String, Integer>> launchNames() {
        List<Map.Entry<String, Integer>> names = new ArrayList<>();
        for (DnsRecord r : plan.records()) {
            names.add(Map.entry(r.name(), Type.value(r.type())));
        }
        return names;
    }

    private AuthoritativeServer.Setup setup(ZoneData data, boolean aa, boolean withRegions, long delayMillis) {
        List<AuthoritativeServer.RegionAnswer> regions = new ArrayList<>();
        if (withRegions) {
            for (DnsRecord r : plan.records()) {
                Name name = Name.fromConstantString(r.name());
                int type = Type.value(r.type());
                long ttl = data.ttlOf(name, type);
                for (DnsRecord.Region region : r.regions()) {
                    regions.add(new AuthoritativeServer.RegionAnswer(region.subnet(), name, type,
                            region.expect().stream().map(v -> ZoneData.parse(name, type, ttl, v)).toList()));
                }
            }
        }
        return new AuthoritativeServer.Setup(data.zone(), aa, regions, delayMillis, false);
    }

    @Override
    public void close() {
        listeners.forEach(DnsListener::close);
        recursive.forEach(RecursiveServer::close);
        listeners.clear();
        recursive.clear();
        authoritative.clear();
    }
}
