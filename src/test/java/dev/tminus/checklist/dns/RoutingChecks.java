package dev.tminus.checklist.dns;

import dev.tminus.dns.Targets;
import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.check.Check;
import dev.tminus.checklist.DnsChecklist;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.profile.Resolver;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Where answers send players: per region (EDNS Client Subnet), and on through CNAME and SRV targets. */
@DnsChecklist
@ExtendWith(DnsFactsExtension.class)
@DisplayName("DNS routing")
class RoutingChecks {

    /**
     * Asked with each region's client subnet (EDNS Client Subnet), the resolver answers exactly
     * that region's planned set.
     *
     * <p>If this fails: check the GeoDNS / ECS configuration for that subnet (CoreDNS template or
     * view, the provider's geo rules), and that the resolver forwards the client subnet at all.
     */
    @Check(id = "DNS-06", claim = "each region gets its planned answer")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Regions.class)
    void each_region_gets_its_planned_answer(DnsItems.InRegion item, DnsFacts facts) {
        DnsAnswer answer = facts.regional(item.record(), item.region(), item.resolver()).get();
        DnsEvidence.attach(answer);
        assertThat(answer, facts.rerun()).hasExactly(item.region().expect(), "the plan for " + item.region().subnet());
    }

    /**
     * Every CNAME and SRV target in the answer itself resolves to an address (A or AAAA) on the
     * same resolver: a dangling target fails every client after the first lookup. An authoritative
     * server answers only for its own zones: a target it does not serve (REFUSED, or an answer
     * without the AA flag, such as a CDN name) is followed on the recursive resolvers instead.
     *
     * <p>If this fails: publish the target's address records, or point the CNAME/SRV at a name
     * that has them.
     */
    @Check(id = "DNS-10", claim = "every CNAME and SRV target resolves")
    @Severity(SeverityLevel.BLOCKER)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.WithTargets.class)
    void every_target_resolves(DnsItems.OnResolver item, DnsFacts facts) {
        DnsAnswer answer = facts.answer(item.record(), item.resolver()).get();
        DnsEvidence.attach(answer);
        List<String> targets = Targets.of(answer);
        if (targets.isEmpty()) {
            Assumptions.abort("not applicable: " + answer.query().describe()
                    + " has no target in its answer (" + answer.summary() + "); DNS-01 reports it");
        }
        List<String> elsewhere = new java.util.ArrayList<>();
        for (String target : targets) {
            DnsAnswer a = facts.target(target, "A", item.resolver()).get();
            DnsAnswer aaaa = facts.target(target, "AAAA", item.resolver()).get();
            DnsEvidence.attach(a, aaaa);
            DnsAssertions.assertTargetIsNoAlias(target, answer, a, aaaa, facts.rerun());
            if (DnsAssertions.servedElsewhere(a, aaaa)) {
                elsewhere.add(target + " (A " + a.summary() + ", AAAA " + aaaa.summary() + ")");
                continue;
            }
            DnsAssertions.assertTargetResolves(target, answer, a, aaaa, facts.rerun());
        }
        if (elsewhere.size() == targets.size()) {
            boolean recursive = facts.dns.resolvers().stream().anyMatch(r -> r.role() == Resolver.Role.RECURSIVE);
            Assumptions.abort("not applicable: " + item.resolver().name() + " is authoritative and does not serve "
                    + String.join(", ", elsewhere) + "; " + (recursive ? "DNS-10 on the recursive resolvers follows it"
                    : "add a recursive resolver to dns.resolvers to follow it"));
        }
    }

}
