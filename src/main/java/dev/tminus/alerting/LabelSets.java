package dev.tminus.alerting;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Label sets as people read them: {@code {alertname="HighErrorRate", severity="critical"}}. */
public final class LabelSets {

    private LabelSets() {
    }

    public static String format(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream()
                .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** {@code alertname{other labels}} when the set names an alert, else the plain set. */
    public static String name(Map<String, String> labels) {
        String alertname = labels.get("alertname");
        if (alertname == null) {
            return format(labels);
        }
        var rest = new TreeMap<>(labels);
        rest.remove("alertname");
        return rest.isEmpty() ? alertname : alertname + format(rest);
    }

    /** Whether {@code labels} carries every label of {@code subset} with the same value. */
    public static boolean contains(Map<String, String> labels, Map<String, String> subset) {
        return subset.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
