package dev.tminus.checklist.goldenhour;

import dev.tminus.ProbeException;
import dev.tminus.golden.ObservationWindow;
import dev.tminus.golden.PrometheusRangeClient;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.profile.Durations;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * When did an alert matching a protected label set fire during the window? Read from Prometheus'
 * {@code ALERTS} series; {@code max_over_time} over one step catches an alert that fired between two
 * evaluation points. No series is a legitimate answer here (it never fired) — but only once
 * Prometheus proves it has samples for the window at all, or "never fired" would be "no data".
 */
final class ProtectedAlerts {

    private ProtectedAlerts() {
    }

    static String query(Map<String, String> protectedSet, ObservationWindow window) {
        String matchers = new TreeMap<>(protectedSet).entrySet().stream()
                .map(e -> "," + e.getKey() + "=\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining());
        return "max_over_time(ALERTS{alertstate=\"firing\"" + matchers + "}[" + Durations.format(window.step()) + "])";
    }

    static SeriesWindow history(PrometheusRangeClient prometheus, Map<String, String> protectedSet, ObservationWindow w) {
        try {
            prometheus.range("count(up)", w.firstPoint(), w.end(), w.step());
        } catch (ProbeException e) {
            throw new ProbeException("Cannot tell whether a protected alert fired: " + e.getMessage(), e);
        }
        return prometheus.rangeMaybeEmpty(query(protectedSet, w), w.firstPoint(), w.end(), w.step());
    }

    /** {@code {severity="critical"}} */
    static String text(Map<String, String> protectedSet) {
        return new TreeMap<>(protectedSet).entrySet().stream().map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
