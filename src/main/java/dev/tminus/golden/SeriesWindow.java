package dev.tminus.golden;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What Prometheus answered to one range query: every series with its points, as evaluated over
 * {@code [start, end]} at {@code step}. Values are doubles as Prometheus wrote them: {@code "NaN"}
 * is {@link Double#NaN}, {@code "+Inf"} is {@link Double#POSITIVE_INFINITY}.
 *
 * @param query  the PromQL query as sent
 * @param start  first evaluation instant
 * @param end    last evaluation instant (inclusive)
 * @param step   evaluation resolution
 * @param series every series of the matrix, in Prometheus' order
 */
public record SeriesWindow(String query, Instant start, Instant end, Duration step, List<Series> series) {

    public SeriesWindow {
        series = List.copyOf(series);
    }

    /** One series: its labels and its points, oldest first. */
    public record Series(Map<String, String> labels, List<Point> points) {

        public Series {
            labels = Map.copyOf(labels);
            points = List.copyOf(points);
        }

        /** Prometheus' own spelling: {@code {route="/pay", status="500"}}; {@code {}} for none. */
        public String labelText() {
            return new TreeMap<>(labels).entrySet().stream()
                    .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** One evaluation of the query. */
    public record Point(Instant at, double value) {
    }

    /** Number of points over all series. */
    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }

    /** True when the query returned no series at all (no data: never healthy). */
    public boolean isEmpty() {
        return series.isEmpty() || pointCount() == 0;
    }
}
