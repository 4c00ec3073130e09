package dev.tminus.checklist.dns;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsRr;
import dev.tminus.profile.Durations;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one DNS answer, failing in operator language with the re-run command. */
public final class DnsAnswerAssert extends AbstractAssert<DnsAnswerAssert, DnsAnswer> {

    private final String rerun;

    DnsAnswerAssert(DnsAnswer actual, String rerun) {
        super(actual, DnsAnswerAssert.class);
        this.rerun = rerun;
    }

    private String where() {
        return actual.query().describe();
    }

    private void fail(String text, String next) {
        failWithMessage("%s", text + "\n" + next + ", then re-run: " + rerun);
    }

    /** DNS-01: NOERROR with at least one record of the asked type. */
    public DnsAnswerAssert resolves() {
        if (!actual.resolves()) {
            var alias = DnsAdvice.alias(actual);
            fail("Expecting " + actual.query().name() + " " + actual.query().type() + " to resolve on "
                    + actual.query().resolver().name() + " (" + actual.query().resolver().endpoint() + ")"
                    + "\nbut the answer was " + actual.summary()
                    + alias.map(c -> ": an alias, CNAME to " + c.data() + ", and no " + actual.query().type()
                            + " record from this server").orElse("") + ".",
                    alias.isPresent() ? "Plan this name as a CNAME (type: CNAME, expect: [" + alias.get().data()
                            + "]), or replace the alias with " + actual.query().type() + " records"
                            : DnsAdvice.next(actual, "Publish the record in the zone and check that the resolver serves the zone"));
        }
        return this;
    }

    /** DNS-02 and DNS-06: the answer set is exactly the plan, order-insensitive. */
    public DnsAnswerAssert hasExactly(Collection<String> planned, String whose) {
        Set<String> expected = new TreeSet<>();
        planned.forEach(v -> expected.add(DnsRr.normalise(actual.query().type(), v)));
        Set<String> found = actual.values();
        if (!found.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            fail("Expecting " + where() + "\n  to be exactly " + expected + " (" + whose + ")"
                    + "\nbut it was " + found + (found.isEmpty() ? " (" + actual.summary() + ")" : "")
                    + (missing.isEmpty() ? "" : "\n  missing: " + missing)
                    + (extra.isEmpty() ? "" : "\n  not planned: " + extra) + "."
                    + (actual.query().subnet().isPresent() && actual.subnetScope().orElse(-1) == 0
                            ? "\nThe server echoed the client subnet with scope /0: it gives every subnet the same answer." : ""),
                    DnsAdvice.next(actual, actual.query().subnet().isPresent() && actual.subnetScope().orElse(-1) == 0
                            ? "Set up the regional answers on the server (GeoIP views or ECS), or correct the plan in the profile"
                            : "Correct the record set in the zone (or the plan in the profile)"));
        }
        return this;
    }

    /** DNS-03: no record of the answer lives longer than the bound. */
    public DnsAnswerAssert hasTtlAtMost(Duration bound, String why) {
        OptionalLong ttl = actual.maxTtl();
        if (ttl.isPresent() && ttl.getAsLong() > bound.toSeconds()) {
            fail("Expecting the TTL of " + where() + "\n  to be at most " + Durations.format(bound) + " (" + why + ")"
                    + "\nbut it was " + ttl.getAsLong() + "s.",
                    DnsAdvice.next(actual, "Lower the TTL in the zone and wait out the old TTL in caches"));
        }
        return this;
    }

    /** DNS-04: the server answers from the zone itself. */
    public DnsAnswerAssert isAuthoritative() {
        if (!actual.authoritative()) {
            boolean failed = actual.rcode().equals("REFUSED") || actual.rcode().equals("SERVFAIL");
            fail("Expecting " + where() + "\n  to be answered authoritatively (AA flag set)"
                    + "\nbut " + (failed ? "it answered " + actual.rcode() + ", without the AA flag."
                    : "the AA flag was not set: " + actual.query().resolver().name()
                    + " does not serve this zone itself (lame delegation, or a cache)."),
                    failed ? DnsAdvice.next(actual, "")
                            : "Load the zone on " + actual.query().resolver().name() + " as primary or secondary");
        }
        return this;
    }

    /** DNS-04: same rcode, records and TTL as every other authoritative server. */
    public DnsAnswerAssert agreesWith(List<DnsAnswer> others) {
        for (DnsAnswer other : others) {
            if (!shape(other).equals(shape(actual))) {
                fail("Expecting " + where() + "\n  to agree with " + other.query().resolver().name() + " ("
                        + other.query().resolver().endpoint() + "): " + shape(other)
                        + "\nbut " + actual.query().resolver().name() + " answered " + shape(actual) + ".",
                        "Make every authoritative server serve the same zone data (check zone transfers)");
            }
        }
        return this;
    }

    static String shape(DnsAnswer a) {
        return a.rcode() + " " + a.values() + (a.maxTtl().isPresent() ? " TTL " + a.maxTtl().getAsLong() + "s" : "");
    }

    /**
     * DNS-08: the first answer of the run came from the cache. Proof is a TTL already counted down
     * below the authoritative TTL; failing that, an answer far faster than a certain cache miss
     * (a random name), when misses are measurably slow. When neither can be told (no authoritative
     * TTL to compare with, or a resolver that hands out TTLs of its own, above the authoritative one,
     * next to misses too fast to tell), it cannot be checked.
     *
     * @param warmUp the command that warms this environment's resolvers ({@code make warm-up ENV=staging})
     */
    public DnsAnswerAssert cameFromCache(DnsAnswer repeat, OptionalLong authoritativeTtl, DnsAnswer miss, String warmUp) {
        return cameFromCache(repeat, authoritativeTtl, miss, warmUp, "no authoritative resolver in the profile to compare its"
                + " TTL with", "Add the zone's authoritative servers to dns.resolvers.");
    }

    /**
     * {@link #cameFromCache(DnsAnswer, OptionalLong, DnsAnswer, String)}, saying why there is no
     * authoritative TTL and what to do when that leaves it unknown.
     */
    public DnsAnswerAssert cameFromCache(DnsAnswer repeat, OptionalLong authoritativeTtl, DnsAnswer miss, String warmUp,
                                         String whyNoTtl, String whatToDo) {
        long ttl = actual.maxTtl().orElse(0);
        boolean countedDown = authoritativeTtl.isPresent() && ttl < authoritativeTtl.getAsLong();
        long first = actual.latency().toMillis();
        long cold = miss.latency().toMillis();
        boolean missesAreSlow = cold >= MEASURABLE_MISS_MILLIS;
        if (countedDown || (missesAreSlow && 3 * first <= cold)) {
            return this;
        }
        boolean ownTtl = authoritativeTtl.isPresent() && ttl > authoritativeTtl.getAsLong();
        if (ownTtl && !missesAreSlow) {
            throw new dev.tminus.ProbeException("Cannot tell whether " + where() + " came from the cache: the resolver"
                    + " hands out TTL " + ttl + "s although the authoritative TTL is " + authoritativeTtl.getAsLong()
                    + "s (its cache-min-ttl, or local data), so the TTL does not show it, and a cache miss takes only "
                    + cold + "ms. Check the resolver's TTL settings (DNS-03 judges the TTL itself).");
        }
        if (authoritativeTtl.isEmpty() && !missesAreSlow) {
            throw new dev.tminus.ProbeException("Cannot tell whether " + where() + " came from the cache: " + whyNoTtl
                    + ", and a cache miss takes only " + cold + "ms. " + whatToDo);
        }
        fail("Expecting " + where() + " to come from a primed cache"
                + "\nbut the cache was cold: the first answer carried " + (ownTtl ? "the resolver's own TTL " : "the full TTL ")
                + ttl + "s"
                + authoritativeTtl.stream().mapToObj(t -> " (authoritative " + t + "s)").findFirst().orElse("")
                + " and took " + first + "ms; a certain cache miss took " + cold + "ms, a cached repeat "
                + repeat.latency().toMillis() + "ms.",
                "Run the DNS warm-up against " + actual.query().resolver().name() + " shortly before launch, within the"
                        + " records' TTL: " + warmUp + " (ARGS='--until T0' keeps it warm until launch)");
        return this;
    }

    /** Below this, a cache miss is too fast to tell from a hit by latency (a resolver next to its servers). */
    static final long MEASURABLE_MISS_MILLIS = 10;
}
