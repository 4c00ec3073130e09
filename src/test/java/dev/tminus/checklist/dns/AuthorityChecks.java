package dev.tminus.checklist.dns;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.check.Check;
import dev.tminus.checklist.DnsChecklist;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.profile.Resolver;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The authoritative side: every server answers from the zone, and all of them agree. */
@DnsChecklist
@ExtendWith(DnsFactsExtension.class)
@DisplayName("DNS authority")
class AuthorityChecks {

    /**
     * Each authoritative resolver answers with the AA flag, and with the same rcode, records and
     * TTL as every other authoritative resolver: clients get the same answer whichever they ask.
     *
     * <p>A server is compared only with servers that answer authoritatively, and a server that
     * serves the plan only with those that serve it too: in a disagreement the one that strays from
     * the plan is red, not both.
     *
     * <p>If this fails: a missing AA flag means the server does not have the zone (lame
     * delegation); a disagreement means a secondary did not take the last zone transfer.
     */
    @Check(id = "DNS-04", claim = "authoritative resolvers answer with AA and agree")
    @Severity(SeverityLevel.BLOCKER)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Authoritative.class)
    void authoritative_resolvers_answer_with_aa_and_agree(DnsItems.OnResolver item, DnsFacts facts) {
        DnsAnswer answer = facts.answer(item.record(), item.resolver()).get();
        List<DnsAnswer> others = facts.dns.authoritative().stream().filter(r -> !r.equals(item.resolver()))
                .map(r -> facts.answer(item.record(), r).get()).toList();
        DnsEvidence.attach(answer);
        DnsEvidence.attach(others);
        boolean servesPlan = DnsAssertions.servesPlan(answer, item.record());
        List<DnsAnswer> peers = others.stream().filter(DnsAnswer::authoritative)
                .filter(o -> !servesPlan || DnsAssertions.servesPlan(o, item.record())).toList();
        assertThat(answer, facts.rerun()).isAuthoritative().agreesWith(peers);
    }

    /**
     * For each zone of {@code zones}, every authoritative resolver serves the same SOA serial and
     * the same NS set. Only answers with the AA flag are compared: a server that refuses the zone or
     * answers from a cache does not serve it (DNS-04 and DNS-11 say so).
     *
     * <p>If this fails: check NOTIFY and zone transfers (AXFR/IXFR) from the primary, and that
     * every server loaded the latest zone file.
     */
    @Check(id = "DNS-05", claim = "SOA serial and NS set agree on every authoritative resolver")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.Zones.class)
    void soa_serial_and_ns_set_agree(DnsItems.Zone item, DnsFacts facts) {
        Map<Resolver, DnsAnswer> soa = facts.soaOnEveryAuthoritative(item.zone());
        Map<Resolver, DnsAnswer> ns = facts.nsOnEveryAuthoritative(item.zone());
        DnsEvidence.attach(soa.values());
        DnsEvidence.attach(ns.values());
        DnsAssertions.assertSameSerial(item.zone(), fromTheZone(soa), facts.rerun());
        DnsAssertions.assertSameNsSet(item.zone(), fromTheZone(ns), facts.rerun());
    }

    private static Map<Resolver, DnsAnswer> fromTheZone(Map<Resolver, DnsAnswer> answers) {
        Map<Resolver, DnsAnswer> kept = new java.util.LinkedHashMap<>();
        answers.forEach((r, a) -> {
            if (a.authoritative()) {
                kept.put(r, a);
            }
        });
        return kept;
    }

    /**
     * The zone's negative TTL, min(SOA TTL, SOA minimum), is within the phase's TTL policy: a
     * name queried before it is published is not cached as missing for longer than that.
     *
     * <p>If this fails: lower the SOA minimum (last SOA field) and the SOA's TTL, bump the serial,
     * and check DNS-05 again.
     */
    @Check(id = "DNS-09", claim = "negative caching fits the launch phase policy")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.NegativeTtl.class)
    void negative_ttl_fits_the_phase_policy(DnsItems.Zone item, DnsFacts facts) {
        DnsAnswer soa = facts.soa(item.zone(), item.resolver()).get();
        DnsEvidence.attach(soa);
        var phase = facts.profile.launch().phase();
        DnsAssertions.assertNegativeTtlAtMost(item.zone(), soa, facts.dns.ttl().get(phase), phase + " phase policy",
                facts.rerun());
    }

    /**
     * Every zone of {@code zones} is served by at least two name servers: its NS set names at least
     * two, and at least two authoritative resolvers of the profile answer its SOA with the AA flag.
     * With one, a single server's outage or a lame secondary takes the launch names off the internet.
     *
     * <p>If this fails: publish a second NS for the zone (at the parent too) and make it load the
     * zone (a secondary that answers without AA has not taken the zone transfer); a second name
     * server that exists but is missing from the profile goes into {@code dns.resolvers} with role
     * authoritative. An NS set that names more servers than the profile lists as authoritative is
     * COULD NOT CHECK: the servers never asked could be down or lame.
     */
    @Check(id = "DNS-11", claim = "at least two name servers answer authoritatively")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DnsItems.EachZone.class)
    void at_least_two_name_servers_answer_authoritatively(DnsItems.Zone item, DnsFacts facts) {
        Map<Resolver, DnsAnswer> soa = facts.soaOnEveryAuthoritative(item.zone());
        Set<String> nsSet = facts.ns(item.zone(), facts.dns.authoritative().get(0)).get().values();
        DnsEvidence.attach(soa.values());
        List<String> answering = soa.entrySet().stream()
                .filter(e -> e.getValue().authoritative() && e.getValue().resolves())
                .map(e -> e.getKey().name()).toList();
        String others = soa.entrySet().stream().filter(e -> !answering.contains(e.getKey().name()))
                .map(e -> e.getKey().name() + " (" + e.getKey().endpoint() + ") answered " + e.getValue().summary()
                        + (e.getValue().authoritative() ? "" : ", but the AA flag was not set"))
                .collect(Collectors.joining(", "));
        assertThat(nsSet.size() >= 2 && answering.size() >= 2).withFailMessage(() -> "Expecting zone " + item.zone()
                + " to be served by at least 2 name servers\nbut its NS set names " + nsSet.size() + " " + nsSet
                + " and " + answering.size() + " answer" + (answering.size() == 1 ? "s" : "")
                + " its SOA authoritatively " + answering + (others.isEmpty() ? "" : "; " + others) + "."
                + "\n" + soa.values().stream().filter(a -> a.rcode().equals("REFUSED") || a.rcode().equals("SERVFAIL"))
                        .findFirst().map(a -> DnsAdvice.next(a, ""))
                        .orElse("Publish and load a second name server for the zone (or add it to dns.resolvers with role"
                                + " authoritative)") + ", then re-run: " + facts.rerun()).isTrue();
        List<Resolver> listed = facts.dns.authoritative();
        if (nsSet.size() > listed.size()) {
            throw new dev.tminus.ProbeException("Cannot tell whether every name server of zone " + item.zone()
                    + " answers: its NS set names " + nsSet.size() + " " + nsSet + " but dns.resolvers lists "
                    + listed.size() + " authoritative (" + listed.stream().map(Resolver::name).collect(Collectors.joining(", "))
                    + "), so the others were never asked, and resolvers send clients to any of them. Add them to"
                    + " dns.resolvers with role authoritative, then re-run: " + facts.rerun(), null);
        }
    }
}
