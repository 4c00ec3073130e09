package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.GoldenHour.Level;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchTest {

    private static final Instant T0 = SloEvaluatorTest.T0;

    /** A clock the fake rounds advance. */
    private static final class FakeClock extends Clock {
        Instant now = T0.plusSeconds(60);

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Escalation escalation(Duration window, double... payValues) {
        return new Escalation("v1", T0, T0, T0.plusSeconds(60), T0.plus(window), Duration.ofMinutes(1), List.of(
                Escalation.Entry.of(SloEvaluator.evaluate(SloEvaluatorTest.slo(null, 0.005, 0, Level.L3),
                        SloEvaluatorTest.window(payValues)))));
    }

    @Test
    void prints_one_line_per_round_and_stops_when_the_window_ends(@TempDir Path dir) throws Exception {
        // GIVEN a 3-minute window, healthy rounds of 10 s each
        Path file = dir.resolve("escalation.json");
        FakeClock clock = new FakeClock();
        List<Duration> slept = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Watch watch = new Watch(round -> {
            EscalationFile.write(file, escalation(Duration.ofMinutes(3), 0.001, 0.002));
            clock.now = clock.now.plusSeconds(10);
            return 0;
        }, file, clock, d -> {
            slept.add(d);
            clock.now = clock.now.plus(d);
        }, new PrintStream(out, true, StandardCharsets.UTF_8), 100);
        // WHEN
        int exit = watch.watch();
        // THEN rounds every step (1m) until T0 + 3m, one progress line each
        assertThat(exit).isZero();
        assertThat(slept).containsOnly(Duration.ofSeconds(50));
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "golden-hour round 1 · 1m10s elapsed · 1m50s left · worst so far: pay 5xx ratio 0.002"
                        + " (at most 0.005, L3) · no breach: nothing to escalate · exit 0",
                "golden-hour round 2 · 2m10s elapsed · 50s left · worst so far: pay 5xx ratio 0.002"
                        + " (at most 0.005, L3) · no breach: nothing to escalate · exit 0",
                "golden-hour round 3 · 3m10s elapsed · 0s left · worst so far: pay 5xx ratio 0.002"
                        + " (at most 0.005, L3) · no breach: nothing to escalate · exit 0",
                "golden-hour: the window ended at 2026-12-01T10:03:00Z · no breach: nothing to escalate");
    }

    @Test
    void stops_at_the_first_l3_breach_with_a_non_zero_exit(@TempDir Path dir) throws Exception {
        // GIVEN the second round sees an L3 breach
        Path file = dir.resolve("escalation.json");
        FakeClock clock = new FakeClock();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] rounds = {0};
        Watch watch = new Watch(round -> {
            rounds[0] = round;
            EscalationFile.write(file, round == 1 ? escalation(Duration.ofHours(3), 0.001)
                    : escalation(Duration.ofHours(3), 0.001, 0.3));
            return round == 1 ? 0 : 1;
        }, file, clock, d -> clock.now = clock.now.plus(d), new PrintStream(out, true, StandardCharsets.UTF_8), 100);
        // WHEN
        int exit = watch.watch();
        // THEN
        assertThat(exit).isEqualTo(Watch.ROLL_BACK);
        assertThat(rounds[0]).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "golden-hour round 2 · 2m elapsed · 2h58m left · worst so far: pay 5xx ratio 0.3 (at most 0.005, L3, BREACHED)"
                        + " · L3: roll back recommended · exit 1\n"
                        + "golden-hour: L3: roll back recommended — stopping at round 2.");
    }

    @Test
    void says_there_is_nothing_to_watch_when_no_escalation_file_was_written(@TempDir Path dir) throws Exception {
        // GIVEN a run before T0: GH-05 is skipped and writes nothing
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Watch watch = new Watch(round -> 0, dir.resolve("escalation.json"), new FakeClock(), d -> { },
                new PrintStream(out, true, StandardCharsets.UTF_8), 100);
        // WHEN / THEN
        assertThat(watch.watch()).isEqualTo(Watch.NOTHING_TO_WATCH);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("golden-hour round 1 · no escalation file");
    }
}
