package dev.tminus.sandbox.alerting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.sandbox.Fault;
import java.util.List;
import java.util.Set;

/** The faults of the alerting sandbox, one or more per SIL check: what each does to the {@link AlertingSetup}, and the message it must produce. */
public final class AlertingFaults {

    static final String TAG = "silence";
    public static final String ALERTMANAGER_DOWN = "alertmanager-down";
    static final String PROMETHEUS_BAD_GATEWAY = "prometheus-bad-gateway";
    static final String REQUIRED_ALERT_FIRING = "required-alert-firing";
    public static final String PROMETHEUS_NOT_READY = "prometheus-not-ready";

    private AlertingFaults() {
    }

    static List<Fault<AlertingSetup>> all() {
        return List.of(
                failing(ReleaseSilences.MISSING, "SIL-02", "no active or pending silence matches it",
                        "The pipeline created no silence for payment_gateway_timeout.",
                        s -> s.silenceMissing = true),
                failing(ReleaseSilences.OVER_BROAD, "SIL-03", "service=~\".+\" matches service=\"gateway\"",
                        "A release silence service=~\".+\", severity=~\".*\" mutes every alert with a service label.",
                        s -> s.silenceOverBroad = true),
                failing(ReleaseSilences.NEGATIVE_ABSENT, "SIL-03", "tier!=\"p0\" matches because the alert has no tier label",
                        "A release silence service=\"gateway\", tier!=\"p0\" mutes the P0 rules, which carry no tier label.",
                        s -> s.silenceNegativeMatcherOnAbsentLabel = true),
                failing(ReleaseSilences.WITHOUT_RELEASE, "SIL-04", "does not name release v1.2.0-3a7f1b2",
                        "The order-service silence has no release id in its comment and no author.",
                        s -> s.silenceWithoutRelease = true),
                failing(ReleaseSilences.TOO_LONG, "SIL-05", "longer than maxDuration 2h",
                        "The order-service silence runs until T0+2h30m.",
                        s -> s.silenceTooLong = true),
                failing(ReleaseSilences.DRIFTED, "SIL-05", "ends 25m after the plan",
                        "The order-service silence ends 25 minutes after the planned window.",
                        s -> s.silenceDrifted = true),
                failing(AlertingConfig.RULE_MISSING, "SIL-06", "is not loaded",
                        "Prometheus's rule file lacks MatchTimeoutRateHigh.",
                        s -> s.ruleMissing = true),
                failing(AlertingConfig.RULE_UNHEALTHY, "SIL-06", "health err",
                        "HighErrorRate's expression fails at every evaluation (many-to-many match).",
                        s -> s.ruleUnhealthy = true),
                failing(REQUIRED_ALERT_FIRING, "SIL-07", "MatchTimeoutRateHigh is pending in Prometheus",
                        "Half of the matchmaking requests time out, so MatchTimeoutRateHigh is pending.",
                        s -> s.matchTimeoutRatio = 0.5),
                failing(AlertingConfig.WRONG_ROUTE, "SIL-08", "route to [annotate-l1]",
                        "Alertmanager routes severity=critical to annotate-l1 instead of pager-l2.",
                        s -> s.wrongRoute = true),
                failing(PROMETHEUS_NOT_READY, "SIL-01", "/-/ready answered 503",
                        "Prometheus answers its API but /-/ready says 503 Service Unavailable (replaying its WAL).",
                        Fault.none())
                        .withProfilePatch(p -> ((ObjectNode) p.path("alerting"))
                                .put("prometheus", "http://127.0.0.1:" + NotReadyProxy.PORT)),
                new Fault<AlertingSetup>(ALERTMANAGER_DOWN, TAG, "Alertmanager is stopped; nothing listens on 127.0.0.1:19093.",
                        Set.of(), Set.of("SIL-01", "SIL-02", "SIL-03", "SIL-04", "SIL-05", "SIL-07", "SIL-08"),
                        "is unreachable", p -> { }, s -> s.alertmanagerDown = true),
                new Fault<AlertingSetup>(PROMETHEUS_BAD_GATEWAY, TAG,
                        "The profile's Prometheus URL points to a proxy that answers 502 with an HTML page.",
                        Set.of(), Set.of("SIL-01", "SIL-03", "SIL-06", "SIL-07"), "HTML error page",
                        AlertingFaults::prometheusBehindBrokenProxy, Fault.none()));
    }

    private static Fault<AlertingSetup> failing(String name, String checkId, String message, String description,
                                                Fault.Effect<AlertingSetup> effect) {
        return Fault.failing(name, TAG, checkId, message, description, effect);
    }

    private static void prometheusBehindBrokenProxy(ObjectNode profile) {
        ((ObjectNode) profile.path("alerting")).put("prometheus", "http://127.0.0.1:" + BadGatewayServer.PORT);
    }
}
