package dev.tminus.profile;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code dns} section. */
final class DnsReader {

    private static final Map<String, Resolver.Role> ROLES = Map.of(
            "authoritative", Resolver.Role.AUTHORITATIVE, "recursive", Resolver.Role.RECURSIVE);

    private DnsReader() {
    }

    static Optional<DnsSection> read(Node dns) {
        if (!dns.present()) {
            return Optional.empty();
        }
        if (!dns.isMap(Set.of("resolvers", "records"),
                Set.of("timeout", "attempts", "maxLatency", "ttl", "zones"))) {
            return Optional.empty();
        }
        Duration timeout = dns.get("timeout").duration(Duration.ofSeconds(2));
        Integer attempts = dns.get("attempts").integer(1, 10, 2);
        Duration maxLatency = dns.get("maxLatency").duration(Duration.ofMillis(150));
        Map<Phase, Duration> ttl = ttlPolicy(dns.get("ttl"));
        List<Resolver> resolvers = dns.get("resolvers").list(DnsReader::resolver);
        if (dns.get("resolvers").present() && dns.get("resolvers").items().isEmpty()) {
            dns.get("resolvers").problem("expected at least one resolver, got an empty list");
        }
        uniqueNames(dns.get("resolvers"), resolvers.stream().map(Resolver::name).toList());
        List<DnsRecord> records = dns.get("records").list(DnsReader::record);
        List<String> zones = dns.get("zones").list(Literals::absoluteName);
        return Optional.of(new DnsSection(timeout, attempts == null ? 2 : attempts, maxLatency, ttl, resolvers,
                records, zones));
    }

    private static Map<Phase, Duration> ttlPolicy(Node node) {
        Map<Phase, Duration> defaults = new EnumMap<>(Map.of(
                Phase.PREHEAT, Duration.ofSeconds(300), Phase.SCALE_OUT, Duration.ofSeconds(60),
                Phase.ROLLBACK, Duration.ofSeconds(30)));
        if (!node.present()) {
            return defaults;
        }
        Set<String> keys = Set.copyOf(Arrays.stream(Phase.values()).map(Phase::key).toList());
        if (node.isMap(Set.of(), keys)) {
            for (Phase phase : Phase.values()) {
                Node value = node.get(phase.key());
                if (value.present()) {
                    Duration d = value.duration();
                    if (d != null) {
                        defaults.put(phase, d);
                    }
                }
            }
        }
        return defaults;
    }

    private static Resolver resolver(Node node) {
        if (!node.isMap(Set.of("name", "address"), Set.of("port", "role"))) {
            return null;
        }
        String name = node.get("name").requiredText("a resolver name like ns1");
        String address = Literals.address(node.get("address"));
        Integer port = node.get("port").integer(1, 65535, 53);
        Resolver.Role role = node.get("role").oneOf(ROLES, Resolver.Role.RECURSIVE);
        if (name == null || address == null || port == null || role == null) {
            return null;
        }
        return new Resolver(name, address, port, role);
    }

    private static DnsRecord record(Node node) {
        if (!node.isMap(Set.of("name", "type", "expect"), Set.of("ttl", "regions"))) {
            return null;
        }
        String name = Literals.absoluteName(node.get("name"));
        Map<String, String> types = new LinkedHashMap<>();
        DnsRecord.TYPES.forEach(t -> types.put(t, t));
        String type = node.get("type").oneOf(types, null);
        List<String> expect = expectations(node.get("expect"), type);
        Optional<Duration> ttl = node.get("ttl").optionalDuration();
        List<DnsRecord.Region> regions = node.get("regions").list(r -> region(r, type));
        if (name == null || type == null) {
            return null;
        }
        return new DnsRecord(name, type, expect, ttl, regions);
    }

    private static DnsRecord.Region region(Node node, String type) {
        if (!node.isMap(Set.of("subnet", "expect"), Set.of())) {
            return null;
        }
        String subnet = Literals.subnet(node.get("subnet"));
        List<String> expect = expectations(node.get("expect"), type);
        return subnet == null ? null : new DnsRecord.Region(subnet, expect);
    }

    /** The planned answer set: addresses must be literals for A and AAAA, names absolute for CNAME/NS. */
    private static List<String> expectations(Node node, String type) {
        if (!node.present()) {
            return List.of();
        }
        if (node.isList() && node.items().isEmpty()) {
            node.problem("expected at least one planned value, got an empty list");
        }
        return node.list(item -> {
            if ("A".equals(type) || "AAAA".equals(type)) {
                String a = Literals.address(item);
                if (a != null && "A".equals(type) == a.contains(":")) {
                    item.problem("expected an " + ("A".equals(type) ? "IPv4" : "IPv6") + " address for a "
                            + type + " record, got " + Node.quote(a));
                    return null;
                }
                return a;
            }
            if ("CNAME".equals(type) || "NS".equals(type)) {
                return Literals.absoluteName(item);
            }
            return item.requiredText("the record data as a zone file writes it");
        });
    }

    static void uniqueNames(Node list, List<String> names) {
        Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                list.problem("expected unique names, got " + Node.quote(name) + " twice");
            }
        }
    }
}
