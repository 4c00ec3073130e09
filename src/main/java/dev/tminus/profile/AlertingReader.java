package dev.tminus.profile;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code alerting} section. */
final class AlertingReader {

    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private AlertingReader() {
    }

    static Optional<Alerting> read(Node node, boolean t0Written) {
        if (!node.present()) {
            return Optional.empty();
        }
        if (!node.isMap(Set.of("alertmanager", "prometheus"),
                Set.of("bearerToken", "timeout", "silence", "rules", "routes"))) {
            return Optional.empty();
        }
        URI alertmanager = Urls.http(node.get("alertmanager"));
        URI prometheus = Urls.http(node.get("prometheus"));
        Optional<Secret> token = node.get("bearerToken").present()
                ? Optional.ofNullable(node.get("bearerToken").secret()) : Optional.empty();
        Duration timeout = node.get("timeout").duration(MS, Duration.ofMinutes(5), Duration.ofSeconds(5));
        Optional<Alerting.SilencePlan> silence = silence(node.get("silence"), t0Written);
        List<Alerting.Rule> rules = node.get("rules").list(AlertingReader::rule);
        List<Alerting.Route> routes = node.get("routes").list(AlertingReader::route);
        if (alertmanager == null || prometheus == null || timeout == null) {
            return Optional.empty();
        }
        return Optional.of(new Alerting(alertmanager, prometheus, token, timeout, silence, rules, routes));
    }

    /** The longest release silence allowed when the profile leaves maxDuration out. */
    static Duration defaultMaxDuration(Duration duration, Duration tolerance) {
        Duration plan = duration == null || tolerance == null ? Duration.ZERO : duration.plus(tolerance);
        Duration fallback = Duration.ofHours(2);
        return plan.compareTo(fallback) > 0 ? (plan.compareTo(WEEK) > 0 ? WEEK : plan) : fallback;
    }

    private static Optional<Alerting.SilencePlan> silence(Node node, boolean t0Written) {
        if (!node.present()) {
            return Optional.empty();
        }
        if (!node.isMap(Set.of("startsBy", "duration"), Set.of("tolerance", "alerts", "protected", "maxDuration"))) {
            return Optional.empty();
        }
        InstantExpr startsBy = Literals.instantExpr(node.get("startsBy"), t0Written);
        Duration duration = node.get("duration").duration(MS, WEEK, null);
        Duration tolerance = node.get("tolerance").duration(Duration.ZERO, Duration.ofDays(1), Duration.ofMinutes(10));
        List<Map<String, String>> alerts = node.get("alerts").list(AlertingReader::labelSet);
        List<Map<String, String>> protectedSets = node.get("protected").list(AlertingReader::labelSet);
        // Left out, the limit is 2h, or the plan's own window with its tolerance when that is longer:
        // a default must never contradict the plan the profile writes.
        Duration maxDuration = node.get("maxDuration").present() ? node.get("maxDuration").duration(MS, WEEK, null)
                : defaultMaxDuration(duration, tolerance);
        if (duration != null && maxDuration != null && duration.compareTo(maxDuration) > 0) {
            node.get("duration").problem("expected at most maxDuration (" + Durations.format(maxDuration)
                    + "), got " + Durations.format(duration) + "; the plan itself would break the limit");
            return Optional.empty();
        }
        contradictions(node, alerts, protectedSets);
        if (startsBy == null || duration == null || tolerance == null || maxDuration == null) {
            return Optional.empty();
        }
        return Optional.of(new Alerting.SilencePlan(startsBy, duration, tolerance, alerts, protectedSets, maxDuration));
    }

    /** A planned alert that a protected set matches would have to be muted and must never be: reported. */
    private static void contradictions(Node silence, List<Map<String, String>> alerts,
                                       List<Map<String, String>> protectedSets) {
        for (int i = 0; i < alerts.size(); i++) {
            for (int j = 0; j < protectedSets.size(); j++) {
                if (alerts.get(i).entrySet().containsAll(protectedSets.get(j).entrySet())) {
                    silence.get("alerts").problem("expected alerts that no protected set matches, got "
                            + yaml(alerts.get(i)) + ", matched by protected " + yaml(protectedSets.get(j))
                            + "; a protected (P0) alert must never be silenced");
                }
            }
        }
    }

    private static String yaml(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private static Map<String, String> labelSet(Node node) {
        Map<String, String> labels = node.labels();
        if (labels != null && labels.isEmpty()) {
            node.problem("expected a non-empty label set like {alertname: HighErrorRate}, got an empty one");
            return null;
        }
        return labels;
    }

    private static Alerting.Rule rule(Node node) {
        if (!node.isMap(Set.of("alert"), Set.of("labels", "maxFor"))) {
            return null;
        }
        String alert = node.get("alert").requiredText("the alert name of a Prometheus alerting rule");
        Map<String, String> labels = node.get("labels").labels();
        Node maxForNode = node.get("maxFor");
        Duration maxFor = maxForNode.present() ? maxForNode.duration(Duration.ZERO, WEEK, null) : null;
        if (alert == null || labels == null || maxForNode.present() && maxFor == null) {
            return null;
        }
        return new Alerting.Rule(alert, labels, Optional.ofNullable(maxFor));
    }

    private static Alerting.Route route(Node node) {
        if (!node.isMap(Set.of("labels", "receiver"), Set.of())) {
            return null;
        }
        node.get("labels").require("a label set like {severity: critical}");
        Map<String, String> labels = node.get("labels").present() ? labelSet(node.get("labels")) : null;
        String receiver = node.get("receiver").requiredText("the name of an Alertmanager receiver");
        return labels == null || receiver == null ? null : new Alerting.Route(labels, receiver);
    }
}
