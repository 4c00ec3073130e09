package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import dev.tminus.profile.Secret;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrometheusRangeClientTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String QUERY = "sum(rate(http_requests_total{route=\"/pay\",status=~\"5..\"}[1m]))";
    private FakeHttp prometheus;

    @BeforeEach
    void start() throws Exception {
        prometheus = new FakeHttp();
    }

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private PrometheusRangeClient client(Duration timeout) {
        return new PrometheusRangeClient(prometheus.uri(), Optional.empty(), timeout);
    }

    @Test
    void reads_a_matrix_with_prometheus_spellings_of_nan_and_infinity() {
        // GIVEN Prometheus answers two series, with "NaN" and "+Inf" as values are strings
        prometheus.always(FakeHttp.Reply.json("""
                {"status":"success","data":{"resultType":"matrix","result":[
                  {"metric":{"route":"/pay"},"values":[[1796119200,"0.001"],[1796119205.5,"NaN"]]},
                  {"metric":{},"values":[[1796119200,"+Inf"],[1796119205,"-Inf"],[1796119210,"1e-3"]]}]}}
                """));
        // WHEN the window is asked for
        SeriesWindow w = client(Duration.ofSeconds(2)).range(QUERY, T0, T0.plusSeconds(10), Duration.ofSeconds(5));
        // THEN every point is there, typed
        assertThat(w.series()).hasSize(2);
        assertThat(w.series().get(0).labels()).isEqualTo(Map.of("route", "/pay"));
        assertThat(w.series().get(0).points()).containsExactly(
                new SeriesWindow.Point(Instant.parse("2026-12-01T10:00:00Z"), 0.001),
                new SeriesWindow.Point(Instant.parse("2026-12-01T10:00:05.500Z"), Double.NaN));
        assertThat(w.series().get(1).points()).extracting(SeriesWindow.Point::value)
                .containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.001);
        assertThat(w.series().get(1).labelText()).isEqualTo("{}");
    }

    @Test
    void sends_query_start_end_and_step_as_prometheus_expects() {
        // GIVEN
        prometheus.always(FakeHttp.Reply.json(matrixOfOne()));
        // WHEN
        client(Duration.ofSeconds(2)).range(QUERY, T0, T0.plusSeconds(60), Duration.ofSeconds(5));
        // THEN
        String query = URLDecoder.decode(prometheus.requests().get(0).uri().getRawQuery(), StandardCharsets.UTF_8);
        assertThat(prometheus.requests().get(0).uri().getPath()).isEqualTo("/api/v1/query_range");
        assertThat(query).isEqualTo("query=" + QUERY + "&start=1796119200.000&end=1796119260.000&step=5.0");
    }

    @Test
    void reports_no_data_when_no_series_matched() {
        // GIVEN an empty matrix: the metric is absent
        prometheus.always(FakeHttp.Reply.json("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"));
        // WHEN / THEN it is COULD NOT CHECK, never healthy
        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).range(QUERY, T0, T0.plusSeconds(60), Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.class)
                .hasMessage("Prometheus at " + prometheus.uri() + " has no data for\n  " + QUERY
                        + "\nover 2026-12-01T10:00:00Z … 2026-12-01T10:01:00Z (step 5s): no series matched.\n"
                        + "No data is never healthy: check that the metric is exported and scraped"
                        + " (up == 1 for its job) and that the query's label names and values match.");
    }

    @Test
    void empty_answer_is_allowed_only_where_asked_for() {
        // GIVEN
        prometheus.always(FakeHttp.Reply.json("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"));
        // WHEN
        SeriesWindow w = client(Duration.ofSeconds(2)).rangeMaybeEmpty("ALERTS", T0, T0.plusSeconds(5), Duration.ofSeconds(5));
        // THEN
        assertThat(w.isEmpty()).isTrue();
    }

    @Test
    void reports_a_query_error_as_could_not_check_with_prometheus_words() {
        // GIVEN
        prometheus.always(new FakeHttp.Reply(400, "application/json",
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unexpected <by>\"}",
                Duration.ZERO));
        // WHEN / THEN
        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).range("sum by", T0, T0.plusSeconds(5), Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.class)
                .hasMessage("Prometheus at " + prometheus.uri() + " could not evaluate the query\n  sum by\n"
                        + "it answered HTTP 400 bad_data: 1:5: parse error: unexpected <by>\n"
                        + "Fix the PromQL in goldenHour.slos of the profile (try it in Prometheus' expression browser).");
    }

    @Test
    void reports_an_html_error_page_as_garbage() {
        // GIVEN a proxy in front answers its own page
        prometheus.always(new FakeHttp.Reply(502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", Duration.ZERO));
        // WHEN / THEN
        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).range(QUERY, T0, T0.plusSeconds(5), Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.Garbage.class)
                .hasMessage("Prometheus at " + prometheus.uri() + " did not answer JSON to the range query\n  " + QUERY
                        + "\nit answered HTTP 502: \"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\"\n"
                        + "A proxy or login page may sit in front of Prometheus; point alerting.prometheus at the API itself.");
    }

    @Test
    void reports_truncated_json_and_foreign_json_as_garbage() {
        // GIVEN
        prometheus.then(FakeHttp.Reply.json("{\"status\":\"success\",\"data\":{\"resultType\":\"matr"))
                .then(FakeHttp.Reply.json("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}"))
                .then(FakeHttp.Reply.json("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":"
                        + "[{\"metric\":{},\"values\":[[1,\"fast\"]]}]}}"));
        PrometheusRangeClient client = client(Duration.ofSeconds(2));
        // WHEN / THEN
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.range(QUERY, T0, T0.plusSeconds(5), Duration.ofSeconds(5)))
                    .isInstanceOf(ProbeException.Garbage.class);
        }
    }

    @Test
    void reports_nothing_listening_as_unreachable() throws Exception {
        // GIVEN a port nobody listens on
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PrometheusRangeClient client = new PrometheusRangeClient(URI.create("http://127.0.0.1:" + port),
                Optional.empty(), Duration.ofSeconds(1));
        // WHEN / THEN
        assertThatThrownBy(() -> client.range(QUERY, T0, T0.plusSeconds(5), Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.Unreachable.class)
                .hasMessageStartingWith("Prometheus at http://127.0.0.1:" + port + "/api/v1/query_range is unreachable: ")
                .hasMessageEndingWith("Check the address in the profile, that the service runs, and that this host may reach it.");
    }

    @Test
    void gives_up_after_the_profile_timeout() {
        // GIVEN Prometheus takes longer than the timeout
        prometheus.always(new FakeHttp.Reply(200, "application/json", matrixOfOne(), Duration.ofSeconds(3)));
        // WHEN / THEN
        assertThatThrownBy(() -> client(Duration.ofMillis(300)).range(QUERY, T0, T0.plusSeconds(5), Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.Timeout.class)
                .hasMessage("Prometheus at " + prometheus.uri() + "/api/v1/query_range did not answer within 300ms"
                        + " (SocketTimeoutException).\nCheck that it is up and not overloaded, or raise the timeout in the profile.");
    }

    @Test
    void sends_the_bearer_token_but_never_shows_it() {
        // GIVEN a token from the environment, and an error that would echo it
        Secret token = new Secret("s3cr3t-token-value", "ALERTING_TOKEN");
        prometheus.always(new FakeHttp.Reply(401, "text/plain", "bad token s3cr3t-token-value", Duration.ZERO));
        PrometheusRangeClient client = new PrometheusRangeClient(prometheus.uri(), Optional.of(token), Duration.ofSeconds(2));
        // WHEN / THEN
        assertThatThrownBy(() -> client.range(QUERY, T0, T0.plusSeconds(5), Duration.ofSeconds(5)))
                .isInstanceOf(ProbeException.Garbage.class)
                .message().contains("bad token ****").doesNotContain("s3cr3t");
        assertThat(prometheus.requests().get(0).authorization()).isEqualTo("Bearer s3cr3t-token-value");
    }

    @Test
    void asks_for_a_long_window_in_pieces_and_joins_them() {
        // GIVEN a window of 25,000 steps (Prometheus refuses more than 11,000 points per series)
        prometheus.then(FakeHttp.Reply.json(matrix(1796119200))).then(FakeHttp.Reply.json(matrix(1796169200)))
                .then(FakeHttp.Reply.json(matrix(1796219200)));
        // WHEN
        SeriesWindow w = client(Duration.ofSeconds(2)).range(QUERY, T0, T0.plusSeconds(5 * 25_000), Duration.ofSeconds(5));
        // THEN three requests, one joined series
        assertThat(prometheus.requests()).hasSize(3);
        assertThat(w.series()).hasSize(1);
        assertThat(w.series().get(0).points()).hasSize(3);
        assertThat(w.start()).isEqualTo(T0);
        assertThat(w.end()).isEqualTo(T0.plusSeconds(5 * 25_000));
    }

    private static String matrixOfOne() {
        return matrix(1796119200);
    }

    private static String matrix(long at) {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":"
                + "[{\"metric\":{\"route\":\"/pay\"},\"values\":[[" + at + ",\"0\"]]}]}}";
    }
}
