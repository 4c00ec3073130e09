package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.sandbox.alerting.AlertingConfig;
import dev.tminus.sandbox.alerting.AlertingFaults;
import dev.tminus.sandbox.alerting.AlertingSandbox;
import dev.tminus.sandbox.alerting.LocalHttp;
import dev.tminus.sandbox.alerting.ReleaseSilences;
import dev.tminus.sandbox.alerting.SyntheticGameService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The alerting sandbox stands up real Prometheus and Alertmanager, healthy, and its faults take effect. */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class AlertingSandboxSelfTest {

    private final Sandbox sandbox;

    AlertingSandboxSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static final String ALERTMANAGER = "http://127.0.0.1:" + AlertingSandbox.ALERTMANAGER_PORT;
    static final String PROMETHEUS = "http://127.0.0.1:" + AlertingSandbox.PROMETHEUS_PORT;
    static final String SERVICE = "http://127.0.0.1:" + SyntheticGameService.PORT;
    final LocalHttp http = new LocalHttp();
    Instant t0;

    @BeforeEach
    void healthy_shared_sandbox() {
        sandbox.ensure(Tags.SILENCE);
        sandbox.applyFaults(Set.of());
        t0 = sandbox.t0();
    }

    @AfterEach
    void heal() {
        sandbox.applyFaults(Set.of());
    }

    @Test
    void starts_healthy_with_the_release_silences_and_quiet_rules() throws Exception {
        // GIVEN the started sandbox
        // WHEN Alertmanager and Prometheus are asked
        JsonNode silences = http.getJson(ALERTMANAGER + "/api/v2/silences").orElseThrow();
        JsonNode alerts = http.getJson(PROMETHEUS + "/api/v1/alerts").orElseThrow();
        JsonNode rules = http.getJson(PROMETHEUS + "/api/v1/rules").orElseThrow();

        // THEN two active release silences exist, no alert is pending or firing, every rule is healthy
        List<JsonNode> active = activeSilences(silences);
        assertThat(active).hasSize(2).allSatisfy(s -> {
            assertThat(s.path("comment").asText()).contains("v1.2.0-3a7f1b2");
            assertThat(s.path("createdBy").asText()).isEqualTo(ReleaseSilences.AUTHOR);
            assertThat(Instant.parse(s.path("endsAt").asText())).isEqualTo(t0.plus(Duration.ofMinutes(60)));
        });
        assertThat(alerts.path("data").path("alerts")).isEmpty();
        assertThat(rules.findValuesAsText("health")).hasSize(8).containsOnly("ok");
        assertThat(http.get(SERVICE + "/metrics").orElseThrow())
                .contains("http_requests_total{route=\"/pay\",status=\"500\"} 0")
                .contains("trace_ids_duplicated_total 0");
    }

    @Test
    void faults_take_effect_and_healthy_comes_back() throws Exception {
        // GIVEN the started sandbox
        // WHEN faults are applied, then removed
        sandbox.applyFaults(Set.of(AlertingConfig.RULE_MISSING, AlertingFaults.ALERTMANAGER_DOWN));
        JsonNode rules = http.getJson(PROMETHEUS + "/api/v1/rules").orElseThrow();
        boolean alertmanagerUp = http.get(ALERTMANAGER + "/-/ready").isPresent();
        sandbox.applyFaults(Set.of(ReleaseSilences.MISSING, AlertingConfig.WRONG_ROUTE));
        int silencesWithMissing = activeSilences(http.getJson(ALERTMANAGER + "/api/v2/silences").orElseThrow()).size();
        String routing = http.getJson(ALERTMANAGER + "/api/v2/status").orElseThrow()
                .path("config").path("original").asText();
        sandbox.applyFaults(Set.of());

        // THEN each fault was in place while applied, and healthy is back
        assertThat(rules.findValuesAsText("name")).doesNotContain("MatchTimeoutRateHigh").contains("HighErrorRate");
        assertThat(alertmanagerUp).isFalse();
        assertThat(silencesWithMissing).isEqualTo(1);
        assertThat(routing).contains("receiver: annotate-l1\n    matchers:\n    - severity=\"critical\"");
        assertThat(activeSilences(http.getJson(ALERTMANAGER + "/api/v2/silences").orElseThrow())).hasSize(2);
        assertThat(http.getJson(PROMETHEUS + "/api/v1/rules").orElseThrow().findValuesAsText("name"))
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
