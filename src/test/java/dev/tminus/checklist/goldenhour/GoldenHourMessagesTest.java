package dev.tminus.checklist.goldenhour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.golden.Escalation;
import dev.tminus.golden.HttpAnswer;
import dev.tminus.golden.ObservationWindow;
import dev.tminus.golden.ReleaseSilence;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.golden.SloEvaluator;
import dev.tminus.golden.SloVerdict;
import dev.tminus.profile.GoldenHour;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact words operators read when a golden-hour check is red. */
class GoldenHourMessagesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String RERUN = "mvn verify -Denv=staging -Dchecks=golden-hour";
    private static final String PROMETHEUS = "http://prometheus.staging:9090";
    private static final ObservationWindow WINDOW = new ObservationWindow(T0, T0.plusSeconds(600),
            T0.plusSeconds(3 * 3600), Duration.ofMinutes(1), T0.plusSeconds(600));
    private static final GoldenHour.Slo PAY = new GoldenHour.Slo("pay 5xx ratio", "sum(rate(x[5m]))", Optional.empty(),
            Optional.of(0.003), 0, GoldenHour.Level.L3);

    private static SeriesWindow series(double... values) {
        List<SeriesWindow.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SeriesWindow.Point(T0.plusSeconds(60L * i), values[i]));
        }
        return new SeriesWindow(PAY.query(), T0, T0.plusSeconds(600), Duration.ofMinutes(1),
                List.of(new SeriesWindow.Series(Map.of("route", "/pay"), points)));
    }

    @Test
    void says_which_points_breached_the_slo_and_what_the_breach_escalates_to() {
        // GIVEN / WHEN
        SloVerdict v = SloEvaluator.evaluate(PAY, series(0.001, 0.004, 0.02));
        // THEN
        assertThat(GoldenHourMessages.sloBreached(v, WINDOW, PROMETHEUS, RERUN)).isEqualTo("""
                Expecting SLO "pay 5xx ratio" to stay at most 0.003 over 2026-12-01T10:00:00Z … 2026-12-01T10:10:00Z (step 1m),
                  allowing 0 points outside,
                but 2 points were outside; the worst was 0.02 at 2026-12-01T10:02:00Z {route="/pay"}:
                  2026-12-01T10:01:00Z  0.004  {route="/pay"}
                  2026-12-01T10:02:00Z  0.02  {route="/pay"}
                Query on Prometheus at http://prometheus.staging:9090:
                  sum(rate(x[5m]))
                A breach of this SLO escalates to L3: roll back recommended.
                Look at the attached chart and series, then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
    }

    @Test
    void says_nan_points_are_no_data() {
        // GIVEN / WHEN
        SloVerdict v = SloEvaluator.evaluate(PAY, series(Double.NaN, 0.001));
        // THEN
        assertThat(GoldenHourMessages.sloWithoutValue(v, WINDOW, PROMETHEUS, RERUN)).isEqualTo("""
                SLO "pay 5xx ratio" could not be judged over 2026-12-01T10:00:00Z … 2026-12-01T10:10:00Z (step 1m):
                  1 of 2 points were NaN (no value, e.g. 0/0 without traffic) on Prometheus at http://prometheus.staging:9090 for
                  sum(rate(x[5m]))
                No data is never healthy: check that traffic reaches the service and that the query's denominator\
                 cannot be zero, then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
    }

    @Test
    void says_what_the_probe_answered_instead() {
        // GIVEN
        GoldenHour.HttpProbe probe = new GoldenHour.HttpProbe("gateway health",
                URI.create("https://gateway.game.example.com/healthz"), 200, Duration.ofMinutes(2));
        HttpAnswer last = new HttpAnswer(probe.url(), 503, T0.plusSeconds(121), Duration.ofMillis(12), "warming up");
        HttpAnswer good = new HttpAnswer(probe.url(), 200, T0.plusSeconds(30), Duration.ofMillis(12), "ok");
        // WHEN / THEN
        assertThat(GoldenHourMessages.probeNeverAnswered(probe, T0, last, 14, RERUN)).isEqualTo("""
                Expecting gateway health at https://gateway.game.example.com/healthz
                  to answer 200 within 2m after 2026-12-01T10:00:00Z (the golden hour's start) and keep answering
                but it answered 503 "warming up" (last at 2026-12-01T10:02:01Z, 14 attempts).
                Look at the service's log and its readiness, then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
        assertThat(GoldenHourMessages.probeStoppedAnswering(probe, good, last, RERUN)).isEqualTo("""
                Expecting gateway health at https://gateway.game.example.com/healthz
                  to keep answering 200 once up
                but after 200 at 2026-12-01T10:00:30Z it answered 503 "warming up" at 2026-12-01T10:02:01Z.
                The service is flapping: look at its log and restarts, then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
    }

    @Test
    void lists_the_release_silences_still_muting_after_the_plan() {
        // GIVEN
        ReleaseSilence s = new ReleaseSilence("5c1e", "active", T0.minusSeconds(900), T0.plusSeconds(7200), "ci-pipeline-14827",
                "Rollout v1.2.0", "{alertname=\"HighLatency\", service=\"order-service\"}");
        // WHEN / THEN
        assertThat(GoldenHourMessages.silencesStillMuting("v1.2.0", "http://alertmanager.staging:9093",
                T0.plusSeconds(3600), Duration.ofMinutes(10), List.of(s), RERUN)).isEqualTo("""
                Expecting the release silences of v1.2.0 on Alertmanager at http://alertmanager.staging:9093
                  to have expired by 2026-12-01T11:10:00Z (planned window ended 2026-12-01T11:00:00Z, tolerance 10m)
                but 1 still mutes alerts:
                  5c1e active until 2026-12-01T12:00:00Z {alertname="HighLatency", service="order-service"} by ci-pipeline-14827
                Expire them (amtool silence expire ID) so alerts reach people again, then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
    }

    @Test
    void names_the_protected_alert_that_fired_and_when() {
        // GIVEN
        SeriesWindow fired = new SeriesWindow("q", T0, T0.plusSeconds(600), Duration.ofMinutes(1), List.of(
                new SeriesWindow.Series(Map.of("alertname", "P0_ERROR_COUNT", "severity", "critical"), List.of(
                        new SeriesWindow.Point(T0.plusSeconds(120), 1), new SeriesWindow.Point(T0.plusSeconds(180), 1)))));
        // WHEN / THEN
        assertThat(GoldenHourMessages.protectedFired(Map.of("severity", "critical"), WINDOW, PROMETHEUS, fired, RERUN))
                .isEqualTo("""
                Expecting no alert matching the protected set {severity="critical"}
                  to fire during the golden hour 2026-12-01T10:00:00Z … 2026-12-01T10:10:00Z (step 1m)
                but these fired on Prometheus at http://prometheus.staging:9090:
                  {alertname="P0_ERROR_COUNT", severity="critical"} firing from 2026-12-01T10:02:00Z to 2026-12-01T10:03:00Z (2 points)
                A protected (P0) alert fired after launch: follow its runbook, then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
    }

    @Test
    void names_the_highest_level_reached_and_the_breaches_per_level() {
        // GIVEN
        GoldenHour.Slo redis = new GoldenHour.Slo("redis command failures", "q", Optional.empty(), Optional.of(0.0), 0,
                GoldenHour.Level.L2);
        Escalation e = new Escalation("v1.2.0", T0, T0, T0.plusSeconds(600), T0.plusSeconds(3 * 3600),
                Duration.ofMinutes(1), List.of(
                Escalation.Entry.of(SloEvaluator.evaluate(PAY, series(0.001, 0.02))),
                Escalation.Entry.of(SloEvaluator.evaluate(redis, series(0, 3)))));
        // WHEN / THEN
        assertThat(GoldenHourMessages.escalated(e, RERUN)).isEqualTo("""
                Expecting no golden-hour SLO breach to escalate beyond L1 (annotate)
                but the highest level reached is L3: roll back recommended:
                  L3 pay 5xx ratio: 1 points outside at most 0.003, worst 0.02
                  L2 redis command failures: 1 points outside at most 0, worst 3
                Roll back release v1.2.0 (the plan's L3 action), then re-run: mvn verify -Denv=staging -Dchecks=golden-hour""");
    }

    @Test
    void gh03_before_the_silence_window_ends_is_not_due_yet() {
        // GIVEN a window of T0-15m + 1h15m / WHEN GH-03 runs before its end / THEN the skip says not due yet and until when
        assertThat(GoldenHourMessages.windowNotOver(T0.plusSeconds(3600), "T0-15m", Duration.ofMinutes(75)))
                .isEqualTo("not due yet: the planned silence window ends at 2026-12-01T11:00:00Z (T0-15m + 1h15m);"
                        + " release silences may mute until then, GH-03 checks them after");
    }
}
