package dev.tminus.golden;

import dev.tminus.profile.GoldenHour;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One SLO judged over its window: which points lay outside the bounds, how many points had no value
 * (NaN), and the worst point seen.
 *
 * @param slo       the SLO as the profile states it
 * @param window    the series the judgement rests on
 * @param breaches  every point outside {@code min}/{@code max}, oldest first
 * @param nanPoints points whose value was NaN (e.g. 0/0 without traffic): no data, not health
 * @param worst     the point furthest beyond (or closest to) a bound, if any point had a value
 */
public record SloVerdict(GoldenHour.Slo slo, SeriesWindow window, List<Breach> breaches, int nanPoints,
                         Optional<Breach> worst) {

    public SloVerdict {
        breaches = List.copyOf(breaches);
    }

    /** A point and the series it belongs to. */
    public record Breach(String series, Instant at, double value) {
    }

    /** More points outside the bounds than {@code maxBreaches} allows: NOT READY. */
    public boolean breached() {
        return breaches.size() > slo.maxBreaches();
    }

    /** Some points had no value: the SLO cannot be called healthy. */
    public boolean inconclusive() {
        return nanPoints > 0;
    }

    /** The bound in words: {@code at most 0.005}, {@code at least 0.99}, {@code between 0.9 and 1}. */
    public String boundText() {
        return bound(slo);
    }

    static String bound(GoldenHour.Slo slo) {
        if (slo.min().isPresent() && slo.max().isPresent()) {
            return "between " + Numbers.format(slo.min().get()) + " and " + Numbers.format(slo.max().get());
        }
        return slo.max().map(max -> "at most " + Numbers.format(max))
                .orElseGet(() -> "at least " + Numbers.format(slo.min().orElseThrow()));
    }
}
