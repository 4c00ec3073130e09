package dev.tminus.sandbox.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.sandbox.Fault;
import java.util.List;
import java.util.Set;

/** The golden hour's faults: each turns exactly its checks red, with the message it must produce. */
final class GoldenHourFaults {

    static final String TAG = "golden-hour";
    static final String PAY_5XX = "gh-5xx-burst";
    static final String REDIS = "gh-redis-failures";
    static final String LATENCY = "gh-latency-regression";
    static final String DUPLICATE_TRACES = "gh-duplicate-traces";
    static final String NO_DATA = "gh-no-data";
    static final String PROBE_DOWN = "gh-probe-never-up";
    static final String SILENCE_OUTLIVES = "gh-silence-outlives-plan";
    static final String PROTECTED_FIRED = "gh-protected-alert-fired";
    static final String PROMETHEUS_UNREACHABLE = "gh-prometheus-unreachable";

    /** SLO names of the sandbox profile (environments/sandbox.yaml, goldenHour.slos). */
    static final String SLO_PAY_5XX = "pay 5xx ratio";
    static final String SLO_REDIS = "redis command failures";
    static final String SLO_LATENCY = "pay p95 latency";
    static final String SLO_DUPLICATES = "duplicate trace ids";

    /** Nothing listens on port 1 of loopback (a privileged port no sandbox part binds). */
    static final String NOWHERE = "http://127.0.0.1:1";

    private GoldenHourFaults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault(PAY_5XX, TAG, "1 % of /pay requests answer 500 (the bound is 0.3 %); an L3 SLO.",
                        Set.of("GH-01", "GH-05"), Set.of(), SLO_PAY_5XX, p -> { }),
                new Fault(REDIS, TAG, "The matcher's Redis commands fail 5 times a second (the bound is 0); an L2 SLO.",
                        Set.of("GH-01", "GH-05"), Set.of(), SLO_REDIS, p -> { }),
                Fault.failing(LATENCY, TAG, "GH-01", SLO_LATENCY,
                        "Every request takes 800 ms (p95 bound 250 ms); an L1 SLO, so nothing escalates."),
                new Fault(DUPLICATE_TRACES, TAG, "The state-sync service sees 2 trace ids a second more than once; L2.",
                        Set.of("GH-01", "GH-05"), Set.of(), SLO_DUPLICATES, p -> { }),
                new Fault(NO_DATA, TAG, "The release renamed the Redis failure metric: the SLO's query matches no series.",
                        Set.of(), Set.of("GH-01", "GH-05"), "has no data for", GoldenHourFaults::renameRedisMetric),
                Fault.failing(PROBE_DOWN, TAG, "GH-02", "but it answered 503",
                        "The gateway's /healthz answers 503 and never comes up."),
                Fault.failing(SILENCE_OUTLIVES, TAG, "GH-03", "still mute",
                        "The plan's silence window ended at T0-1h45m, but the release silences run until T0+60m.")
                        .withProfilePatch(GoldenHourFaults::planInThePast),
                Fault.failing(PROTECTED_FIRED, TAG, "GH-04", "P0_ERROR_COUNT",
                        "P0 errors are counted, so the protected alert P0_ERROR_COUNT (severity critical) fires."),
                new Fault(PROMETHEUS_UNREACHABLE, TAG, "The profile's Prometheus URL points where nothing listens.",
                        Set.of(), Set.of("GH-01", "GH-04", "GH-05"), "is unreachable",
                        p -> ((ObjectNode) p.path("alerting")).put("prometheus", NOWHERE)));
    }

    private static void renameRedisMetric(ObjectNode profile) {
        for (JsonNode slo : profile.path("goldenHour").path("slos")) {
            if (SLO_REDIS.equals(slo.path("name").asText())) {
                ((ObjectNode) slo).put("query", "sum(increase(redis_command_failures_total[10s]))");
            }
        }
    }

    private static void planInThePast(ObjectNode profile) {
        ((ObjectNode) profile.path("alerting").path("silence")).put("startsBy", "T0-3h");
    }
}
