package dev.tminus.checklist.dns;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.check.Check;
import dev.tminus.checklist.DnsChecklist;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.TruncatedWithoutTcp;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Seed checklist 2.1/2.2: every launch name resolves, to exactly the plan, with a short TTL. */
@DnsChecklist
@ExtendWith(DnsFactsExtension.class)
@DisplayName("DNS records")
class RecordChecks {

    /**
     * Every planned record answers NOERROR with at least one record of its type on every resolver.
     *
     * <p>If this fails: look at the zone on the authoritative servers (is the name published, in
     * the right zone?), then at the recursive resolver (negative cache of an earlier NXDOMAIN: wait
     * for the SOA minimum or flush it).
     */
    @Check(id = "DNS-01", claim = "every record resolves on every resolver")
    @Severity(SeverityLevel.BLOCKER)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Resolves.class)
    void every_record_resolves(DnsItems.OnResolver item, DnsFacts facts) {
        facts.answer(item.record(), item.resolver()).failure().filter(TruncatedWithoutTcp.class::isInstance)
                .ifPresent(e -> org.junit.jupiter.api.Assertions.fail("Expecting " + item.record().name() + " "
                        + item.record().type() + " to resolve on " + item.resolver().name() + " (" + item.resolver().endpoint()
                        + ")\nbut it answered over UDP with TC (the answer does not fit) and refused the TCP retry a client"
                        + " must make: no client gets the record set.\nOpen TCP port " + item.resolver().port()
                        + " on the server (answers larger than 1232 bytes need it), then re-run: " + facts.rerun()));
        DnsAnswer answer = facts.answer(item.record(), item.resolver()).get();
        DnsEvidence.attach(answer);
        assertThat(answer, facts.rerun()).resolves();
    }

    /**
     * The answer set equals the planned {@code expect} set exactly: nothing missing (a pool member
     * without traffic), nothing extra (an old or foreign address still taking players).
     *
     * <p>If this fails: compare the zone with the launch plan; on a recursive resolver an old
     * answer may still be cached until its TTL runs out.
     */
    @Check(id = "DNS-02", claim = "every record resolves to exactly the planned set")
    @Severity(SeverityLevel.BLOCKER)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Planned.class)
    void every_record_has_exactly_the_planned_set(DnsItems.OnResolver item, DnsFacts facts) {
        DnsAnswer answer = facts.answer(item.record(), item.resolver()).get();
        DnsEvidence.attach(answer);
        if (!answer.resolves()) {
            Assumptions.abort("not applicable: " + answer.query().describe()
                    + " has no answer (" + answer.summary() + "); DNS-01 reports it");
        }
        assertThat(answer, facts.rerun()).hasExactly(item.record().expect(), "the plan");
    }

    /**
     * No answer lives longer than the record's {@code ttl}, or the launch phase's TTL policy: a
     * long TTL pins clients to old addresses during scale-out or rollback.
     *
     * <p>If this fails: lower the TTL in the zone, then wait the old TTL out before launch so
     * caches have dropped the long-lived copy.
     */
    @Check(id = "DNS-03", claim = "every TTL fits the launch phase policy")
    @Severity(SeverityLevel.BLOCKER)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Ttl.class)
    void every_ttl_fits_the_phase_policy(DnsItems.OnResolver item, DnsFacts facts) {
        DnsAnswer answer = facts.answer(item.record(), item.resolver()).get();
        DnsEvidence.attach(answer);
        if (!answer.resolves()) {
            Assumptions.abort("not applicable: " + answer.query().describe()
                    + " has no answer (" + answer.summary() + "); DNS-01 reports it");
        }
        var phase = facts.profile.launch().phase();
        String why = item.record().ttl().isPresent() ? "the record's ttl in the profile" : phase + " phase policy";
        assertThat(answer, facts.rerun()).hasTtlAtMost(facts.dns.maxTtl(item.record(), phase), why);
    }
}
