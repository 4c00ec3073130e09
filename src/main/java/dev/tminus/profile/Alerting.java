package dev.tminus.profile;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prometheus and Alertmanager of the environment.
 *
 * @param timeout per HTTP request (default 5s)
 * @param routes  escalation: each label set must route to its receiver
 */
public record Alerting(
        URI alertmanager,
        URI prometheus,
        Optional<Secret> bearerToken,
        Duration timeout,
        Optional<SilencePlan> silence,
        List<Rule> rules,
        List<Route> routes) {

    public Alerting {
        rules = List.copyOf(rules);
        routes = List.copyOf(routes);
    }

    /**
     * The planned release silence window.
     *
     * @param startsBy    when the silence must start at the latest
     * @param duration    planned length of the window
     * @param tolerance   allowed deviation of the real window from the plan
     * @param alerts      label sets that must be muted for the whole window
     * @param protectedSets label sets no silence may ever match (P0)
     * @param maxDuration no release silence may be longer
     */
    public record SilencePlan(
            InstantExpr startsBy,
            Duration duration,
            Duration tolerance,
            List<Map<String, String>> alerts,
            List<Map<String, String>> protectedSets,
            Duration maxDuration) {

        public SilencePlan {
            alerts = alerts.stream().map(Map::copyOf).toList();
            protectedSets = protectedSets.stream().map(Map::copyOf).toList();
        }
    }

    /** An alert rule that must be loaded, healthy and not firing; {@code for} at most {@code maxFor}. */
    public record Rule(String alert, Map<String, String> labels, Optional<Duration> maxFor) {
        public Rule {
            labels = Map.copyOf(labels);
        }
    }

    /** Alerts with these labels must reach this receiver. */
    public record Route(Map<String, String> labels, String receiver) {
        public Route {
            labels = Map.copyOf(labels);
        }
    }
}
