package dev.tminus.cache;

import dev.tminus.db.Percentiles;
import java.time.Duration;
import java.util.List;

/** {@code PING} round trips on one open connection, warm (the login's first PING is not counted). */
public record Pings(List<Duration> samples) {

    /** Enough for a p95 that is not just the slowest answer, few enough for a busy node not to notice. */
    public static final int COUNT = 40;

    public Pings {
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
        return samples.size() + " × PING: p50 " + Percentiles.millis(p50()) + ", p95 " + Percentiles.millis(p95())
                + ", slowest " + Percentiles.millis(slowest()) + "\n"
                + "samples " + samples.stream().map(Percentiles::millis).toList() + "\n";
    }
}
