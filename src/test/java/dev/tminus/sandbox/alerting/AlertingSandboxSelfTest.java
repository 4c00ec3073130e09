package dev.tminus.sandbox.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.InstantExpr;
import dev.tminus.profile.Launch;
import dev.tminus.profile.Phase;
import dev.tminus.profile.Profile;
import dev.tminus.sandbox.SandboxContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The alerting sandbox stands up real Prometheus and Alertmanager, healthy, and its faults take effect. */
@Tag("sandbox")
class AlertingSandboxSelfTest {

    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static AlertingSandbox sandbox;
    final LocalHttp http = new LocalHttp();

    @BeforeAll
    static void start() throws Exception {
        var plan = new Alerting.SilencePlan(new InstantExpr.RelativeToT0(Duration.ofMinutes(-15)), Duration.ofMinutes(75),
                Duration.ofMinutes(10), List.of(Map.of("alertname", "order_service_latency_high", "service", "order-service"),
                Map.of("alertname", "payment_gateway_timeout", "service", "payment-gateway")),
                List.of(Map.of("severity", "critical")), Duration.ofHours(2));
        var alerting = new Alerting(URI.create("http://127.0.0.1:19093"), URI.create("http://127.0.0.1:19090"),
                Optional.empty(), Duration.ofSeconds(3), Optional.of(plan), List.of(), List.of());
        var profile = new Profile("sandbox", Path.of("environments/sandbox.yaml"),
                new Launch("v1.2.0-3a7f1b2", Optional.of(T0), Phase.SCALE_OUT), Optional.empty(), Optional.empty(),
                List.of(), Optional.of(alerting), Optional.empty(), List.of(), Map.of());
        sandbox = new AlertingSandbox();
        sandbox.start(new SandboxContext(profile, Path.of("target/sandbox/alerting"), Path.of("."), t -> null));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void starts_healthy_with_the_release_silences_and_quiet_rules() throws Exception {
        // GIVEN the started sandbox
        // WHEN Alertmanager and Prometheus are asked
        JsonNode silences = http.getJson(sandbox.alertmanagerUrl() + "/api/v2/silences").orElseThrow();
        JsonNode alerts = http.getJson(sandbox.prometheusUrl() + "/api/v1/alerts").orElseThrow();
        JsonNode rules = http.getJson(sandbox.prometheusUrl() + "/api/v1/rules").orElseThrow();

        // THEN two active release silences exist, no alert is pending or firing, every rule is healthy
        List<JsonNode> active = activeSilences(silences);
        assertThat(active).hasSize(2).allSatisfy(s -> {
            assertThat(s.path("comment").asText()).contains("v1.2.0-3a7f1b2");
            assertThat(s.path("createdBy").asText()).isEqualTo(ReleaseSilences.AUTHOR);
            assertThat(Instant.parse(s.path("endsAt").asText())).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        });
        assertThat(alerts.path("data").path("alerts")).isEmpty();
        assertThat(rules.findValuesAsText("health")).hasSize(8).containsOnly("ok");
        assertThat(http.get(sandbox.service().baseUrl() + "/metrics").orElseThrow())
                .contains("http_requests_total{route=\"/pay\",status=\"500\"} 0")
                .contains("trace_ids_duplicated_total 0");
    }

    @Test
    void faults_take_effect_and_healthy_comes_back() throws Exception {
        // GIVEN the started sandbox
        // WHEN faults are applied, then removed
        sandbox.apply(Set.of(AlertingConfig.RULE_MISSING, AlertingFaults.ALERTMANAGER_DOWN));
        JsonNode rules = http.getJson(sandbox.prometheusUrl() + "/api/v1/rules").orElseThrow();
        boolean alertmanagerUp = http.get(sandbox.alertmanagerUrl() + "/-/ready").isPresent();
        sandbox.apply(Set.of(ReleaseSilences.MISSING, AlertingConfig.WRONG_ROUTE));
        int silencesWithMissing = activeSilences(http.getJson(sandbox.alertmanagerUrl() + "/api/v2/silences").orElseThrow()).size();
        String routing = http.getJson(sandbox.alertmanagerUrl() + "/api/v2/status").orElseThrow()
                .path("config").path("original").asText();
        sandbox.apply(Set.of());

        // THEN each fault was in place while applied, and healthy is back
        assertThat(rules.findValuesAsText("name")).doesNotContain("MatchTimeoutRateHigh").contains("HighErrorRate");
        assertThat(alertmanagerUp).isFalse();
        assertThat(silencesWithMissing).isEqualTo(1);
        assertThat(routing).contains("receiver: annotate-l1\n    matchers:\n    - severity=\"critical\"");
        assertThat(activeSilences(http.getJson(sandbox.alertmanagerUrl() + "/api/v2/silences").orElseThrow())).hasSize(2);
        assertThat(http.getJson(sandbox.prometheusUrl() + "/api/v1/rules").orElseThrow().findValuesAsText("name"))
                .contains("MatchTimeoutRateHigh");
    }

    private static List<JsonNode> activeSilences(JsonNode silences) {
        var out = new java.util.ArrayList<JsonNode>();
        silences.forEach(s -> {
            if (s.path("status").path("state").asText().equals("active")) {
                out.add(s);
            }
        });
        return out;
    }
}
