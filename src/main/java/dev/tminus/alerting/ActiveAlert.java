package dev.tminus.alerting;

import java.util.Map;

/**
 * An alert that is pending or firing.
 *
 * @param source {@code Prometheus} or {@code Alertmanager}
 * @param state  Prometheus: {@code pending} or {@code firing}; Alertmanager: {@code active},
 *               {@code suppressed} (silenced or inhibited, still firing) or {@code unprocessed}
 */
public record ActiveAlert(String source, Map<String, String> labels, String state, String since) {

    public ActiveAlert {
        labels = Map.copyOf(labels);
    }

    public String alertname() {
        return labels.getOrDefault("alertname", "");
    }

    @Override
    public String toString() {
        var rest = new java.util.TreeMap<>(labels);
        rest.remove("alertname");
        return alertname() + " is " + state + " in " + source + (since.isEmpty() ? "" : " since " + since)
                + " " + LabelSets.format(rest);
    }
}
