package dev.tminus.checklist.silence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.alerting.ActiveAlert;
import dev.tminus.alerting.RoutingTree;
import dev.tminus.alerting.ServiceStatus;
import dev.tminus.alerting.SilenceWindow;
import dev.tminus.fixture.TestProfiles;
import dev.tminus.profile.Profile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact text of every silence failure message. */
class SilenceMessagesTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final String AM = "http://alertmanager.staging:9093";
    static final String PROM = "http://prometheus.staging:9090";
    final Profile profile = TestProfiles.staging(T0).build();
    final SilenceWindow window = new SilenceWindow(T0.minus(Duration.ofMinutes(15)), T0.plus(Duration.ofMinutes(60)),
            Duration.ofMinutes(10), Duration.ofHours(2));

    @Test
    void says_which_planned_alert_is_not_muted_and_how_to_fix_it() {
        String none = SilenceMessages.notMuted(Map.of("alertname", "payment_gateway_timeout", "service", "payment-gateway"),
                AM, window, new SilenceWindow.Gap(T0, T0.plus(Duration.ofMinutes(60))), false, profile);
        String gap = SilenceMessages.notMuted(Map.of("alertname", "payment_gateway_timeout"), AM, window,
                new SilenceWindow.Gap(T0.plus(Duration.ofMinutes(20)), T0.plus(Duration.ofMinutes(60))), true, profile);

        assertThat(none).isEqualTo("""
                Expecting alert payment_gateway_timeout{service="payment-gateway"}
                  to be muted in Alertmanager at http://alertmanager.staging:9093 for the planned window \
                2026-12-01T09:45:00Z … 2026-12-01T11:00:00Z (1h15m, tolerance 10m)
                but no active or pending silence matches it.
                Create the release silence from the pipeline (comment naming release v1.2.0-3a7f1b2), then re-run: \
                mvn verify -Denv=staging -Dchecks=silence""");
        assertThat(gap).contains("but nothing mutes it from 2026-12-01T10:20:00Z … 2026-12-01T11:00:00Z (40m).\n");
    }

    @Test
    void names_the_silence_that_mutes_a_protected_alert_and_why() {
        String message = SilenceMessages.mutesProtected(Map.of("severity", "critical"), AM, 1, List.of(
                "silence 3f2a {service=\"gateway\", tier!=\"p0\"} by ops mutes rule P0_ERROR_COUNT (game-launch):"
                        + " service=\"gateway\" matches service=\"gateway\"; tier!=\"p0\" matches because the alert has no tier label"),
                profile);

        assertThat(message).isEqualTo("""
                Expecting no silence in Alertmanager at http://alertmanager.staging:9093 to mute protected alerts {severity="critical"}
                but 1 silence mutes them:
                  silence 3f2a {service="gateway", tier!="p0"} by ops mutes rule P0_ERROR_COUNT (game-launch): \
                service="gateway" matches service="gateway"; tier!="p0" matches because the alert has no tier label
                Narrow those silences to the planned alerts (equality matchers on alertname) or expire them, then re-run: \
                mvn verify -Denv=staging -Dchecks=silence""");
    }

    @Test
    void audits_release_id_author_and_window() {
        String unattributed = SilenceMessages.unattributed("v1.2.0-3a7f1b2", AM,
                List.of("silence 3f2a {alertname=\"x\"} by (no author) does not name release v1.2.0-3a7f1b2 (comment: \"rollout\") and has no author"),
                profile);
        String offPlan = SilenceMessages.offPlan(window, AM,
                List.of("silence 3f2a {alertname=\"x\"} by ci ends 25m after the plan (2026-12-01T11:00:00Z)"), profile);

        assertThat(unattributed).isEqualTo("""
                Expecting every release silence in Alertmanager at http://alertmanager.staging:9093
                  to name release v1.2.0-3a7f1b2 in its comment and to have an author
                but silence 3f2a {alertname="x"} by (no author) does not name release v1.2.0-3a7f1b2 (comment: "rollout") \
                and has no author.
                Create release silences only from the pipeline, with the release id, then re-run: \
                mvn verify -Denv=staging -Dchecks=silence""");
        assertThat(offPlan).isEqualTo("""
                Expecting every release silence in Alertmanager at http://alertmanager.staging:9093
                  to follow the planned window 2026-12-01T09:45:00Z … 2026-12-01T11:00:00Z (1h15m, tolerance 10m) \
                and last at most maxDuration 2h
                but silence 3f2a {alertname="x"} by ci ends 25m after the plan (2026-12-01T11:00:00Z).
                Fix the silence window in the pipeline (or the plan in environments/staging.yaml), then re-run: \
                mvn verify -Denv=staging -Dchecks=silence""");
    }

    @Test
    void explains_rules_alerts_routes_and_readiness() {
        String rule = SilenceMessages.ruleNotAsPlanned("HighErrorRate", PROM, "loaded, health ok, for at most 2m",
                List.of("it has health err: found duplicate series", "its for is 5m"), profile);
        String firing = SilenceMessages.firing("rule MatchTimeoutRateHigh", PROM, AM, List.of(new ActiveAlert("Prometheus",
                Map.of("alertname", "MatchTimeoutRateHigh", "service", "matcher"), "pending", "2026-12-01T09:00:00Z")), profile);
        String route = SilenceMessages.misrouted(Map.of("severity", "critical"), "pager-l2", AM,
                new RoutingTree.Decision(List.of("annotate-l1"), List.of("root → {severity=\"critical\"} → annotate-l1")), profile);
        String notReady = SilenceMessages.notReady(new ServiceStatus("Alertmanager", AM, 503, "0.25.0", "", "settling", "{}"), profile);

        assertThat(rule).isEqualTo("""
                Expecting alerting rule HighErrorRate in Prometheus at http://prometheus.staging:9090
                  to be loaded, health ok, for at most 2m
                but it has health err: found duplicate series; its for is 5m.
                Fix the rule file, reload Prometheus, then re-run: mvn verify -Denv=staging -Dchecks=silence""");
        assertThat(firing).isEqualTo("""
                Expecting rule MatchTimeoutRateHigh to be neither pending nor firing before launch
                  in Prometheus at http://prometheus.staging:9090 and Alertmanager at http://alertmanager.staging:9093
                but MatchTimeoutRateHigh is pending in Prometheus since 2026-12-01T09:00:00Z {service="matcher"}.
                Find and fix the cause before the launch (do not silence it), then re-run: \
                mvn verify -Denv=staging -Dchecks=silence""");
        assertThat(route).isEqualTo("""
                Expecting alerts labelled {severity="critical"} to reach receiver pager-l2
                  in the routing tree Alertmanager at http://alertmanager.staging:9093 has loaded
                but they route to [annotate-l1] (root → {severity="critical"} → annotate-l1).
                Fix the route in Alertmanager's configuration, reload it, then re-run: \
                mvn verify -Denv=staging -Dchecks=silence""");
        assertThat(notReady).isEqualTo("""
                Expecting Alertmanager at http://alertmanager.staging:9093
                  to answer /-/ready with 200 and report its cluster ready (or disabled when it runs alone)
                but /-/ready answered 503 and the cluster is "settling".
                Check Alertmanager's log and its cluster peers, then re-run: mvn verify -Denv=staging -Dchecks=silence""");
    }
}
