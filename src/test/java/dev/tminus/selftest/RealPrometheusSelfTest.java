package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import dev.tminus.golden.PrometheusRangeClient;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.sandbox.Sandbox;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The range client against the sandbox's real Prometheus: its real answers, not a fake's. */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class RealPrometheusSelfTest {

    private static PrometheusRangeClient prometheus;

    @BeforeAll
    static void sandbox(Sandbox sandbox) {
        sandbox.ensure("golden-hour");
        prometheus = new PrometheusRangeClient(URI.create("http://127.0.0.1:19090"), Optional.empty(), Duration.ofSeconds(3));
    }

    private static Instant now() {
        return Instant.now();
    }

    @Test
    void reads_nan_as_prometheus_writes_it() {
        // GIVEN / WHEN 0/0, which real Prometheus answers as "NaN"
        SeriesWindow w = prometheus.range("vector(0) / vector(0)", now().minusSeconds(10), now(), Duration.ofSeconds(5));
        // THEN
        assertThat(w.series().get(0).points()).isNotEmpty().allMatch(p -> Double.isNaN(p.value()));
    }

    @Test
    void reads_infinity_as_prometheus_writes_it() {
        // GIVEN / WHEN
        SeriesWindow w = prometheus.range("vector(1) / vector(0)", now().minusSeconds(10), now(), Duration.ofSeconds(5));
        // THEN
        assertThat(w.series().get(0).points()).isNotEmpty().allMatch(p -> p.value() == Double.POSITIVE_INFINITY);
    }

    @Test
    void reports_a_real_parse_error_as_could_not_check() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> prometheus.range("sum by (", now().minusSeconds(10), now(), Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.class)
                .hasMessageStartingWith("Prometheus at http://127.0.0.1:19090 could not evaluate the query\n  sum by (\n"
                        + "it answered HTTP 400 bad_data: ")
                .hasMessageEndingWith("Fix the PromQL in goldenHour.slos of the profile (try it in Prometheus' expression browser).");
    }

    @Test
    void reports_a_metric_nobody_exports_as_no_data() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> prometheus.range("sum(rate(no_such_metric_total[1m]))", now().minusSeconds(10), now(),
                Duration.ofSeconds(5)))
                .isExactlyInstanceOf(ProbeException.class)
                .hasMessageContaining("has no data for\n  sum(rate(no_such_metric_total[1m]))");
    }

    @Test
    void reads_the_synthetic_services_series_with_their_labels() {
        // GIVEN / WHEN
        SeriesWindow w = prometheus.range("sum by (route) (rate(http_requests_total[10s]))", now().minusSeconds(10), now(),
                Duration.ofSeconds(5));
        // THEN
        assertThat(w.series()).extracting(s -> s.labels().get("route")).containsExactlyInAnyOrder("/login", "/match", "/pay");
    }
}
