package dev.tminus.alerting;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * An alerting rule as Prometheus has loaded it ({@code /api/v1/rules}).
 *
 * @param forDuration the rule's {@code for} ({@code duration} in seconds in the API)
 * @param health      {@code ok}, {@code err} or {@code unknown} (not evaluated yet)
 * @param lastError   the evaluation error when health is {@code err}
 * @param state       {@code inactive}, {@code pending} or {@code firing}
 */
public record LoadedRule(String group, String file, String name, String query, Duration forDuration,
                         Map<String, String> labels, String health, String lastError, String state) {

    public LoadedRule {
        labels = Map.copyOf(labels);
    }

    /** The labels an alert of this rule carries at least: the rule's labels plus {@code alertname}. */
    public Map<String, String> alertLabels() {
        var all = new TreeMap<>(labels);
        all.put("alertname", name);
        return all;
    }
}
