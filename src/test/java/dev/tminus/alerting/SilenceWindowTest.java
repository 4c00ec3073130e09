package dev.tminus.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.alerting.Matcher.Op;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planned window against real silences, with Alertmanager's "no start in the past" in mind. */
class SilenceWindowTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Map<String, String> ALERT = Map.of("alertname", "order_service_latency_high", "service", "order-service");
    // planned: T0-15m … T0+60m, tolerance 10m, at most 2h
    final SilenceWindow window = new SilenceWindow(T0.minus(Duration.ofMinutes(15)), T0.plus(Duration.ofMinutes(60)),
            Duration.ofMinutes(10), Duration.ofHours(2));

    @Test
    void a_silence_created_after_the_window_began_covers_it_from_its_creation() {
        // GIVEN the pipeline created the silence at T0 for T0-15m…T0+60m; Alertmanager moved its start to T0
        Silence silence = silence("active", T0, T0.plus(Duration.ofMinutes(60)), T0);

        // WHEN checked at T0+1m / THEN the rest of the window is covered and the start follows the plan
        assertThat(window.firstGap(ALERT, List.of(silence), T0.plusSeconds(60))).isEmpty();
        assertThat(window.deviations(silence)).isEmpty();
    }

    @Test
    void before_the_window_a_pending_silence_must_start_within_tolerance_of_the_plan() {
        // GIVEN at T0-1h, a pending silence starting 20m late and one starting on time for half the window
        Instant now = T0.minus(Duration.ofHours(1));
        Silence late = silence("pending", T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofMinutes(60)), now);
        Silence shortOne = silence("pending", T0.minus(Duration.ofMinutes(15)), T0.plus(Duration.ofMinutes(20)), now);

        // WHEN / THEN the late one leaves the start uncovered; the short one leaves the end uncovered
        assertThat(window.firstGap(ALERT, List.of(late), now)).get().hasToString(
                "2026-12-01T09:45:00Z … 2026-12-01T10:05:00Z (20m)");
        assertThat(window.deviations(late)).containsExactly("starts 20m after the plan allows (2026-12-01T09:45:00Z)");
        assertThat(window.firstGap(ALERT, List.of(shortOne), now)).get().hasToString(
                "2026-12-01T10:20:00Z … 2026-12-01T11:00:00Z (40m)");
        assertThat(window.firstGap(ALERT, List.of(late, shortOne), now)).isEmpty();
    }

    @Test
    void expired_and_non_matching_silences_cover_nothing() {
        Silence expired = silence("expired", T0, T0.plus(Duration.ofMinutes(60)), T0);
        Silence other = new Silence("s2", "active", List.of(Matcher.of("alertname", Op.EQ, "other")), T0,
                T0.plus(Duration.ofMinutes(60)), T0, "ci", "", "{}");

        assertThat(window.firstGap(ALERT, List.of(expired, other), T0)).get()
                .hasToString("2026-12-01T10:00:00Z … 2026-12-01T11:00:00Z (1h)");
    }

    @Test
    void reports_a_silence_that_is_too_long_or_drifted() {
        // GIVEN silences created at T0: one until T0+2h30m, one ending 25m after the plan, one starting 20m early
        Silence tooLong = silence("active", T0, T0.plus(Duration.ofMinutes(150)), T0);
        Silence drifted = silence("active", T0, T0.plus(Duration.ofMinutes(85)), T0);
        Silence early = silence("pending", T0.minus(Duration.ofMinutes(35)), T0.plus(Duration.ofMinutes(60)),
                T0.minus(Duration.ofHours(2)));

        // WHEN / THEN
        assertThat(window.deviations(tooLong)).containsExactly("lasts 2h30m, longer than maxDuration 2h",
                "ends 1h30m after the plan (2026-12-01T11:00:00Z)");
        assertThat(window.deviations(drifted)).containsExactly("ends 25m after the plan (2026-12-01T11:00:00Z)");
        assertThat(window.deviations(early)).containsExactly("starts 20m before the plan (2026-12-01T09:45:00Z)");
    }

    @Test
    void the_window_is_over_at_its_planned_end() {
        assertThat(window.over(T0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(window.over(T0.plus(Duration.ofMinutes(60)))).isTrue();
    }

    static Silence silence(String state, Instant start, Instant end, Instant updated) {
        return new Silence("s1", state, List.of(Matcher.of("alertname", Op.EQ, "order_service_latency_high"),
                Matcher.of("service", Op.EQ, "order-service")), start, end, updated, "ci", "release v1", "{}");
    }
}
