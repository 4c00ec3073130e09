package dev.tminus.profile;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * @param timeout    per query
 * @param attempts   bounded tries per query (1 = no retry)
 * @param maxLatency p95 bound on warm answers, per resolver
 * @param ttl        maximum TTL per launch phase
 * @param zones      zones whose SOA serial and NS set must agree on every authoritative resolver
 */
public record DnsSection(
        Duration timeout,
        int attempts,
        Duration maxLatency,
        Map<Phase, Duration> ttl,
        List<Resolver> resolvers,
        List<DnsRecord> records,
        List<String> zones) {

    public DnsSection {
        ttl = Map.copyOf(ttl);
        resolvers = List.copyOf(resolvers);
        records = List.copyOf(records);
        zones = List.copyOf(zones);
    }

    /** The TTL bound for a record: its own {@code ttl}, else the policy of the phase. */
    public Duration maxTtl(DnsRecord record, Phase phase) {
        return record.ttl().orElseGet(() -> ttl.get(phase));
    }

    public List<Resolver> authoritative() {
        return resolvers.stream().filter(r -> r.role() == Resolver.Role.AUTHORITATIVE).toList();
    }

    public List<Resolver> recursive() {
        return resolvers.stream().filter(r -> r.role() == Resolver.Role.RECURSIVE).toList();
    }
}
