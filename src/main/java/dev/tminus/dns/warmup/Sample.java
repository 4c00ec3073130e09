package dev.tminus.dns.warmup;

import dev.tminus.dns.DnsAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one question got: an answer, or why none came (a timeout, an unreachable server, garbage).
 *
 * @param at when the answer (or the failure) arrived
 */
public record Sample(Question question, Optional<DnsAnswer> answer, Optional<String> failure, Instant at) {

    static final List<String> ANSWERED = List.of("NOERROR", "NXDOMAIN");

    static Sample of(Question q, DnsAnswer a, Instant at) {
        return new Sample(q, Optional.of(a), Optional.empty(), at);
    }

    static Sample failed(Question q, String why, Instant at) {
        return new Sample(q, Optional.empty(), Optional.of(why), at);
    }

    /** No usable answer: no answer at all, or SERVFAIL, REFUSED and the like. */
    public boolean failedToAnswer() {
        return answer.map(a -> !ANSWERED.contains(a.rcode())).orElse(true);
    }

    /** The resolver could not be asked at all (timeout, unreachable, garbage). */
    public boolean unreachable() {
        return answer.isEmpty();
    }

    public boolean resolves() {
        return answer.map(DnsAnswer::resolves).orElse(false);
    }

    public OptionalLong ttl() {
        return answer.map(DnsAnswer::maxTtl).orElse(OptionalLong.empty());
    }

    public Optional<Duration> latency() {
        return answer.map(DnsAnswer::latency);
    }

    /**
     * As DNS-08 judges a first answer: from the cache when its TTL has counted down below the
     * authoritative TTL. Empty when it cannot be told (no records, or no reference TTL).
     */
    public Optional<Boolean> fromCache(OptionalLong referenceTtl) {
        OptionalLong ttl = ttl();
        if (!resolves() || ttl.isEmpty() || referenceTtl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ttl.getAsLong() < referenceTtl.getAsLong());
    }

    /** {@code NOERROR with 2 A records}, or the failure's first sentence. */
    public String summary() {
        return answer.map(DnsAnswer::summary).orElseGet(() -> failure.orElse("no answer"));
    }
}
