package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalationStateTest {

    @TempDir
    Path dir;

    @Test
    void reads_the_highest_level_and_the_breaches_the_golden_hour_checks_wrote() throws Exception {
        // GIVEN the file as the golden-hour checks write it
        Path file = dir.resolve("escalation.json");
        Files.writeString(file, """
                {"release": "v1", "highest": "L3", "summary": "L3: roll back recommended",
                 "byLevel": {"L3": ["pay 5xx ratio"], "L1": ["match latency p99"]}, "worst": null, "slos": []}
                """);

        // WHEN
        EscalationState e = EscalationState.read(file, Optional.empty()).orElseThrow();

        // THEN
        assertThat(e.highest()).contains("L3");
        assertThat(e.byLevel()).containsExactly(java.util.Map.entry("L3", List.of("pay 5xx ratio")),
                java.util.Map.entry("L1", List.of("match latency p99")));
        assertThat(e.headline()).isEqualTo("L3: roll back recommended — pay 5xx ratio");
    }

    @Test
    void ignores_a_file_left_by_an_earlier_run_or_missing() throws Exception {
        Path file = dir.resolve("escalation.json");
        Files.writeString(file, "{\"highest\": null, \"summary\": \"no breach: nothing to escalate\", \"byLevel\": {}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));

        assertThat(EscalationState.read(file, Optional.of(Instant.parse("2026-11-30T00:00:00Z")))).isEmpty();
        assertThat(EscalationState.read(dir.resolve("none.json"), Optional.empty())).isEmpty();
        assertThat(EscalationState.read(file, Optional.empty()).orElseThrow().headline())
                .isEqualTo("no breach: nothing to escalate");
    }
}
