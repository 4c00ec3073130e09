package dev.tminus.profile;

import static java.util.Map.entry;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code dns} section. */
final class DnsReader {

    private static final Map<String, Resolver.Role> ROLES = Values.choices(
            entry("authoritative", Resolver.Role.AUTHORITATIVE), entry("recursive", Resolver.Role.RECURSIVE));
    /** The largest TTL DNS can carry (RFC 2181: 2^31 - 1 seconds). */
    static final Duration MAX_TTL = Duration.ofSeconds(Integer.MAX_VALUE);
    private static final Duration MS = Duration.ofMillis(1);

    private DnsReader() {
    }

    static Optional<DnsSection> read(Node dns) {
        if (!dns.present()) {
            return Optional.empty();
        }
        if (!dns.isMap(Set.of("resolvers", "records"), Set.of("timeout", "attempts", "maxLatency", "ttl", "zones"))) {
            return Optional.empty();
        }
        Duration timeout = dns.get("timeout").duration(MS, Duration.ofMinutes(1), Duration.ofSeconds(2));
        Integer attempts = dns.get("attempts").integer(1, 10, 2);
        Duration maxLatency = dns.get("maxLatency").duration(MS, Duration.ofMinutes(1), Duration.ofMillis(150));
        Map<Phase, Duration> ttl = ttlPolicy(dns.get("ttl"));
        dns.get("resolvers").require("a list of resolvers like {name: ns1, address: 10.0.0.53, role: authoritative}");
        dns.get("records").require("a list of records like {name: login.game.example.com., type: A,"
                + " expect: [192.0.2.1]} ([] for none)");
        List<Resolver> resolvers = dns.get("resolvers").nonEmptyList("resolver", DnsReader::resolver);
        uniqueNames(dns.get("resolvers"), resolvers.stream().map(Resolver::name).toList());
        List<DnsRecord> records = dns.get("records").list(ExpectReader::record);
        uniqueNames(dns.get("records"), records.stream().map(DnsRecord::label).toList());
        List<String> zones = dns.get("zones").list(Literals::absoluteName);
        if (!zones.isEmpty() && !resolvers.isEmpty()
                && resolvers.stream().noneMatch(r -> r.role() == Resolver.Role.AUTHORITATIVE)) {
            dns.get("zones").problem("expected at least one resolver with role: authoritative to compare the zones on,"
                    + " got none");
        }
        if (timeout == null || attempts == null || maxLatency == null || ttl == null) {
            return Optional.empty();
        }
        return Optional.of(new DnsSection(timeout, attempts, maxLatency, ttl, resolvers, records, zones));
    }

    private static Map<Phase, Duration> ttlPolicy(Node node) {
        Map<Phase, Duration> policy = new EnumMap<>(Map.of(
                Phase.PREHEAT, Duration.ofSeconds(300), Phase.SCALE_OUT, Duration.ofSeconds(60),
                Phase.ROLLBACK, Duration.ofSeconds(30)));
        if (!node.present()) {
            return policy;
        }
        Set<String> keys = Set.of(Phase.PREHEAT.key(), Phase.SCALE_OUT.key(), Phase.ROLLBACK.key());
        if (!node.isMap(Set.of(), keys)) {
            return null;
        }
        boolean ok = true;
        for (Phase phase : Phase.values()) {
            Node value = node.get(phase.key());
            if (value.present()) {
                Duration d = ttl(value);
                ok &= d != null;
                if (d != null) {
                    policy.put(phase, d);
                }
            }
        }
        return ok ? policy : null;
    }

    /** A TTL: whole seconds, from 0s to the largest TTL DNS can carry. */
    static Duration ttl(Node node) {
        Duration d = node.duration(Duration.ZERO, MAX_TTL, null);
        if (d != null && d.toMillis() % 1000 != 0) {
            node.problem("expected a TTL in whole seconds like 60s, got " + Node.quote(node.raw()));
            return null;
        }
        return d;
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

    static void uniqueNames(Node list, List<String> names) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name) && reported.add(name)) {
                list.problem("expected unique names, got " + Node.quote(name) + " more than once");
            }
        }
    }

    /** The record types in contract order, each spelled as itself. */
    static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        DnsRecord.TYPES.forEach(t -> types.put(t, t));
        return types;
    }
}
