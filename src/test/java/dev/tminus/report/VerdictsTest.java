package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictsTest {

    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    private Readiness verdict(AllureFixtures... runs) {
        return Verdicts.of(List.of(runs).stream().map(f -> AllureResults.read(f.dir(), Optional.empty())).toList(),
                Optional.empty(), NOW);
    }

    @Test
    void a_teams_own_area_comes_after_the_built_in_ones_under_its_epic_with_its_item_from_the_labels() {
        // GIVEN a result of a team's own check, labelled by the checklist, and a built-in one
        AllureFixtures run = new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .result("app", "APP-01 matchmaking · answers within 2s · eu-west-1", "failed",
                        "Expecting matchmaking to answer within 2s", "critical", "check", "APP-01",
                        "claim", "answers within 2s", "item", "matchmaking", "where", "eu-west-1", "area", "app",
                        "epic", "Matchmaking service")
                .passed("golden-hour", "GH-05 no SLO breach escalates to paging or rollback");

        // WHEN
        Readiness r = verdict(run);

        // THEN it is an area of its own, last, named by its epic, its row made of its labels
        assertThat(r.areas()).containsExactly("golden-hour", "app");
        assertThat(r.title("app")).isEqualTo("Matchmaking service");
        assertThat(r.title("golden-hour")).isEqualTo("Golden three hours");
        assertThat(r.blockers()).singleElement().satisfies(b -> {
            assertThat(b.checkId()).isEqualTo("APP-01");
            assertThat(b.item()).isEqualTo("matchmaking · answers within 2s · eu-west-1");
        });
        assertThat(ReadinessMarkdown.render(r)).contains("### Matchmaking service (`app`)");
    }

    @Test
    void reports_not_ready_and_names_the_failed_check_first() {
        // GIVEN one failed, one broken and passing items in two areas
        AllureFixtures run = new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .result("tls", "TLS-02 gateway (gateway.game.example.com) · valid until T0 + 30d · 10.0.0.12", "broken",
                        "gateway.game.example.com at 10.0.0.12:443 did not answer within 5s", "critical")
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1")
                .result("dns", "DNS-03 login.game.example.com. A · TTL ≤ 60s (scale-out) · ns1", "failed",
                        "\nExpecting TTL of login.game.example.com. A on ns1\n  to be at most 60s (scale-out)\nbut it is 300s.\n"
                                + "Lower the TTL, then re-run: mvn verify -Denv=staging -Dchecks=dns", "blocker");

        // WHEN
        Readiness r = verdict(run);

        // THEN NOT READY, the failed item first, with its owner from the profile
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(r.headline()).isEqualTo("1 item is not ready; 1 item could not be checked");
        assertThat(r.blockers()).extracting(ReadinessItem::checkId).containsExactly("DNS-03", "TLS-02");
        ReadinessItem first = r.blockers().get(0);
        assertThat(first.item()).isEqualTo("login.game.example.com. A · TTL ≤ 60s (scale-out) · ns1");
        assertThat(first.reason()).isEqualTo("Expecting TTL of login.game.example.com. A on ns1 to be at most 60s "
                + "(scale-out) but it is 300s. Lower the TTL, then re-run: mvn verify -Denv=staging -Dchecks=dns");
        assertThat(first.owner()).isEqualTo("netops");
        assertThat(first.severity()).isEqualTo("blocker");
        assertThat(r.areas()).containsExactly("dns", "tls");
        assertThat(r.count("dns", Outcome.PASSED)).isEqualTo(1);
        assertThat(r.count("dns", Outcome.FAILED)).isEqualTo(1);
        assertThat(r.count("tls", Outcome.BROKEN)).isEqualTo(1);
        assertThat(List.of(r.env(), r.release(), r.t0(), r.phase()))
                .containsExactly("staging", "v1.2.0-3a7f1b2", "2026-12-01T10:00:00Z", "scale-out");
        assertThat(r.areasNotRun()).containsExactly("db", "silence", "cache", "gateway", "golden-hour");
    }

    @Test
    void reports_incomplete_when_an_item_could_not_be_checked_and_nothing_failed() {
        AllureFixtures run = new AllureFixtures(dir)
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1")
                .result("db", "DB-01 player-db · capacity holds", "broken", "Connection refused: 10.0.0.7:5432", "blocker");

        Readiness r = verdict(run);

        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.headline()).isEqualTo("1 item could not be checked; nothing failed");
        assertThat(r.blockers()).extracting(ReadinessItem::name).containsExactly("DB-01 player-db · capacity holds");
    }

    @Test
    void reports_ready_when_every_item_passed_or_is_waived_and_skips_do_not_count() {
        AllureFixtures run = new AllureFixtures(dir)
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1")
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns2")
                .result("tls", "TLS-07 legacy (legacy.game.example.com) · OCSP stapled · 10.0.0.5", "skipped",
                        "waived until 2026-12-31: CA dropped OCSP (waiver for TLS-07 legacy in environments/staging.yaml)", "normal")
                .result("db", "DB-01 the pools fit the server", "skipped",
                        "not configured: environments/staging.yaml has no databases section", null);

        Readiness r = verdict(run);

        assertThat(r.verdict()).isEqualTo(Verdict.READY);
        assertThat(r.headline()).isEqualTo("all 3 items checked are ready (1 under a waiver)");
        assertThat(r.blockers()).isEmpty();
        assertThat(r.count("tls", Outcome.WAIVED)).isEqualTo(1);
        assertThat(r.count("db", Outcome.NOT_CONFIGURED)).isEqualTo(1);
    }

    @Test
    void reports_incomplete_when_nothing_was_checked_at_all() {
        AllureFixtures run = new AllureFixtures(dir).result("db", "DB-01 the pools fit the server", "skipped",
                "not configured: environments/staging.yaml has no databases section", null);

        assertThat(verdict(run).verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(verdict(run).headline()).isEqualTo("nothing was checked: every item was skipped (1 not configured)");
        assertThat(verdict(new AllureFixtures(dir.resolve("empty"))).headline())
                .isEqualTo("no checklist result was found: nothing was checked");
    }

    @Test
    void an_item_red_at_any_vantage_is_red() {
        // GIVEN the same item passing from eu-west and failing from us-east
        String name = "DNS-06 gateway.game.example.com. A · region 203.0.113.0/24 answers [10.96.128.10] · ns1";
        AllureFixtures eu = new AllureFixtures(dir.resolve("eu")).environment("env=prod\nvantage=eu-west\n").passed("dns", name);
        AllureFixtures us = new AllureFixtures(dir.resolve("us")).environment("env=prod\nvantage=us-east\n")
                .result("dns", name, "failed", "Expecting [10.96.128.10] but got [10.96.0.1]", "blocker");

        // WHEN merged
        Readiness r = verdict(eu, us);

        // THEN one item, red, naming where
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).redAt()).containsExactly("us-east");
        assertThat(r.items().get(0).vantages()).containsExactly("eu-west", "us-east");
        assertThat(r.vantages()).containsExactly("eu-west", "us-east");
        assertThat(r.env()).isEqualTo("prod");
    }

    @Test
    void leaves_out_results_of_an_earlier_run_and_keeps_the_latest_of_repeats() {
        AllureFixtures run = new AllureFixtures(dir).at(1_000_000L)
                .result("dns", "DNS-01 stale.game.example.com. A · resolves · ns1", "failed", "old", "blocker")
                .at(5_000_000L).result("dns", "DNS-01 login.game.example.com. A · resolves · ns1", "failed", "first", "blocker")
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1");

        Readiness r = Verdicts.of(List.of(AllureResults.read(dir, Optional.of(Instant.ofEpochMilli(4_000_000L)))),
                Optional.empty(), NOW);

        assertThat(r.items()).extracting(ReadinessItem::name, ReadinessItem::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "DNS-01 login.game.example.com. A · resolves · ns1", Outcome.PASSED));
    }

    @Test
    void lists_the_checklist_grouped_by_area_in_the_seed_order() {
        AllureFixtures run = new AllureFixtures(dir)
                .passed("golden-hour", "GH-01 pay 5xx ratio · stays at most 0.003")
                .passed("silence", "SIL-01 order_service_latency_high · covered")
                .passed("dns", "DNS-01 a. A · resolves · ns1")
                .passed("tls", "TLS-01 gateway · trusted · 10.0.0.1")
                .passed("db", "DB-01 player-db · capacity");

        assertThat(verdict(run).items()).extracting(ReadinessItem::tag)
                .containsExactly("dns", "tls", "db", "silence", "golden-hour");
    }

    @Test
    void a_whole_class_that_could_not_start_is_a_blocker_without_check_id() {
        AllureFixtures run = new AllureFixtures(dir).result("tls", "TlsEndpointChecks", "broken",
                "The sandbox could not start its tls part: port 18443 in use. Run `make setup`, then re-run.", null);

        Readiness r = verdict(run);

        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.blockers().get(0).idOrDash()).isEqualTo("—");
        assertThat(r.blockers().get(0).item()).isEqualTo("TlsEndpointChecks");
    }

    @Test
    void names_a_parameterized_item_by_its_own_name_not_the_template_before_it() {
        assertThat(AllureResults.invocationName("DNS-02 the answer set equals the plan DNS-02 a. A · resolves · ns1",
                "DNS-02 the answer set equals the plan")).isEqualTo("DNS-02 a. A · resolves · ns1");
        assertThat(AllureResults.invocationName("DNS-05 zones agree", "DNS-05 zones agree")).isEqualTo("DNS-05 zones agree");
    }
}
