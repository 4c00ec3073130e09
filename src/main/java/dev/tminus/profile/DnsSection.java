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

    /** A DNS section of these resolvers and records with the defaults of {@code dns:} (timeout 2s, 2 attempts, maxLatency 150ms, the TTL policy 300s/60s/30s, no zones). */
    public static Builder builder(List<Resolver> resolvers, List<DnsRecord> records) {
        return new Builder(resolvers, records);
    }

    /** A copy to change: {@code x.toBuilder().zones(…).build()}. */
    public Builder toBuilder() {
        return new Builder(resolvers, records).timeout(timeout).attempts(attempts).maxLatency(maxLatency).ttl(ttl).zones(zones);
    }

    /** Builds a {@link DnsSection}; every key not set has the value a profile that leaves it out loads with. */
    public static final class Builder {
        private Duration timeout = Duration.ofSeconds(2);
        private int attempts = 2;
        private Duration maxLatency = Duration.ofMillis(150);
        private Map<Phase, Duration> ttl = Map.of(Phase.PREHEAT, Duration.ofSeconds(300), Phase.SCALE_OUT, Duration.ofSeconds(60), Phase.ROLLBACK, Duration.ofSeconds(30));
        private List<Resolver> resolvers;
        private List<DnsRecord> records;
        private List<String> zones = List.of();

        private Builder(List<Resolver> resolvers, List<DnsRecord> records) {
            this.resolvers = resolvers;
            this.records = records;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder maxLatency(Duration maxLatency) {
            this.maxLatency = maxLatency;
            return this;
        }

        public Builder ttl(Map<Phase, Duration> ttl) {
            this.ttl = ttl;
            return this;
        }

        public Builder resolvers(List<Resolver> resolvers) {
            this.resolvers = resolvers;
            return this;
        }

        public Builder records(List<DnsRecord> records) {
            this.records = records;
            return this;
        }

        public Builder zones(List<String> zones) {
            this.zones = zones;
            return this;
        }


        public DnsSection build() {
            return new DnsSection(timeout, attempts, maxLatency, ttl, resolvers, records, zones);
        }
    }
}
