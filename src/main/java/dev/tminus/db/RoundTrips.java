package dev.tminus.db;

import java.time.Duration;
import java.util.List;

/** {@code SELECT 1} round trips on one open connection, warm (the first answers are not counted). */
public record RoundTrips(List<Duration> samples) {

    public RoundTrips {
        samples = List.copyOf(samples);
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
        return samples.size() + " × SELECT 1: p50 " + Percentiles.millis(p50()) + ", p95 " + Percentiles.millis(p95())
                + ", slowest " + Percentiles.millis(slowest()) + "\n"
                + "samples " + samples.stream().map(Percentiles::millis).toList() + "\n";
    }
}
