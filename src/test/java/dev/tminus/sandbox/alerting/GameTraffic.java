package dev.tminus.sandbox.alerting;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counters of the synthetic game service, advanced by {@link #tick} at a steady synthetic rate.
 * Deterministic: fractional amounts accumulate, so an error ratio of 0.001 gives exactly one error in
 * a thousand requests and no random burst can break a healthy sandbox. Every series exists from the
 * first scrape (5xx counters start at 0), so {@code rate()} of errors is 0, never "no data".
 * Guarded by the owning service's lock.
 */
final class GameTraffic {

    static final List<String> ROUTES = List.of("/login", "/match", "/pay");
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** Requests per second per route. */
    static final double REQUESTS_PER_SECOND = 40;

    private final Map<String, double[]> requests = new LinkedHashMap<>();   // route → {2xx, 5xx}
    private final Map<String, double[]> buckets = new LinkedHashMap<>();    // route → cumulative counts
    private final Map<String, double[]> latencySums = new LinkedHashMap<>(); // route → {sum}
    private double redisCommands;
    private double redisFailed;
    private double matchTimeouts;
    private double tracesSeen;
    private double tracesDuplicated;
    private double p0Errors;

    GameTraffic() {
        for (String route : ROUTES) {
            requests.put(route, new double[2]);
            buckets.put(route, new double[BUCKETS.length]);
            latencySums.put(route, new double[1]);
        }
    }

    /** Advances the counters by {@code seconds} of traffic under the given controls. */
    void tick(double seconds, Controls c) {
        for (String route : ROUTES) {
            double n = REQUESTS_PER_SECOND * seconds;
            double errors = n * c.errorRatio(route);
            double[] r = requests.get(route);
            r[0] += n - errors;
            r[1] += errors;
            double latency = c.latency().toNanos() / 1e9;
            double[] b = buckets.get(route);
            for (int i = 0; i < BUCKETS.length; i++) {
                if (latency <= BUCKETS[i]) {
                    b[i] += n;
                }
            }
            latencySums.get(route)[0] += n * latency;
        }
        double matches = REQUESTS_PER_SECOND * seconds;
        matchTimeouts += matches * c.matchTimeoutRatio();
        redisCommands += 5 * REQUESTS_PER_SECOND * seconds;
        redisFailed += c.redisFailuresPerSecond() * seconds;
        tracesSeen += 3 * REQUESTS_PER_SECOND * seconds;
        tracesDuplicated += c.duplicateTracesPerSecond() * seconds;
        if (c.p0Errors()) {
            p0Errors += seconds;
        }
    }

    /** The Prometheus text exposition (version 0.0.4) of every series. */
    String exposition(int websocketConnections) {
        StringBuilder out = new StringBuilder(4096);
        help(out, "http_requests_total", "counter", "HTTP requests handled, by route and status.");
        requests.forEach((route, r) -> {
            line(out, "http_requests_total{route=\"" + route + "\",status=\"200\"}", Math.floor(r[0]));
            line(out, "http_requests_total{route=\"" + route + "\",status=\"500\"}", Math.floor(r[1]));
        });
        help(out, "http_request_duration_seconds", "histogram", "HTTP request latency.");
        buckets.forEach((route, b) -> {
            double total = requests.get(route)[0] + requests.get(route)[1];
            for (int i = 0; i < BUCKETS.length; i++) {
                line(out, "http_request_duration_seconds_bucket{route=\"" + route + "\",le=\""
                        + fmt(BUCKETS[i]) + "\"}", Math.floor(b[i]));
            }
            line(out, "http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"}", Math.floor(total));
            line(out, "http_request_duration_seconds_sum{route=\"" + route + "\"}", latencySums.get(route)[0]);
            line(out, "http_request_duration_seconds_count{route=\"" + route + "\"}", Math.floor(total));
        });
        counter(out, "redis_commands_total", "Redis commands sent by the matcher.", redisCommands);
        counter(out, "redis_commands_failed_total", "Redis commands that failed.", redisFailed);
        help(out, "websocket_connections", "gauge", "Open WebSocket connections on the gateway.");
        line(out, "websocket_connections", websocketConnections);
        counter(out, "match_timeouts_total", "Matchmaking requests that timed out.", matchTimeouts);
        counter(out, "trace_ids_seen_total", "Trace ids seen by the state-sync service.", tracesSeen);
        counter(out, "trace_ids_duplicated_total", "Trace ids seen more than once.", tracesDuplicated);
        counter(out, "p0_errors_total", "Errors classified P0 (data loss, payment failure).", p0Errors);
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, double value) {
        help(out, name, "counter", help);
        line(out, name, Math.floor(value));
    }

    private static void help(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void line(StringBuilder out, String series, double value) {
        out.append(series).append(' ').append(fmt(value)).append('\n');
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** A consistent snapshot of the service's controls. */
    record Controls(Map<String, Double> errorRatios, Duration latency, double redisFailuresPerSecond,
                    double duplicateTracesPerSecond, double matchTimeoutRatio, boolean p0Errors) {
        Controls {
            errorRatios = Map.copyOf(errorRatios);
        }

        double errorRatio(String route) {
            return errorRatios.getOrDefault(route, 0.0);
        }
    }
}
