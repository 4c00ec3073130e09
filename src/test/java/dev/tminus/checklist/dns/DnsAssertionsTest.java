package dev.tminus.checklist.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsQuery;
import dev.tminus.dns.DnsRr;
import dev.tminus.profile.Resolver;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Pins the exact text of every DNS failure message. */
class DnsAssertionsTest {

    private static final String RERUN = "mvn verify -Denv=staging -Dchecks=dns";
    private static final String WARM_UP = "make warm-up ENV=staging";
    private static final Resolver NS1 = new Resolver("ns1", "10.0.0.53", 53, Resolver.Role.AUTHORITATIVE);
    private static final Resolver NS2 = new Resolver("ns2", "10.0.0.54", 53, Resolver.Role.AUTHORITATIVE);
    private static final Resolver OFFICE = new Resolver("office", "10.0.0.2", 53, Resolver.Role.RECURSIVE);
    private static final String LOGIN = "login.game.example.com.";

    private static DnsAnswer answer(Resolver r, String name, String type, String rcode, boolean aa, long ttl,
                                    long latencyMs, String... data) {
        List<DnsRr> rrs = Arrays.stream(data).map(d -> new DnsRr(name, type, ttl, DnsRr.normalise(type, d))).toList();
        return new DnsAnswer(DnsQuery.of(r, name, type), rcode, aa, false, rrs, List.of(), Duration.ofMillis(latencyMs), "");
    }

    private static DnsAnswer login(Resolver r, long ttl, String... addresses) {
        return answer(r, LOGIN, "A", "NOERROR", true, ttl, 2, addresses);
    }

    @Test
    void a_refusal_or_a_server_failure_points_at_that_server_not_at_the_zone() {
        // real BIND: allow-query { none; } answers REFUSED; a zone that failed to load answers SERVFAIL
        DnsAnswer refused = answer(NS2, LOGIN, "A", "REFUSED", false, 0, 1);
        DnsAnswer servfail = answer(NS2, LOGIN, "A", "SERVFAIL", false, 0, 1);
        assertThatThrownBy(() -> DnsAssertions.assertThat(refused, RERUN).resolves()).hasMessageContaining(
                "but the answer was REFUSED.\nns2 refuses to answer for this name: check its allow-query, its views");
        assertThatThrownBy(() -> DnsAssertions.assertThat(servfail, RERUN).isAuthoritative())
                .hasMessageContaining("but it answered SERVFAIL, without the AA flag.")
                .hasMessageContaining("usually because the zone did not load: check the server's log");
    }

    @Test
    void an_alias_is_named_as_such_not_taken_for_a_missing_record() {
        // real BIND: gw CNAME edge.cdn.test. in another zone; asked for A, it answers the CNAME alone
        DnsAnswer alias = new DnsAnswer(DnsQuery.of(NS1, LOGIN, "A"), "NOERROR", true, false,
                List.of(new DnsRr(LOGIN, "CNAME", 60, "edge.cdn.test.")), List.of(), Duration.ofMillis(1), "");
        assertThatThrownBy(() -> DnsAssertions.assertThat(alias, RERUN).resolves()).hasMessageContaining(
                "but the answer was NOERROR with no A records: an alias, CNAME to edge.cdn.test., and no A record from"
                        + " this server.\nPlan this name as a CNAME (type: CNAME, expect: [edge.cdn.test.]), or replace the"
                        + " alias with A records");
    }

    @Test
    void on_a_recursive_resolver_an_old_or_overridden_answer_is_fixed_on_the_resolver() {
        // real Unbound: a stale cache, a cached NXDOMAIN, local-data or cache-min-ttl, while ns1 and ns2 serve the plan
        DnsAnswer stale = answer(OFFICE, LOGIN, "A", "NOERROR", false, 58, 1, "192.168.10.199");
        assertThatThrownBy(() -> DnsAssertions.assertThat(stale, RERUN).hasExactly(List.of("192.168.10.101"), "the plan"))
                .hasMessageContaining("Correct the record set in the zone (or the plan in the profile); if the authoritative"
                        + " servers already serve the plan (the same check on them), office serves an old or overridden answer:"
                        + " wait out its cache or flush the name");
    }

    @Test
    void an_authoritative_server_is_not_asked_to_vouch_for_a_target_in_another_zone() {
        // real BIND answers REFUSED for a CNAME target at a CDN; a dangling target in its own zone is NXDOMAIN with AA
        String cdn = "edge.cdn.example.net.";
        assertThat(DnsAssertions.servedElsewhere(answer(NS1, cdn, "A", "REFUSED", false, 0, 1),
                answer(NS1, cdn, "AAAA", "REFUSED", false, 0, 1))).isTrue();
        assertThat(DnsAssertions.servedElsewhere(answer(NS1, cdn, "A", "NOERROR", false, 0, 1),
                answer(NS1, cdn, "AAAA", "NOERROR", false, 0, 1))).as("a referral or an answer without AA").isTrue();
        DnsAnswer aliasOut = new DnsAnswer(DnsQuery.of(NS1, "gw.game.example.com.", "A"), "NOERROR", true, false,
                List.of(new DnsRr("gw.game.example.com.", "CNAME", 60, "edge.cdn.example.net.")), List.of(), Duration.ofMillis(1), "");
        DnsAnswer aliasOut6 = new DnsAnswer(DnsQuery.of(NS1, "gw.game.example.com.", "AAAA"), "NOERROR", true, false,
                List.of(new DnsRr("gw.game.example.com.", "CNAME", 60, "edge.cdn.example.net.")), List.of(), Duration.ofMillis(1), "");
        assertThat(DnsAssertions.servedElsewhere(aliasOut, aliasOut6)).as("an in-zone alias that leaves the zone").isTrue();
        assertThat(DnsAssertions.servedElsewhere(answer(NS1, "gone.game.example.com.", "A", "NXDOMAIN", true, 0, 1),
                answer(NS1, "gone.game.example.com.", "AAAA", "NXDOMAIN", true, 0, 1))).isFalse();
        assertThat(DnsAssertions.servedElsewhere(answer(OFFICE, cdn, "A", "REFUSED", false, 0, 1),
                answer(OFFICE, cdn, "AAAA", "REFUSED", false, 0, 1))).as("a recursive resolver must resolve it").isFalse();
    }

    @Test
    void a_server_serving_the_plan_vouches_for_the_zone_and_one_that_strays_does_not() {
        var plan = new dev.tminus.profile.DnsRecord(LOGIN, "A", List.of("192.168.10.101"), java.util.Optional.empty(), List.of());
        assertThat(DnsAssertions.servesPlan(login(NS1, 60, "192.168.10.101"), plan)).isTrue();
        assertThat(DnsAssertions.servesPlan(login(NS2, 60, "192.168.10.199"), plan)).isFalse();
        assertThat(DnsAssertions.servesPlan(answer(NS2, LOGIN, "A", "NXDOMAIN", true, 0, 1), plan)).isFalse();
    }

    @Test
    void a_resolver_that_resolved_nothing_has_no_warm_answer_to_time() {
        // real Unbound with dead stubs: SERVFAIL fast for every record, which must not pass as fast warm answers
        assertThatThrownBy(() -> DnsAssertions.assertP95AtMost(OFFICE, List.of(), Duration.ofMillis(100), RERUN))
                .isInstanceOf(dev.tminus.ProbeException.class)
                .hasMessage("No warm answer to time on office (10.0.0.2:53): it resolved none of the records (DNS-01 says"
                        + " why for each), so its latency cannot be judged.");
    }

    @Test
    void an_srv_target_that_is_an_alias_is_not_ready() {
        String srv = "_matcher._tcp.game.example.com.";
        String target = "matcher.game.example.com.";
        DnsAnswer of = new DnsAnswer(DnsQuery.of(OFFICE, srv, "SRV"), "NOERROR", false, false,
                List.of(new DnsRr(srv, "SRV", 60, "10 50 7000 " + target)), List.of(), Duration.ofMillis(1), "");
        DnsAnswer a = new DnsAnswer(DnsQuery.of(OFFICE, target, "A"), "NOERROR", false, false,
                List.of(new DnsRr(target, "CNAME", 60, "edge.cdn.example.net."),
                        new DnsRr("edge.cdn.example.net.", "A", 60, "192.0.2.7")), List.of(), Duration.ofMillis(1), "");
        DnsAnswer aaaa = answer(OFFICE, target, "AAAA", "NOERROR", false, 0, 1);
        assertThatThrownBy(() -> DnsAssertions.assertTargetIsNoAlias(target, of, a, aaaa, RERUN))
                .hasMessageContaining("but it is an alias: CNAME to edge.cdn.example.net., and an SRV target must not be"
                        + " one (RFC 2782)")
                .hasMessageContaining("Point the SRV record at edge.cdn.example.net.");
        // a CNAME's target may be another alias
        DnsAnswer cname = new DnsAnswer(DnsQuery.of(OFFICE, "www.game.example.com.", "CNAME"), "NOERROR", false, false,
                List.of(new DnsRr("www.game.example.com.", "CNAME", 60, target)), List.of(), Duration.ofMillis(1), "");
        assertThatCode(() -> DnsAssertions.assertTargetIsNoAlias(target, cname, a, aaaa, RERUN)).doesNotThrowAnyException();
    }

    @Test
    void reports_not_ready_when_a_record_does_not_resolve() {
        DnsAnswer nx = answer(NS1, LOGIN, "A", "NXDOMAIN", true, 0, 2);
        assertThatThrownBy(() -> DnsAssertions.assertThat(nx, RERUN).resolves()).isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expecting login.game.example.com. A to resolve on ns1 (10.0.0.53:53)
                        but the answer was NXDOMAIN.
                        Publish the record in the zone and check that the resolver serves the zone, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_the_answer_set_differs_from_the_plan() {
        DnsAnswer wrong = login(NS1, 60, "192.168.10.101", "192.168.10.102", "192.168.10.201");
        assertThatThrownBy(() -> DnsAssertions.assertThat(wrong, RERUN)
                .hasExactly(List.of("192.168.10.101", "192.168.10.102", "192.168.10.200"), "the plan"))
                .hasMessage("""
                        Expecting login.game.example.com. A on ns1 (10.0.0.53:53)
                          to be exactly [192.168.10.101, 192.168.10.102, 192.168.10.200] (the plan)
                        but it was [192.168.10.101, 192.168.10.102, 192.168.10.201]
                          missing: [192.168.10.200]
                          not planned: [192.168.10.201].
                        Correct the record set in the zone (or the plan in the profile), then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void accepts_the_planned_set_in_any_order_and_spelling() {
        DnsAnswer six = answer(NS1, "matcher.game.example.com.", "AAAA", "NOERROR", true, 60, 2, "2001:db8:0:0:0:0:0:7000");
        assertThatCode(() -> DnsAssertions.assertThat(six, RERUN).hasExactly(List.of("2001:DB8::7000"), "the plan"))
                .doesNotThrowAnyException();
    }

    @Test
    void reports_not_ready_when_ttl_exceeds_phase_policy() {
        assertThatThrownBy(() -> DnsAssertions.assertThat(login(NS1, 3600, "192.168.10.101"), RERUN)
                .hasTtlAtMost(Duration.ofSeconds(60), "scale-out phase policy"))
                .hasMessage("""
                        Expecting the TTL of login.game.example.com. A on ns1 (10.0.0.53:53)
                          to be at most 1m (scale-out phase policy)
                        but it was 3600s.
                        Lower the TTL in the zone and wait out the old TTL in caches, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_an_authoritative_answer_lacks_the_aa_flag() {
        DnsAnswer noAa = answer(NS2, LOGIN, "A", "NOERROR", false, 60, 2, "192.168.10.101");
        assertThatThrownBy(() -> DnsAssertions.assertThat(noAa, RERUN).isAuthoritative())
                .hasMessage("""
                        Expecting login.game.example.com. A on ns2 (10.0.0.54:53)
                          to be answered authoritatively (AA flag set)
                        but the AA flag was not set: ns2 does not serve this zone itself (lame delegation, or a cache).
                        Load the zone on ns2 as primary or secondary, then re-run: mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_authoritative_servers_disagree() {
        assertThatThrownBy(() -> DnsAssertions.assertThat(login(NS2, 30, "192.168.10.101"), RERUN)
                .agreesWith(List.of(login(NS1, 60, "192.168.10.101"))))
                .hasMessage("""
                        Expecting login.game.example.com. A on ns2 (10.0.0.54:53)
                          to agree with ns1 (10.0.0.53:53): NOERROR [192.168.10.101] TTL 60s
                        but ns2 answered NOERROR [192.168.10.101] TTL 30s.
                        Make every authoritative server serve the same zone data (check zone transfers), then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_serials_differ() {
        Map<Resolver, DnsAnswer> soa = new LinkedHashMap<>();
        soa.put(NS1, soa(NS1, 2026120101, 30));
        soa.put(NS2, soa(NS2, 2026120102, 30));
        assertThatThrownBy(() -> DnsAssertions.assertSameSerial("game.example.com.", soa, RERUN))
                .hasMessage("""
                        Expecting zone game.example.com. to have the same SOA serial on every authoritative resolver
                        but the serials differ: ns1 (10.0.0.53:53) 2026120101, ns2 (10.0.0.54:53) 2026120102.
                        Check zone transfers (NOTIFY, AXFR/IXFR) to every secondary, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_ns_sets_differ() {
        Map<Resolver, DnsAnswer> ns = new LinkedHashMap<>();
        ns.put(NS1, answer(NS1, "game.example.com.", "NS", "NOERROR", true, 3600, 2, "ns1.game.example.com."));
        ns.put(NS2, answer(NS2, "game.example.com.", "NS", "NOERROR", true, 3600, 2, "ns1.game.example.com.", "ns3.game.example.com."));
        assertThatThrownBy(() -> DnsAssertions.assertSameNsSet("game.example.com.", ns, RERUN))
                .hasMessage("""
                        Expecting zone game.example.com. to have the same NS set on every authoritative resolver
                        but the NS sets differ: ns1 (10.0.0.53:53) [ns1.game.example.com.], \
                        ns2 (10.0.0.54:53) [ns1.game.example.com., ns3.game.example.com.].
                        Fix the NS records of the zone on every server (and at the parent), then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_a_region_gets_the_wrong_answer() {
        DnsAnswer global = new DnsAnswer(DnsQuery.of(NS1, LOGIN, "A").withSubnet("203.0.113.0/24"), "NOERROR", true, false,
                List.of(new DnsRr(LOGIN, "A", 60, "192.168.10.101")), List.of(), Duration.ofMillis(2), "",
                java.util.OptionalInt.of(0));
        assertThatThrownBy(() -> DnsAssertions.assertThat(global, RERUN).hasExactly(List.of("10.96.128.10"),
                "the plan for 203.0.113.0/24"))
                .hasMessage("""
                        Expecting login.game.example.com. A on ns1 (10.0.0.53:53) with client subnet 203.0.113.0/24
                          to be exactly [10.96.128.10] (the plan for 203.0.113.0/24)
                        but it was [192.168.10.101]
                          missing: [10.96.128.10]
                          not planned: [192.168.10.101].
                        The server echoed the client subnet with scope /0: it gives every subnet the same answer.
                        Set up the regional answers on the server (GeoIP views or ECS), or correct the plan in the profile, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_warm_p95_exceeds_max_latency() {
        List<DnsAnswer> samples = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            samples.add(answer(NS2, LOGIN, "A", "NOERROR", true, 60, i <= 10 ? 150 : 160));
        }
        assertThatThrownBy(() -> DnsAssertions.assertP95AtMost(NS2, samples, Duration.ofMillis(150), RERUN))
                .hasMessage("""
                        Expecting warm answers of ns2 (10.0.0.54:53) to take at most 150ms at p95 (20 queries)
                        but p95 was 160ms (median 160ms, max 160ms).
                        Check the resolver's load and the network path to it, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_the_recursive_cache_was_cold() {
        DnsAnswer cold = answer(OFFICE, LOGIN, "A", "NOERROR", false, 60, 153, "192.168.10.101");
        DnsAnswer cached = answer(OFFICE, LOGIN, "A", "NOERROR", false, 60, 1, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 151);
        assertThatThrownBy(() -> DnsAssertions.assertThat(cold, RERUN).cameFromCache(cached, OptionalLong.of(60), miss, WARM_UP))
                .hasMessage("""
                        Expecting login.game.example.com. A on office (10.0.0.2:53) to come from a primed cache
                        but the cache was cold: the first answer carried the full TTL 60s (authoritative 60s) \
                        and took 153ms; a certain cache miss took 151ms, a cached repeat 1ms.
                        Run the DNS warm-up against office shortly before launch, within the records' TTL: \
                        make warm-up ENV=staging (ARGS='--until T0' keeps it warm until launch), \
                        then re-run: mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_a_full_ttl_came_as_fast_as_a_miss_on_a_nearby_resolver() {
        // GIVEN a resolver next to its servers: a miss costs 1ms, so only the TTL can show a cache hit
        DnsAnswer first = answer(OFFICE, LOGIN, "A", "NOERROR", false, 60, 1, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 1);
        assertThatThrownBy(() -> DnsAssertions.assertThat(first, RERUN).cameFromCache(first, OptionalLong.of(60), miss, WARM_UP))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but the cache was cold");
    }

    @Test
    void accepts_an_answer_far_faster_than_a_miss_even_with_a_full_ttl() {
        DnsAnswer first = answer(OFFICE, LOGIN, "A", "NOERROR", false, 60, 2, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 80);
        assertThatCode(() -> DnsAssertions.assertThat(first, RERUN).cameFromCache(first, OptionalLong.of(60), miss, WARM_UP))
                .doesNotThrowAnyException();
    }

    @Test
    void cannot_check_priming_without_authoritative_ttl_when_misses_are_fast() {
        DnsAnswer first = answer(OFFICE, LOGIN, "A", "NOERROR", false, 60, 1, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 1);
        assertThatThrownBy(() -> DnsAssertions.assertThat(first, RERUN).cameFromCache(first, OptionalLong.empty(), miss, WARM_UP))
                .isInstanceOf(dev.tminus.ProbeException.class)
                .hasMessage("Cannot tell whether login.game.example.com. A on office (10.0.0.2:53) came from the cache:"
                        + " no authoritative resolver in the profile to compare its TTL with, and a cache miss takes only 1ms."
                        + " Add the zone's authoritative servers to dns.resolvers.");
    }

    @Test
    void cannot_check_priming_when_the_resolver_hands_out_its_own_ttl_and_misses_are_fast() {
        // GIVEN Unbound with cache-min-ttl: 300 in front of records with TTL 60 (a real set-up: its TTL says nothing)
        DnsAnswer first = answer(OFFICE, LOGIN, "A", "NOERROR", false, 296, 0, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 0);
        assertThatThrownBy(() -> DnsAssertions.assertThat(first, RERUN).cameFromCache(first, OptionalLong.of(60), miss, WARM_UP))
                .isInstanceOf(dev.tminus.ProbeException.class)
                .hasMessageContaining("the resolver hands out TTL 296s although the authoritative TTL is 60s");
    }

    @Test
    void says_why_there_is_no_authoritative_ttl_when_the_servers_answer_an_alias() {
        DnsAnswer first = answer(OFFICE, LOGIN, "A", "NOERROR", false, 60, 0, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 0);
        assertThatThrownBy(() -> DnsAssertions.assertThat(first, RERUN).cameFromCache(first, OptionalLong.empty(), miss,
                WARM_UP, "the profile's authoritative servers give no A record of it", "Judge this name by its target."))
                .isInstanceOf(dev.tminus.ProbeException.class)
                .hasMessage("Cannot tell whether login.game.example.com. A on office (10.0.0.2:53) came from the cache: the"
                        + " profile's authoritative servers give no A record of it, and a cache miss takes only 0ms. Judge this"
                        + " name by its target.");
    }

    @Test
    void accepts_a_cached_answer_by_its_counted_down_ttl_however_slow() {
        DnsAnswer first = answer(OFFICE, LOGIN, "A", "NOERROR", false, 41, 153, "192.168.10.101");
        DnsAnswer cached = answer(OFFICE, LOGIN, "A", "NOERROR", false, 41, 1, "192.168.10.101");
        DnsAnswer miss = answer(OFFICE, "tminus-cold-1.game.example.com.", "A", "NXDOMAIN", false, 0, 1);
        assertThatCode(() -> DnsAssertions.assertThat(first, RERUN).cameFromCache(cached, OptionalLong.of(60), miss, WARM_UP))
                .doesNotThrowAnyException();
    }

    @Test
    void reports_not_ready_when_negative_ttl_exceeds_phase_policy() {
        assertThatThrownBy(() -> DnsAssertions.assertNegativeTtlAtMost("game.example.com.", soa(NS1, 2026120101, 3600),
                Duration.ofSeconds(60), "scale-out phase policy", RERUN))
                .hasMessage("""
                        Expecting the negative TTL of zone game.example.com. on ns1 (10.0.0.53:53)
                          to be at most 1m (scale-out phase policy)
                        but it was 3600s (SOA TTL 3600s, SOA minimum 3600s).
                        Lower the SOA minimum and SOA TTL so a name published late is not cached as missing, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    @Test
    void reports_not_ready_when_a_target_does_not_resolve() {
        DnsAnswer srv = answer(NS1, "_matcher._tcp.game.example.com.", "SRV", "NOERROR", true, 60, 2,
                "10 50 7000 matcher.game.example.com.");
        DnsAnswer a = answer(NS1, "matcher.game.example.com.", "A", "NXDOMAIN", true, 0, 2);
        DnsAnswer aaaa = answer(NS1, "matcher.game.example.com.", "AAAA", "NXDOMAIN", true, 0, 2);
        assertThatThrownBy(() -> DnsAssertions.assertTargetResolves("matcher.game.example.com.", srv, a, aaaa, RERUN))
                .hasMessage("""
                        Expecting the target matcher.game.example.com. of _matcher._tcp.game.example.com. SRV to resolve \
                        (A or AAAA) on ns1 (10.0.0.53:53)
                        but it did not: A NXDOMAIN, AAAA NXDOMAIN.
                        Publish an address for the target, or point the record at a name that has one, then re-run: \
                        mvn verify -Denv=staging -Dchecks=dns""");
    }

    private static DnsAnswer soa(Resolver r, long serial, long negative) {
        return answer(r, "game.example.com.", "SOA", "NOERROR", true, negative, 2,
                "ns1.game.example.com. hostmaster.game.example.com. " + serial + " 300 60 86400 " + negative);
    }
}
