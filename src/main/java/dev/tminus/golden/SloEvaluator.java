package dev.tminus.golden;

import dev.tminus.profile.GoldenHour;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges a window of points against an SLO's bounds, like an analysis run that counts failed
 * measurements: a point is a breach when it lies below {@code min} or above {@code max}
 * ({@code +Inf} is above any max); NaN points are counted apart, as no data.
 */
public final class SloEvaluator {

    private SloEvaluator() {
    }

    public static SloVerdict evaluate(GoldenHour.Slo slo, SeriesWindow window) {
        List<SloVerdict.Breach> breaches = new ArrayList<>();
        List<SloVerdict.Breach> valued = new ArrayList<>();
        int nan = 0;
        for (SeriesWindow.Series series : window.series()) {
            for (SeriesWindow.Point point : series.points()) {
                if (Double.isNaN(point.value())) {
                    nan++;
                    continue;
                }
                SloVerdict.Breach candidate = new SloVerdict.Breach(series.labelText(), point.at(), point.value());
                valued.add(candidate);
                if (outside(slo, point.value())) {
                    breaches.add(candidate);
                }
            }
        }
        breaches.sort(Comparator.comparing(SloVerdict.Breach::at));
        Optional<SloVerdict.Breach> worst = valued.stream()
                .max(Comparator.comparingDouble((SloVerdict.Breach b) -> badness(slo, b.value()))
                        .thenComparing(SloVerdict.Breach::at));
        return new SloVerdict(slo, window, breaches, nan, worst);
    }

    static boolean outside(GoldenHour.Slo slo, double value) {
        return slo.min().map(min -> value < min).orElse(false) || slo.max().map(max -> value > max).orElse(false);
    }

    /**
     * How far a value is beyond its bound, relative to the bound's size (positive = breach). Used to
     * name the worst point and, across SLOs, the worst SLO.
     */
    public static double badness(GoldenHour.Slo slo, double value) {
        double above = slo.max().map(max -> relative(value - max, max)).orElse(Double.NEGATIVE_INFINITY);
        double below = slo.min().map(min -> relative(min - value, min)).orElse(Double.NEGATIVE_INFINITY);
        return Math.max(above, below);
    }

    private static double relative(double distance, double bound) {
        if (Double.isInfinite(distance)) {
            return distance;
        }
        if (bound == 0) {
            return distance == 0 ? -1.0 : distance; // at a bound of zero, zero is as healthy as it gets
        }
        return distance / Math.abs(bound);
    }
}
