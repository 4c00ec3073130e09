package dev.tminus.db;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of durations: p50 of 1..10 ms is 5 ms, p99 of 1..10 ms is 10 ms. */
public final class Percentiles {

    private Percentiles() {
    }

    public static Duration of(List<Duration> values, int percent) {
        if (values.isEmpty()) {
            return Duration.ZERO;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }

    /** {@code 1.25ms}: milliseconds with two decimals, for evidence and messages. */
    public static String millis(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.2fms", d.toNanos() / 1_000_000.0);
    }
}
