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

    /** Alerting on these two servers with the defaults of {@code alerting:} (no token, timeout 5s, no silence plan, rules or routes). */
    public static Builder builder(URI alertmanager, URI prometheus) {
        return new Builder(alertmanager, prometheus);
    }

    /** A copy to change: {@code x.toBuilder().routes(…).build()}. */
    public Builder toBuilder() {
        return new Builder(alertmanager, prometheus).bearerToken(bearerToken).timeout(timeout).silence(silence).rules(rules).routes(routes);
    }

    /** Builds a {@link Alerting}; every key not set has the value a profile that leaves it out loads with. */
    public static final class Builder {
        private URI alertmanager;
        private URI prometheus;
        private Optional<Secret> bearerToken = Optional.empty();
        private Duration timeout = Duration.ofSeconds(5);
        private Optional<SilencePlan> silence = Optional.empty();
        private List<Rule> rules = List.of();
        private List<Route> routes = List.of();

        private Builder(URI alertmanager, URI prometheus) {
            this.alertmanager = alertmanager;
            this.prometheus = prometheus;
        }

        public Builder alertmanager(URI alertmanager) {
            this.alertmanager = alertmanager;
            return this;
        }

        public Builder prometheus(URI prometheus) {
            this.prometheus = prometheus;
            return this;
        }

        public Builder bearerToken(Optional<Secret> bearerToken) {
            this.bearerToken = bearerToken;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder silence(Optional<SilencePlan> silence) {
            this.silence = silence;
            return this;
        }

        public Builder rules(List<Rule> rules) {
            this.rules = rules;
            return this;
        }

        public Builder routes(List<Route> routes) {
            this.routes = routes;
            return this;
        }

        public Alerting build() {
            return new Alerting(alertmanager, prometheus, bearerToken, timeout, silence, rules, routes);
        }
    }
}
