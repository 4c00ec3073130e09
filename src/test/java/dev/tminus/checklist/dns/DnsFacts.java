package dev.tminus.checklist.dns;

import dev.tminus.ProbeException;
import dev.tminus.check.Areas;
import dev.tminus.check.Fact;
import dev.tminus.checklist.Profiles;
import dev.tminus.checklist.Tags;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsProbe;
import dev.tminus.dns.DnsQuery;
import dev.tminus.dns.Targets;
import dev.tminus.profile.DnsRecord;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Profile;
import dev.tminus.profile.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the DNS checks look at, asked once per run and concurrently, in the order that keeps
 * the facts honest: first the very first answer of every record on every resolver (so a recursive
 * resolver's first answer shows whether warm-up filled its cache), then the repeats, zones,
 * regions, targets and latency samples.
 */
final class DnsFacts implements AutoCloseable {

    /** Warm queries per resolver for the latency percentile. */
    static final int SAMPLES = 20;

    final Profile profile;
    final DnsSection dns;
    private final DnsProbe probe;
    private final Map<String, Fact<DnsAnswer>> first = new LinkedHashMap<>();
    private final Map<String, Fact<DnsAnswer>> repeat = new LinkedHashMap<>();
    private final Map<String, Fact<DnsAnswer>> other = new LinkedHashMap<>();
    private final Map<String, Fact<List<DnsAnswer>>> samples = new LinkedHashMap<>();

    private DnsFacts(Profile profile) {
        this.profile = profile;
        this.dns = profile.dns().orElseThrow(() -> new IllegalStateException("no dns section"));
        this.probe = DnsProbe.of(dns);
    }

    /** Asks everything, once per run ({@link DnsFactsExtension}). */
    static DnsFacts gather(ExtensionContext context) {
        return new DnsFacts(Profiles.of(context)).gather();
    }

    String rerun() {
        return Areas.rerun(profile.name(), Tags.DNS);
    }

    /** The command that warms this environment's recursive resolvers. */
    String warmUp() {
        return "make warm-up ENV=" + profile.name();
    }

    private DnsFacts gather() {
        Map<String, CompletableFuture<DnsAnswer>> asked = new LinkedHashMap<>();
        for (DnsRecord r : dns.records()) {
            for (Resolver res : dns.resolvers()) {
                asked.put(key(r, res), probe.ask(DnsQuery.of(res, r.name(), r.type())));
            }
        }
        asked.forEach((k, f) -> first.put(k, Fact.of(f, DnsFacts::unexpected)));

        Map<String, CompletableFuture<DnsAnswer>> then = new LinkedHashMap<>();
        Map<String, CompletableFuture<DnsAnswer>> more = new LinkedHashMap<>();
        for (DnsRecord r : dns.records()) {
            for (Resolver res : dns.recursive()) {
                then.put(key(r, res), probe.ask(DnsQuery.of(res, r.name(), r.type())));
            }
            for (DnsRecord.Region region : r.regions()) {
                for (Resolver res : dns.resolvers()) {
                    more.put("region " + region.subnet() + " " + key(r, res),
                            probe.ask(DnsQuery.of(res, r.name(), r.type()).withSubnet(region.subnet())));
                }
            }
        }
        for (Resolver res : dns.recursive()) {
            more.put("cold @" + res.name(), probe.ask(DnsQuery.of(res, coldName(), "A")));
        }
        for (String zone : dns.zones()) {
            for (Resolver res : dns.authoritative()) {
                more.put("SOA " + zone + " @" + res.name(), probe.ask(DnsQuery.of(res, zone, "SOA")));
                more.put("NS " + zone + " @" + res.name(), probe.ask(DnsQuery.of(res, zone, "NS")));
            }
        }
        then.forEach((k, f) -> repeat.put(k, Fact.of(f, DnsFacts::unexpected)));
        more.forEach((k, f) -> other.put(k, Fact.of(f, DnsFacts::unexpected)));

        Map<String, CompletableFuture<DnsAnswer>> targets = new LinkedHashMap<>();
        for (DnsRecord r : dns.records()) {
            for (Resolver res : dns.resolvers()) {
                Fact<DnsAnswer> answer = first.get(key(r, res));
                if (answer.known()) {
                    for (String target : Targets.of(answer.get())) {
                        for (String type : List.of("A", "AAAA")) {
                            targets.computeIfAbsent(targetKey(target, type, res), k -> probe.ask(DnsQuery.of(res, target, type)));
                        }
                    }
                }
            }
        }
        targets.forEach((k, f) -> other.put(k, Fact.of(f, DnsFacts::unexpected)));

        // Latency last and alone, so nothing else of the suite's own load is measured.
        Map<String, CompletableFuture<List<DnsAnswer>>> sampled = new LinkedHashMap<>();
        for (Resolver res : dns.resolvers()) {
            sampled.put(res.name(), sample(res, 0, new ArrayList<>()));
        }
        sampled.forEach((k, f) -> samples.put(k, Fact.of(f, DnsFacts::unexpected)));
        return this;
    }

    /**
     * Warm queries one after another, cycling through the records whose first question this resolver
     * resolved (one it could not answer, or answered with SERVFAIL, REFUSED or NXDOMAIN, is reported by
     * the checks of that record and is no warm answer to time); stops at the first failure. None at all
     * gives no samples, and DNS-07 cannot judge the resolver.
     */
    private CompletableFuture<List<DnsAnswer>> sample(Resolver res, int i, List<DnsAnswer> done) {
        List<DnsRecord> cycle = dns.records().stream().filter(r -> firstOf(r, res).known() && firstOf(r, res).get().resolves())
                .toList();
        if (cycle.isEmpty()) {
            // nothing resolved: asking the records that got no answer at all says why (timeout, unreachable, garbage)
            cycle = dns.records().stream().filter(r -> !firstOf(r, res).known()).toList();
        }
        if (i >= SAMPLES || cycle.isEmpty()) {
            return CompletableFuture.completedFuture(List.copyOf(done));
        }
        DnsRecord r = cycle.get(i % cycle.size());
        return probe.ask(DnsQuery.of(res, r.name(), r.type())).thenCompose(a -> {
            done.add(a);
            return sample(res, i + 1, done);
        });
    }

    private Fact<DnsAnswer> firstOf(DnsRecord r, Resolver res) {
        return first.getOrDefault(key(r, res), Fact.failed(new ProbeException("not asked")));
    }

    /** A name no cache can hold: a random label under the first zone (or the first record's parent). */
    private String coldName() {
        String parent = !dns.zones().isEmpty() ? dns.zones().get(0)
                : dns.records().isEmpty() ? "invalid." : dns.records().get(0).name().replaceFirst("^[^.]*\\.", "");
        return "tminus-cold-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                + "." + parent;
    }

    private static String key(DnsRecord r, Resolver res) {
        return r.label() + " @" + res.name();
    }

    private static String targetKey(String target, String type, Resolver res) {
        return "target " + target + " " + type + " @" + res.name();
    }

    /** The first answer of the run for this record on this resolver. */
    Fact<DnsAnswer> answer(DnsRecord r, Resolver res) {
        return first.get(key(r, res));
    }

    /** A second answer, right after the first (recursive resolvers only). */
    Fact<DnsAnswer> repeated(DnsRecord r, Resolver res) {
        return repeat.get(key(r, res));
    }

    /** A query for a random name on a recursive resolver: what a certain cache miss costs there. */
    Fact<DnsAnswer> coldReference(Resolver res) {
        return other.get("cold @" + res.name());
    }

    Fact<DnsAnswer> regional(DnsRecord r, DnsRecord.Region region, Resolver res) {
        return other.get("region " + region.subnet() + " " + key(r, res));
    }

    Fact<DnsAnswer> soa(String zone, Resolver res) {
        return other.get("SOA " + zone + " @" + res.name());
    }

    Fact<DnsAnswer> ns(String zone, Resolver res) {
        return other.get("NS " + zone + " @" + res.name());
    }

    /** The zone's SOA as every authoritative resolver answers it, in profile order. */
    Map<Resolver, DnsAnswer> soaOnEveryAuthoritative(String zone) {
        Map<Resolver, DnsAnswer> answers = new LinkedHashMap<>();
        dns.authoritative().forEach(r -> answers.put(r, soa(zone, r).get()));
        return answers;
    }

    /** The zone's NS set as every authoritative resolver answers it, in profile order. */
    Map<Resolver, DnsAnswer> nsOnEveryAuthoritative(String zone) {
        Map<Resolver, DnsAnswer> answers = new LinkedHashMap<>();
        dns.authoritative().forEach(r -> answers.put(r, ns(zone, r).get()));
        return answers;
    }

    Fact<DnsAnswer> target(String target, String type, Resolver res) {
        return other.get(targetKey(target, type, res));
    }

    Fact<List<DnsAnswer>> samples(Resolver res) {
        return samples.get(res.name());
    }

    @Override
    public void close() {
        probe.close();
    }

    /** A failure that is not the target's (a bug in the probe), still COULD NOT CHECK for that item. */
    private static ProbeException unexpected(Throwable cause) {
        return new ProbeException("The DNS probe failed: " + cause, cause);
    }
}
