package dev.tminus.db;

import java.time.Duration;
import java.util.List;

/**
 * Round trips of one cheap command ({@code SELECT 1}, Redis {@code PING}) on one open connection,
 * warm (the first answers are not counted).
 *
 * @param command what was timed, as the evidence names it
 */
public record RoundTrips(String command, List<Duration> samples) {

    public RoundTrips {
        samples = List.copyOf(samples);
    }

    /** {@code SELECT 1} round trips of a database. */
    public RoundTrips(List<Duration> samples) {
        this("SELECT 1", samples);
    }

    public Duration p50() {
        return Percentiles.of(samples, 50);
    }

    public Duration p95() {
        return Percentiles.of(samples, 95);
    }

    public Duration slowest() {
        return Percentiles.of(samples, 100);
    }

    public String describe() {
        return samples.size() + " × " + command + ": p50 " + Percentiles.millis(p50()) + ", p95 " + Percentiles.millis(p95())
                + ", slowest " + Percentiles.millis(slowest()) + "\n"
                + "samples " + samples.stream().map(Percentiles::millis).toList() + "\n";
    }
}
