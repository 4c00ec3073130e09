package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.profile.GoldenHour.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalationTest {

    private static final Instant T0 = SloEvaluatorTest.T0;

    private static Escalation.Entry entry(Level level, double... values) {
        return Escalation.Entry.of(SloEvaluator.evaluate(SloEvaluatorTest.slo(null, 0.005, 0, level),
                SloEvaluatorTest.window(values)));
    }

    private static Escalation escalation(Escalation.Entry... entries) {
        return new Escalation("v1", T0, T0, T0.plusSeconds(60), T0.plusSeconds(3 * 3600), Duration.ofSeconds(5),
                List.of(entries));
    }

    @Test
    void names_the_highest_level_reached_and_groups_breaches_by_level() {
        // GIVEN an L1 and an L3 breach, and a healthy L2 SLO
        Escalation e = escalation(entry(Level.L1, 0.01), entry(Level.L2, 0.001), entry(Level.L3, 0.02, 0.5));
        // WHEN / THEN
        assertThat(e.highest()).contains(Level.L3);
        assertThat(e.summary()).isEqualTo("L3: roll back recommended");
        assertThat(e.breachesByLevel().keySet()).containsExactly(Level.L3, Level.L1);
        assertThat(e.worst().orElseThrow().level()).isEqualTo(Level.L3);
    }

    @Test
    void says_nothing_escalates_when_nothing_breached_and_says_so_when_unsure() {
        // GIVEN / WHEN / THEN
        assertThat(escalation(entry(Level.L2, 0.001)).summary()).isEqualTo("no breach: nothing to escalate");
        assertThat(escalation(entry(Level.L2, Double.NaN)).summary())
                .isEqualTo("no breach seen, but some SLOs could not be evaluated");
        assertThat(escalation(entry(Level.L2, 0.001)).highest()).isEmpty();
    }

    @Test
    void writes_the_escalation_file_the_readiness_report_reads(@TempDir Path dir) throws Exception {
        // GIVEN
        Escalation e = escalation(entry(Level.L3, 0.02), Escalation.Entry.inconclusive(
                SloEvaluatorTest.slo(null, 1.0, 0, Level.L2), "Prometheus unreachable"));
        Path file = dir.resolve("tminus/escalation.json");
        // WHEN
        EscalationFile.write(file, e);
        // THEN
        JsonNode json = EscalationFile.read(file);
        assertThat(json.path("highest").asText()).isEqualTo("L3");
        assertThat(json.path("summary").asText()).isEqualTo("L3: roll back recommended");
        assertThat(json.path("byLevel").path("L3").get(0).asText()).isEqualTo("pay 5xx ratio");
        assertThat(json.path("slos").get(0).path("worst").asText()).isEqualTo("0.02");
        assertThat(json.path("slos").get(0).path("badness").asDouble()).isEqualTo(3.0);
        assertThat(json.path("slos").get(1).path("state").asText()).isEqualTo("INCONCLUSIVE");
        assertThat(json.path("slos").get(1).path("reason").asText()).isEqualTo("Prometheus unreachable");
        assertThat(json.path("step").asText()).isEqualTo("5s");
        assertThat(json.path("windowEnd").asText()).isEqualTo("2026-12-01T13:00:00Z");
        assertThat(Optional.ofNullable(json.get("worst"))).isPresent();
    }
}
