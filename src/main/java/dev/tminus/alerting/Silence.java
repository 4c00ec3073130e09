package dev.tminus.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A silence as Alertmanager's API v2 returns it.
 *
 * @param state     {@code active}, {@code pending} (not started yet) or {@code expired}
 * @param updatedAt when Alertmanager last stored it; for a silence created after its requested start,
 *                  Alertmanager moved {@code startsAt} to this instant
 * @param json      the silence exactly as served, for the report
 */
public record Silence(String id, String state, List<Matcher> matchers, Instant startsAt, Instant endsAt,
                      Instant updatedAt, String createdBy, String comment, String json) {

    public Silence {
        matchers = List.copyOf(matchers);
    }

    /** Active or pending: it mutes now or will. */
    public boolean live() {
        return "active".equals(state) || "pending".equals(state);
    }

    /** Whether it mutes an alert with these labels: every matcher must match. */
    public boolean mutes(Map<String, String> labels) {
        return !matchers.isEmpty() && matchers.stream().allMatch(m -> m.matches(labels));
    }

    /** The real window's length. */
    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    /** {@code {service="gateway", tier!="p0"}}. */
    public String matcherText() {
        return matchers.stream().map(Matcher::toString).collect(Collectors.joining(", ", "{", "}"));
    }

    /** How reports name it: {@code 3f2a…  {alertname="x"} by deploy-pipeline}. */
    public String label() {
        return id + " " + matcherText() + " by " + (createdBy.isBlank() ? "(no author)" : createdBy);
    }
}
