package dev.tminus.sandbox.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.sandbox.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The golden hour's faults: each declares what it does to the {@link GoldenHourSetup} and which checks it turns red. */
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

    static List<Fault<GoldenHourSetup>> all() {
        return List.of(
                fault(PAY_5XX, Set.of("GH-01", "GH-05"), Set.of(), SLO_PAY_5XX,
                        "1 % of /pay requests answer 500 (the bound is 0.3 %); an L3 SLO.",
                        s -> s.breaching(SLO_PAY_5XX).payErrorRatio = 0.01),
                fault(REDIS, Set.of("GH-01", "GH-05"), Set.of(), SLO_REDIS,
                        "The matcher's Redis commands fail 5 times a second (the bound is 0); an L2 SLO.",
                        s -> s.breaching(SLO_REDIS).redisFailuresPerSecond = 5),
                fault(LATENCY, Set.of("GH-01"), Set.of(), SLO_LATENCY,
                        "Every request takes 800 ms (p95 bound 250 ms); an L1 SLO, so nothing escalates.",
                        s -> s.breaching(SLO_LATENCY).latency = Duration.ofMillis(800)),
                fault(DUPLICATE_TRACES, Set.of("GH-01", "GH-05"), Set.of(), SLO_DUPLICATES,
                        "The state-sync service sees 2 trace ids a second more than once; L2.",
                        s -> s.breaching(SLO_DUPLICATES).duplicateTracesPerSecond = 2),
                fault(NO_DATA, Set.of(), Set.of("GH-01", "GH-05"), "has no data for",
                        "The release renamed the Redis failure metric: the SLO's query matches no series.", Fault.none())
                        .withProfilePatch(GoldenHourFaults::renameRedisMetric),
                fault(PROBE_DOWN, Set.of("GH-02"), Set.of(), "but it answered 503",
                        "The gateway's /healthz answers 503 and never comes up.",
                        s -> s.healthStatus = 503),
                fault(SILENCE_OUTLIVES, Set.of("GH-03"), Set.of(), "still mute",
                        "The plan's silence window ended at T0-1h45m, but the release silences run until T0+60m.",
                        Fault.none())
                        .withProfilePatch(GoldenHourFaults::planInThePast),
                fault(PROTECTED_FIRED, Set.of("GH-04"), Set.of(), "P0_ERROR_COUNT",
                        "P0 errors are counted, so the protected alert P0_ERROR_COUNT (severity critical) fires.",
                        s -> s.p0Errors = true),
                fault(PROMETHEUS_UNREACHABLE, Set.of(), Set.of("GH-01", "GH-04", "GH-05"), "is unreachable",
                        "The profile's Prometheus URL points where nothing listens.", Fault.none())
                        .withProfilePatch(p -> ((ObjectNode) p.path("alerting")).put("prometheus", NOWHERE)));
    }

    private static Fault<GoldenHourSetup> fault(String name, Set<String> failed, Set<String> broken, String message,
                                                String description, Fault.Effect<GoldenHourSetup> effect) {
        return new Fault<>(name, TAG, description, failed, broken, message, p -> { }, effect);
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
