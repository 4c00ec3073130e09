package dev.tminus.dns.warmup;

import dev.tminus.dns.Targets;
import dev.tminus.profile.DnsRecord;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Resolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The warm-up: asks every record of the profile on every {@code recursive} resolver (the first
 * answers: the cache as it was), then the A and AAAA of every CNAME, SRV, MX or NS target those
 * answers name, waits {@code settle} so a cached TTL shows counted down, and asks everything again
 * (the warm round). Authoritative resolvers are only asked once per name, for the reference TTL;
 * they are not warmed. Only queries are sent.
 */
public final class WarmUpEngine {

    /** Waits; a seam for tests. Returns false when told to stop. */
    public interface Sleeper {
        boolean sleep(Duration d) throws InterruptedException;
    }

    /** Past one second, so a TTL counted in whole seconds shows counted down on a cache hit. */
    public static final Duration SETTLE = Duration.ofMillis(1100);

    private final DnsSection dns;
    private final Asker asker;
    private final Clock clock;
    private final Sleeper sleeper;

    WarmUpEngine(DnsSection dns, Asker asker, Clock clock, Sleeper sleeper) {
        this.dns = dns;
        this.asker = asker;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public WarmUpResult run(String env) throws InterruptedException {
        Instant started = clock.instant();
        List<Resolver> recursive = dns.recursive();
        if (recursive.isEmpty()) {
            return new WarmUpResult(env, started, clock.instant(), List.of(), Map.of(), false, SETTLE,
                    dns.records().size(), List.of(), false);
        }
        List<Question> records = new ArrayList<>();
        for (DnsRecord r : dns.records()) {
            records.add(new Question(recursive.get(0), r.name(), r.type(), false));
        }
        // the authoritative TTLs first: the reference, and the probe's first (slowest) queries are not the cold ones
        Map<String, OptionalLong> reference = new HashMap<>(authoritativeTtl(records));
        Map<Resolver, List<Sample>> cold = new LinkedHashMap<>();
        on(recursive, records, cold);
        List<Question> flat = new ArrayList<>();
        for (Resolver res : recursive) {
            flat.addAll(targetsOf(cold.get(res)));
        }
        asker.ask(flat).forEach(s -> cold.get(s.question().resolver()).add(s));
        Set<String> keys = new LinkedHashSet<>();
        records.forEach(q -> keys.add(q.key()));
        List<Question> targets = new ArrayList<>();
        cold.values().forEach(list -> list.forEach(s -> {
            if (keys.add(s.question().key())) {
                targets.add(s.question());
            }
        }));
        reference.putAll(authoritativeTtl(targets));
        boolean fromAuthority = !dns.authoritative().isEmpty();

        List<ResolverOutcome> outcomes = new ArrayList<>();
        Map<Resolver, String> unreachable = new HashMap<>();
        List<Question> again = new ArrayList<>();
        Instant filled = started;
        for (var e : cold.entrySet()) {
            List<Sample> samples = e.getValue();
            if (!samples.isEmpty() && samples.stream().allMatch(Sample::unreachable)) {
                unreachable.put(e.getKey(), samples.get(0).failure().orElse("no answer"));
            } else {
                samples.forEach(s -> again.add(s.question()));
            }
            for (Sample s : samples) {
                filled = s.at().isAfter(filled) ? s.at() : filled;
            }
        }
        Map<Resolver, List<Sample>> warm = new LinkedHashMap<>();
        recursive.forEach(r -> warm.put(r, new ArrayList<>()));
        if (!again.isEmpty()) {
            Duration wait = Duration.between(clock.instant(), filled.plus(SETTLE));
            if (wait.isNegative() || sleeper.sleep(wait)) {
                asker.ask(again).forEach(s -> warm.get(s.question().resolver()).add(s));
            }
        }
        for (Resolver r : recursive) {
            outcomes.add(new ResolverOutcome(r, cold.get(r), warm.get(r), Optional.ofNullable(unreachable.get(r))));
        }
        if (!fromAuthority) {
            reference = longestSeen(outcomes);
        }
        return new WarmUpResult(env, started, clock.instant(), outcomes, reference, fromAuthority, SETTLE,
                dns.records().size(), List.of(), false);
    }

    private void on(List<Resolver> resolvers, List<Question> questions, Map<Resolver, List<Sample>> into)
            throws InterruptedException {
        List<Question> all = new ArrayList<>();
        for (Resolver r : resolvers) {
            into.put(r, new ArrayList<>());
            questions.forEach(q -> all.add(q.on(r)));
        }
        asker.ask(all).forEach(s -> into.get(s.question().resolver()).add(s));
    }

    /** A and AAAA of every target the resolver's answers name, unless a record of the profile asks it already. */
    private static List<Question> targetsOf(List<Sample> samples) {
        Set<String> asked = new LinkedHashSet<>();
        samples.forEach(s -> asked.add(s.question().key()));
        List<Question> out = new ArrayList<>();
        for (Sample s : samples) {
            if (s.answer().isEmpty()) {
                continue;
            }
            for (String name : Targets.of(s.answer().get())) {
                for (String type : List.of("A", "AAAA")) {
                    Question q = new Question(s.question().resolver(), name, type, true);
                    if (asked.add(q.key())) {
                        out.add(q);
                    }
                }
            }
        }
        return out;
    }

    /** The longest TTL any authoritative resolver gives each name (read-only queries; nothing is warmed there). */
    private Map<String, OptionalLong> authoritativeTtl(List<Question> questions) throws InterruptedException {
        Map<String, OptionalLong> ttl = new HashMap<>();
        List<Question> ask = new ArrayList<>();
        for (Resolver auth : dns.authoritative()) {
            questions.forEach(q -> ask.add(q.on(auth)));
        }
        for (Sample s : asker.ask(ask)) {
            OptionalLong t = s.ttl();
            OptionalLong had = ttl.getOrDefault(s.question().key(), OptionalLong.empty());
            if (t.isPresent() && (had.isEmpty() || had.getAsLong() < t.getAsLong())) {
                ttl.put(s.question().key(), t);
            }
        }
        return ttl;
    }

    private static Map<String, OptionalLong> longestSeen(List<ResolverOutcome> outcomes) {
        Map<String, OptionalLong> ttl = new HashMap<>();
        for (ResolverOutcome o : outcomes) {
            List<Sample> all = new ArrayList<>(o.cold());
            all.addAll(o.warm());
            for (Sample s : all) {
                OptionalLong t = s.ttl();
                OptionalLong had = ttl.getOrDefault(s.question().key(), OptionalLong.empty());
                if (t.isPresent() && (had.isEmpty() || had.getAsLong() < t.getAsLong())) {
                    ttl.put(s.question().key(), t);
                }
            }
        }
        return ttl;
    }
}
