package dev.tminus.dns.warmup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One resolver in one phase (before: the first answers; after: the warm round), as the seed's table
 * counts it: latency percentiles of the answers, the share served from the cache, the failures.
 *
 * @param cached  answers whose TTL had counted down below the reference TTL
 * @param judged  answers that could be judged (records of the asked type and a reference TTL)
 * @param failed  questions without a usable answer (no answer, SERVFAIL, REFUSED ...)
 */
public record PhaseStats(int queries, OptionalDouble p50Millis, OptionalDouble p95Millis, int cached, int judged, int failed) {

    public static PhaseStats of(List<Sample> samples, Map<String, OptionalLong> referenceTtl) {
        List<Double> millis = samples.stream().map(Sample::latency).flatMap(Optional::stream)
                .map(PhaseStats::millis).sorted().toList();
        int cached = 0;
        int judged = 0;
        for (Sample s : samples) {
            Optional<Boolean> hit = s.fromCache(referenceTtl.getOrDefault(s.question().key(), OptionalLong.empty()));
            if (hit.isPresent()) {
                judged++;
                cached += hit.get() ? 1 : 0;
            }
        }
        int failed = (int) samples.stream().filter(Sample::failedToAnswer).count();
        return new PhaseStats(samples.size(), percentile(millis, 0.50), percentile(millis, 0.95), cached, judged, failed);
    }

    static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }

    /** Nearest rank. */
    static OptionalDouble percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return OptionalDouble.of(sorted.get(Math.max(0, rank - 1)));
    }

    /** Share of judged answers served from the cache; empty when none could be judged. */
    public OptionalDouble cacheShare() {
        return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cached / judged);
    }

    public double failureShare() {
        return queries == 0 ? 0 : (double) failed / queries;
    }
}
