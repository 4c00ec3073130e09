package dev.tminus.checklist.dns;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.check.Fact;
import dev.tminus.check.Check;
import dev.tminus.checklist.DnsChecklist;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.profile.Resolver;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Seed checklist 2.2/2.5: warm-up happened, and warm answers are fast. */
@DnsChecklist
@ExtendWith(DnsFactsExtension.class)
@DisplayName("DNS warm-up")
class WarmupChecks {

    /**
     * Repeated warm queries (the records in turn, {@value DnsFacts#SAMPLES} per resolver) answer
     * within {@code maxLatency} at the 95th percentile.
     *
     * <p>If this fails: look at the resolver's load and the network path from the client side;
     * compare with the resolver's own query-time metrics.
     */
    @Check(id = "DNS-07", claim = "warm answers are fast (p95)")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Latency.class)
    void warm_answers_are_fast(Resolver resolver, DnsFacts facts) {
        List<DnsAnswer> samples = facts.samples(resolver).get();
        if (!samples.isEmpty()) {
            DnsEvidence.attach(samples.get(samples.size() - 1));
        }
        DnsAssertions.assertP95AtMost(resolver, samples, facts.dns.maxLatency(), facts.rerun());
    }

    /**
     * On every recursive resolver, the first answer of the run already came from the cache: its
     * TTL had counted down below the authoritative TTL, or it was far faster than a certain cache
     * miss (a random name). Warm-up really happened.
     *
     * <p>If this fails: run the DNS warm-up against this resolver shortly before launch, within
     * the records' TTL: {@code make warm-up ENV=NAME} ({@code ARGS='--until T0'} keeps it warm).
     * The last warm-up's table ({@code reports/warm-up.md}) is attached when it was for this
     * environment.
     */
    @Check(id = "DNS-08", claim = "recursive resolvers are primed")
    @Severity(SeverityLevel.NORMAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Primed.class)
    void recursive_resolvers_are_primed(DnsItems.OnResolver item, DnsFacts facts) {
        DnsAnswer first = facts.answer(item.record(), item.resolver()).get();
        DnsAnswer repeat = facts.repeated(item.record(), item.resolver()).get();
        DnsAnswer miss = facts.coldReference(item.resolver()).get();
        DnsEvidence.attach(first, repeat, miss);
        DnsEvidence.attachWarmUp(facts.profile.name());
        if (!first.resolves()) {
            Assumptions.abort("not applicable: " + first.query().describe()
                    + " has no answer (" + first.summary() + "); DNS-01 reports it");
        }
        OptionalLong authoritativeTtl = facts.dns.authoritative().stream()
                .map(r -> facts.answer(item.record(), r)).filter(Fact::known)
                .map(f -> f.get().maxTtl()).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        if (facts.dns.authoritative().isEmpty()) {
            assertThat(first, facts.rerun()).cameFromCache(repeat, authoritativeTtl, miss, facts.warmUp());
            return;
        }
        String shown = facts.dns.authoritative().stream().map(r -> facts.answer(item.record(), r)).filter(Fact::known)
                .map(f -> f.get().query().resolver().name() + " " + f.get().summary()).collect(Collectors.joining(", "));
        assertThat(first, facts.rerun()).cameFromCache(repeat, authoritativeTtl, miss, facts.warmUp(),
                "the profile's authoritative servers give no " + item.record().type() + " record of it to compare its TTL"
                        + " with (" + shown + "; an alias to a name served elsewhere has its TTL there)",
                "Judge this name by its target's record in the plan, or add the servers of the target's zone to"
                        + " dns.resolvers.");
    }
}
