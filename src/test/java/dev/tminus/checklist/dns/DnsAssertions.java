package dev.tminus.checklist.dns;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsRr;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Resolver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;

/**
 * The entry point of the DNS checks' assertions. Every failure says what was expected, what was
 * found, on which resolver, what to do, and how to re-run.
 */
public final class DnsAssertions {

    private DnsAssertions() {
    }

    public static DnsAnswerAssert assertThat(DnsAnswer answer, String rerun) {
        return new DnsAnswerAssert(answer, rerun);
    }

    /** DNS-05: one SOA serial across the authoritative servers. */
    static void assertSameSerial(String zone, Map<Resolver, DnsAnswer> soa, String rerun) {
        Map<Resolver, String> serials = soa.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().records().stream().map(r -> r.data().split(" ")[2]).findFirst().orElse("no SOA"),
                (a, b) -> a, java.util.LinkedHashMap::new));
        if (Set.copyOf(serials.values()).size() > 1 || serials.containsValue("no SOA")) {
            fail("Expecting zone " + zone + " to have the same SOA serial on every authoritative resolver"
                    + "\nbut the serials differ: " + list(serials) + ".",
                    "Check zone transfers (NOTIFY, AXFR/IXFR) to every secondary", rerun);
        }
    }

    /** DNS-05: one NS set across the authoritative servers. */
    static void assertSameNsSet(String zone, Map<Resolver, DnsAnswer> ns, String rerun) {
        Map<Resolver, String> sets = ns.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().values().toString(), (a, b) -> a, java.util.LinkedHashMap::new));
        if (Set.copyOf(sets.values()).size() > 1 || sets.containsValue("[]")) {
            fail("Expecting zone " + zone + " to have the same NS set on every authoritative resolver"
                    + "\nbut the NS sets differ: " + list(sets) + ".",
                    "Fix the NS records of the zone on every server (and at the parent)", rerun);
        }
    }

    /** DNS-09: how long resolvers cache "no such name" for this zone. */
    static void assertNegativeTtlAtMost(String zone, DnsAnswer soa, Duration bound, String why, String rerun) {
        DnsRr rr = soa.records().stream().findFirst().orElse(null);
        if (rr == null) {
            fail("Expecting zone " + zone + " to have an SOA record on " + soa.query().resolver().name()
                    + " (" + soa.query().resolver().endpoint() + ")\nbut the answer was " + soa.summary() + ".",
                    "Load the zone on this server", rerun);
            return;
        }
        long minimum = Long.parseLong(rr.data().split(" ")[6]);
        long negative = Math.min(rr.ttl(), minimum);
        if (negative > bound.toSeconds()) {
            fail("Expecting the negative TTL of zone " + zone + " on " + soa.query().resolver().name() + " ("
                    + soa.query().resolver().endpoint() + ")\n  to be at most " + Durations.format(bound) + " (" + why + ")"
                    + "\nbut it was " + negative + "s (SOA TTL " + rr.ttl() + "s, SOA minimum " + minimum + "s).",
                    "Lower the SOA minimum and SOA TTL so a name published late is not cached as missing", rerun);
        }
    }

    /** DNS-07: warm answers are fast. */
    static void assertP95AtMost(Resolver resolver, List<DnsAnswer> samples, Duration bound, String rerun) {
        long[] ms = samples.stream().mapToLong(a -> a.latency().toMillis()).sorted().toArray();
        if (ms.length == 0) {
            throw new dev.tminus.ProbeException("No warm answer to time on " + resolver.name() + " (" + resolver.endpoint()
                    + "): it resolved none of the records (DNS-01 says why for each), so its latency cannot be judged.");
        }
        long p95 = ms[(int) Math.ceil(0.95 * ms.length) - 1];
        if (p95 > bound.toMillis()) {
            fail("Expecting warm answers of " + resolver.name() + " (" + resolver.endpoint() + ") to take at most "
                    + Durations.format(bound) + " at p95 (" + ms.length + " queries)"
                    + "\nbut p95 was " + p95 + "ms (median " + ms[ms.length / 2] + "ms, max " + ms[ms.length - 1] + "ms).",
                    "Check the resolver's load and the network path to it", rerun);
        }
    }

    /**
     * DNS-10: whether an authoritative server was asked for a target outside its zones (a CDN name):
     * it refused both questions or answered them without the AA flag and without records. Such a
     * target is followed on the recursive resolvers; an authoritative NXDOMAIN is a dangling target.
     */
    static boolean servedElsewhere(DnsAnswer a, DnsAnswer aaaa) {
        return a.query().resolver().role() == Resolver.Role.AUTHORITATIVE && notServedHere(a) && notServedHere(aaaa);
    }

    private static boolean notServedHere(DnsAnswer answer) {
        boolean aliasOut = answer.rcode().equals("NOERROR") && !answer.resolves()
                && answer.answer().stream().anyMatch(rr -> rr.type().equals("CNAME"));
        return answer.rcode().equals("REFUSED") || aliasOut || (!answer.authoritative() && !answer.resolves());
    }

    /** Whether the answer is exactly the record's plan (DNS-02's rule), so it can vouch for the zone. */
    static boolean servesPlan(DnsAnswer answer, dev.tminus.profile.DnsRecord record) {
        Set<String> planned = new TreeSet<>();
        record.expect().forEach(v -> planned.add(dev.tminus.dns.DnsRr.normalise(answer.query().type(), v)));
        return answer.resolves() && answer.values().equals(planned);
    }

    /**
     * DNS-10: an SRV or MX target must have address records itself, not be an alias (RFC 2782,
     * RFC 2181 10.3): clients that follow the rule do not chase a CNAME there. A CNAME's own target
     * may of course be another alias.
     */
    static void assertTargetIsNoAlias(String target, DnsAnswer of, DnsAnswer a, DnsAnswer aaaa, String rerun) {
        String type = of.query().type().toUpperCase(java.util.Locale.ROOT);
        if (!type.equals("SRV") && !type.equals("MX")) {
            return;
        }
        java.util.Optional<dev.tminus.dns.DnsRr> alias = java.util.stream.Stream.of(a, aaaa)
                .flatMap(x -> x.answer().stream())
                .filter(rr -> rr.type().equals("CNAME") && rr.name().equalsIgnoreCase(target)).findFirst();
        if (alias.isPresent()) {
            fail("Expecting the target " + target + " of " + of.query().name() + " " + type + " on "
                    + of.query().resolver().name() + " (" + of.query().resolver().endpoint() + ")"
                    + " to have address records itself\nbut it is an alias: CNAME to " + alias.get().data()
                    + ", and an " + type + " target must not be one (" + (type.equals("SRV") ? "RFC 2782" : "RFC 2181")
                    + "); clients that keep to it find no address.",
                    "Point the " + type + " record at " + alias.get().data() + ", or give " + target
                            + " A/AAAA records instead of the CNAME", rerun);
        }
    }

    /** DNS-10: a target a client is sent on to has an address. */
    static void assertTargetResolves(String target, DnsAnswer of, DnsAnswer a, DnsAnswer aaaa, String rerun) {
        if (!a.resolves() && !aaaa.resolves()) {
            fail("Expecting the target " + target + " of " + of.query().name() + " " + of.query().type()
                    + " to resolve (A or AAAA) on " + of.query().resolver().name() + " (" + of.query().resolver().endpoint() + ")"
                    + "\nbut it did not: A " + a.summary() + ", AAAA " + aaaa.summary() + ".",
                    DnsAdvice.next(a, "Publish an address for the target, or point the record at a name that has one"), rerun);
        }
    }

    private static String list(Map<Resolver, String> values) {
        return values.entrySet().stream().map(e -> e.getKey().name() + " (" + e.getKey().endpoint() + ") " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void fail(String text, String next, String rerun) {
        Assertions.fail("%s", text + "\n" + next + ", then re-run: " + rerun);
    }

    static Set<String> sorted(List<String> values) {
        return new TreeSet<>(values);
    }
}
