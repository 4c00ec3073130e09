package dev.tminus.golden;

import dev.tminus.ProbeException;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Secret;
import dev.tminus.profile.Secrets;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Range queries against one Prometheus ({@code GET /api/v1/query_range}), with one request
 * specification built once from the profile: base URI, bearer token (never printed), timeouts.
 * Windows longer than Prometheus' 11,000 points per series are asked for in pieces and joined.
 */
public final class PrometheusRangeClient {

    static final int MAX_POINTS_PER_REQUEST = 10_000;

    private final RequestSpecification spec;
    private final String where;
    private final Duration timeout;

    public PrometheusRangeClient(URI prometheus, Optional<Secret> bearerToken, Duration timeout) {
        this.where = Secrets.mask(prometheus.toString());
        this.timeout = timeout;
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        RequestSpecBuilder builder = new RequestSpecBuilder()
                .setBaseUri(prometheus.toString())
                .setConfig(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", millis)
                        .setParam("http.socket.timeout", millis)
                        .setParam("http.connection-manager.timeout", (long) millis)))
                .setUrlEncodingEnabled(true);
        bearerToken.ifPresent(token -> builder.addHeader("Authorization", "Bearer " + token.reveal()));
        this.spec = builder.build();
    }

    /** The address queried, masked, as messages show it. */
    public String where() {
        return where;
    }

    /**
     * The query over {@code [start, end]} at {@code step}. No series at all is NO DATA and throws:
     * an absent metric must never read as a healthy one.
     */
    public SeriesWindow range(String query, Instant start, Instant end, Duration step) {
        SeriesWindow window = rangeMaybeEmpty(query, start, end, step);
        if (window.isEmpty()) {
            throw new ProbeException("Prometheus at " + where + " has no data for\n  " + query
                    + "\nover " + start + " … " + end + " (step " + Durations.format(step) + "): no series matched.\n"
                    + "No data is never healthy: check that the metric is exported and scraped"
                    + " (up == 1 for its job) and that the query's label names and values match.");
        }
        return window;
    }

    /** The same, for queries where no series is a legitimate answer (e.g. alerts that never fired). */
    public SeriesWindow rangeMaybeEmpty(String query, Instant start, Instant end, Duration step) {
        if (step.isZero() || step.isNegative() || end.isBefore(start)) {
            throw new IllegalArgumentException("range " + start + " … " + end + " at step " + step);
        }
        List<SeriesWindow> pieces = new ArrayList<>();
        Duration piece = step.multipliedBy(MAX_POINTS_PER_REQUEST - 1);
        for (Instant from = start; !from.isAfter(end); from = from.plus(piece).plus(step)) {
            Instant to = from.plus(piece).isBefore(end) ? from.plus(piece) : end;
            pieces.add(once(query, from, to, step));
        }
        return join(query, start, end, step, pieces);
    }

    private SeriesWindow once(String query, Instant start, Instant end, Duration step) {
        Response response;
        try {
            response = RestAssured.given(spec)
                    .queryParam("query", query)
                    .queryParam("start", seconds(start))
                    .queryParam("end", seconds(end))
                    .queryParam("step", step.toMillis() / 1000.0)
                    .get("/api/v1/query_range");
        } catch (Exception e) {
            throw Failures.of("Prometheus", where + "/api/v1/query_range", timeout, e);
        }
        return RangeAnswer.parse(where, query, start, end, step, response.statusCode(), response.asString());
    }

    private static SeriesWindow join(String query, Instant start, Instant end, Duration step, List<SeriesWindow> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        Map<Map<String, String>, List<SeriesWindow.Point>> joined = new LinkedHashMap<>();
        for (SeriesWindow w : pieces) {
            for (SeriesWindow.Series s : w.series()) {
                joined.computeIfAbsent(s.labels(), k -> new ArrayList<>()).addAll(s.points());
            }
        }
        List<SeriesWindow.Series> series = joined.entrySet().stream()
                .map(e -> new SeriesWindow.Series(e.getKey(), e.getValue())).toList();
        return new SeriesWindow(query, start, end, step, series);
    }

    private static String seconds(Instant at) {
        return at.getEpochSecond() + "." + String.format("%03d", at.getNano() / 1_000_000);
    }
}
