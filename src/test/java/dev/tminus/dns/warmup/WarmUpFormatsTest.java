package dev.tminus.dns.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsRr;
import dev.tminus.profile.Resolver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The warm-up's table, textfile, keep-warm schedule and --until, pinned. */
class WarmUpFormatsTest {

    private static final Resolver OFFICE = new Resolver("office", "10.0.0.2", 53, Resolver.Role.RECURSIVE);
    private static final Resolver EDGE = new Resolver("edge", "127.0.0.3", 15353, Resolver.Role.RECURSIVE);
    private static final Instant AT = Instant.parse("2026-12-01T09:30:00Z");
    private static final String LOGIN = "login.game.example.com.";

    private static Sample sample(Resolver r, String name, String type, long ttl, long millis, boolean target) {
        Question q = new Question(r, name, type, target);
        List<DnsRr> rrs = ttl < 0 ? List.of() : List.of(new DnsRr(name, type, ttl, type.equals("A") ? "192.0.2.1" : "2001:db8::1"));
        return Sample.of(q, new DnsAnswer(q.query(), "NOERROR", false, false, rrs, List.of(), Duration.ofMillis(millis), ""), AT);
    }

    private static final Map<String, OptionalLong> REFERENCE = Map.of(LOGIN + "|A", OptionalLong.of(60));

    @Test
    void writes_the_seed_metric_a_round_counter_and_the_cache_hit_gauge_in_textfile_format() {
        List<Sample> latest = List.of(sample(OFFICE, LOGIN, "A", 41, 14, false), sample(EDGE, LOGIN, "A", 60, 186, false),
                Sample.failed(new Question(EDGE, "www.game.example.com.", "CNAME", false), "No answer", AT));
        assertThat(new Textfile(Path.of("unused"), REFERENCE).render(7, latest)).isEqualTo("""
                # HELP dns_query_duration_seconds Latency of the latest answer to the DNS warm-up's query.
                # TYPE dns_query_duration_seconds gauge
                dns_query_duration_seconds{server="10.0.0.2",domain="login.game.example.com.",type="A"} 0.014000
                dns_query_duration_seconds{server="127.0.0.3:15353",domain="login.game.example.com.",type="A"} 0.186000
                # HELP dns_warmup_rounds_total Query rounds the DNS warm-up has completed (cold, warm, keep-warm).
                # TYPE dns_warmup_rounds_total counter
                dns_warmup_rounds_total 7
                # HELP dns_warmup_cache_hit_ratio Share of the latest answers served from the cache (TTL counted down).
                # TYPE dns_warmup_cache_hit_ratio gauge
                dns_warmup_cache_hit_ratio{server="10.0.0.2"} 1.0000
                dns_warmup_cache_hit_ratio{server="127.0.0.3:15353"} 0.0000
                # HELP dns_warmup_failures Queries of the latest round without a usable answer.
                # TYPE dns_warmup_failures gauge
                dns_warmup_failures{server="10.0.0.2"} 0
                dns_warmup_failures{server="127.0.0.3:15353"} 1
                """);
    }

    @Test
    void prints_the_before_after_table_per_resolver_with_what_did_not_resolve() {
        ResolverOutcome office = new ResolverOutcome(OFFICE,
                List.of(sample(OFFICE, LOGIN, "A", 60, 186, false), sample(OFFICE, "gw.game.example.com.", "A", -1, 150, true),
                        sample(OFFICE, "gw.game.example.com.", "AAAA", -1, 150, true)),
                List.of(sample(OFFICE, LOGIN, "A", 59, 14, false), sample(OFFICE, "gw.game.example.com.", "A", -1, 2, true),
                        sample(OFFICE, "gw.game.example.com.", "AAAA", -1, 2, true)), Optional.empty());
        ResolverOutcome edge = new ResolverOutcome(EDGE, List.of(), List.of(), Optional.of("No answer to login A on edge within 1s × 2 attempts."));
        WarmUpResult r = new WarmUpResult("staging", AT, AT.plusSeconds(3), List.of(office, edge), REFERENCE, true,
                WarmUpEngine.SETTLE, 1, List.of(), false);
        assertThat(WarmUpTable.markdown(r)).isEqualTo("""
                # DNS warm-up · staging

                Started 2026-12-01T09:30:00Z, finished 2026-12-01T09:30:03Z. 1 record of the profile and the \
                CNAME/SRV/MX/NS targets they lead to, on 2 recursive resolvers. Before: the first answer of each query \
                (the cache as it was). After: the same queries 1.1s after the caches were filled. From cache: the TTL \
                had counted down below the authoritative TTL, as DNS-08 judges it.

                **could not check: some resolver could not be warmed (see its line)**

                ## office (10.0.0.2:53)

                | phase | queries | p50 | p95 | from cache | failures |
                |---|---:|---:|---:|---:|---:|
                | before (first answer) | 3 | 150 ms | 186 ms | 0 % (0/1) | 0 % (0) |
                | after (warm) | 3 | 2.0 ms | 14 ms | 100 % (1/1) | 0 % (0) |

                Did not resolve: 1
                - gw.game.example.com. A/AAAA (a target): A NOERROR with no A records, AAAA NOERROR with no AAAA records

                ## edge (127.0.0.3:15353)

                Could not check: No answer to login A on edge within 1s × 2 attempts.
                Nothing was warmed there; the other resolvers were.
                """);
        assertThat(r.exitCode()).isEqualTo(WarmUpResult.COULD_NOT_CHECK);
    }

    @Test
    void asks_again_when_the_handed_out_ttl_is_down_to_a_tenth_or_at_expiry_when_already_below() {
        assertThat(KeepWarm.due(sample(OFFICE, LOGIN, "A", 60, 1, false))).isEqualTo(AT.plusSeconds(54));
        assertThat(KeepWarm.due(sample(OFFICE, LOGIN, "A", 5, 1, false))).isEqualTo(AT.plusSeconds(4));
        assertThat(KeepWarm.due(sample(OFFICE, LOGIN, "A", 1, 1, false))).isEqualTo(AT.plusMillis(1100));
        assertThat(KeepWarm.due(sample(OFFICE, LOGIN, "A", 0, 1, false))).isEqualTo(AT.plusMillis(100));
        assertThat(KeepWarm.due(Sample.failed(new Question(OFFICE, LOGIN, "A", false), "No answer", AT))).isEqualTo(AT.plusSeconds(5));
    }

    @Test
    void prints_one_line_per_keep_warm_round() {
        PhaseStats s = PhaseStats.of(List.of(sample(OFFICE, LOGIN, "A", 6, 3, false)), REFERENCE);
        assertThat(KeepWarm.line(3, AT, 1, s, AT.plusSeconds(54), AT.plusSeconds(1800))).isEqualTo(
                "keep-warm round 3 · 2026-12-01T09:30:00Z · 1 query · from cache 1/1 · p95 3.0 ms · failures 0"
                        + " · next 2026-12-01T09:30:54Z · until 2026-12-01T10:00:00Z");
    }

    @Test
    void reads_until_as_t0_an_offset_from_t0_an_instant_or_a_duration() {
        Optional<Instant> t0 = Optional.of(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(WarmUpOptions.untilInstant("T0", t0, AT)).isEqualTo(t0.get());
        assertThat(WarmUpOptions.untilInstant("T0-15m", t0, AT)).isEqualTo(Instant.parse("2026-12-01T09:45:00Z"));
        assertThat(WarmUpOptions.untilInstant("T0+5m", t0, AT)).isEqualTo(Instant.parse("2026-12-01T10:05:00Z"));
        assertThat(WarmUpOptions.untilInstant("2026-12-01T09:50:00Z", t0, AT)).isEqualTo(Instant.parse("2026-12-01T09:50:00Z"));
        assertThat(WarmUpOptions.untilInstant("30m", t0, AT)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThatThrownBy(() -> WarmUpOptions.untilInstant("T0", Optional.empty(), AT))
                .hasMessage("--until T0: the profile sets no T0 (launch.at); give an instant (2026-12-01T10:00:00Z)"
                        + " or a duration (30m)");
        assertThatThrownBy(() -> WarmUpOptions.untilInstant("soon", t0, AT))
                .hasMessage("--until soon: expected T0, T0-15m, an instant like 2026-12-01T10:00:00Z or a duration like 30m");
    }

    @Test
    void rejects_unknown_arguments_with_the_usage() {
        assertThatThrownBy(() -> WarmUpOptions.parse(new String[] {"--env", "staging", "--fast"}))
                .hasMessage("unknown argument --fast; " + WarmUpOptions.USAGE);
    }

    @Test
    void offers_the_last_table_to_the_checklist_only_for_the_environment_it_was_run_for(@org.junit.jupiter.api.io.TempDir Path reports)
            throws Exception {
        // GIVEN the last warm-up was run for staging
        WarmUpResult r = new WarmUpResult("staging", AT, AT.plusSeconds(3), List.of(), REFERENCE, true,
                WarmUpEngine.SETTLE, 1, List.of(), false);
        WarmUpFiles.write(reports, r);

        // THEN a staging run gets its table and its finish time, a prod run nothing
        assertThat(WarmUpFiles.latest(reports, "staging")).hasValueSatisfying(l -> {
            assertThat(l.finished()).isEqualTo("2026-12-01T09:30:03Z");
            assertThat(l.markdown()).isEqualTo(WarmUpTable.markdown(r));
        });
        assertThat(WarmUpFiles.latest(reports, "prod")).isEmpty();
        assertThat(java.nio.file.Files.list(reports).map(f -> f.getFileName().toString()).sorted().toList())
                .containsExactly("warm-up.json", "warm-up.md");
    }
}
