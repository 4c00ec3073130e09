package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tminus.checklist.CheckCatalogue;
import dev.tminus.selftest.ChecklistRun.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section that is present but lists nothing to check shows every check as skipped with the reason
 * (not configured), never as broken or failed, and touches no network.
 */
class EmptyItemListsSelfTest {

    @Test
    void sections_without_items_skip_their_checks_with_a_reason(@TempDir Path basedir) throws IOException {
        assumeThat(CheckCatalogue.classes()).as("check classes").isNotEmpty();
        // GIVEN a profile whose dns and goldenHour sections name no record, SLO or probe
        Files.createDirectories(basedir.resolve("environments"));
        Files.writeString(basedir.resolve("environments/empty.yaml"), """
                name: empty
                launch: {release: v1, phase: preheat, at: 2026-01-01T00:00:00Z}
                dns:
                  resolvers: [{name: ns1, address: 127.0.0.1, port: 9, role: authoritative}]
                  records: []
                goldenHour:
                  slos: []
                  probes: []
                """);

        // WHEN those areas run
        ChecklistRun.Results run = ChecklistRun.run("dns|golden-hour",
                Map.of("tminus.env", "empty", "tminus.basedir", basedir.toString()));

        // THEN every check is there, skipped, saying what is not configured
        assertThat(run.all()).as("results:%s", run.describe()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.SKIPPED));
        assertThat(run.all()).allSatisfy(r -> assertThat(r.message()).as(r.toString())
                .containsAnyOf("not configured", "not applicable"));
    }
}
