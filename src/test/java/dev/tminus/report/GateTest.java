package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

    @TempDir
    Path project;

    private void runWith(AllureFixtures results) {
        ReadinessFiles.write(Verdicts.of(List.of(AllureResults.read(results.dir(), Optional.empty())), Optional.empty(),
                VerdictsTest.NOW), project.resolve("reports"));
    }

    private String gate(String... args) {
        String before = System.getProperty("tminus.basedir");
        System.setProperty("tminus.basedir", project.toString());
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Gate.main(args);
        } finally {
            System.setOut(out);
            if (before == null) {
                System.clearProperty("tminus.basedir");
            } else {
                System.setProperty("tminus.basedir", before);
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passes_only_a_ready_run_and_prints_its_summary() {
        runWith(new AllureFixtures(project.resolve("r")).passed("dns", "DNS-01 a. A · resolves · ns1"));

        assertThat(gate("gate", "false", "false")).contains("VERDICT: READY — all 1 item checked are ready");
    }

    @Test
    void fails_a_not_ready_or_incomplete_run() {
        runWith(new AllureFixtures(project.resolve("r")).result("dns", "DNS-01 a. A · resolves · ns1", "failed", "no", "blocker"));
        assertThatThrownBy(() -> gate("gate", "false", "false")).isInstanceOf(Gate.NotReady.class)
                .hasMessage("T-Minus gate: NOT READY (only READY passes; see the summary above and reports/readiness.html)");

        runWith(new AllureFixtures(project.resolve("s")).result("db", "DB-01 x · fits", "skipped", "not configured: no databases", null));
        assertThatThrownBy(() -> gate("gate", "false", "false")).isInstanceOf(Gate.NotReady.class)
                .hasMessageStartingWith("T-Minus gate: INCOMPLETE");
    }

    @Test
    void fails_when_the_run_left_no_verdict_and_clear_removes_an_earlier_one() throws Exception {
        runWith(new AllureFixtures(project.resolve("r")).passed("dns", "DNS-01 a. A · resolves · ns1"));

        gate("clear");

        assertThat(Files.exists(project.resolve("reports/readiness.json"))).isFalse();
        assertThat(Files.exists(project.resolve("reports/readiness.pdf"))).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Gate.check(project.resolve("reports"), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(Verdict.INCOMPLETE);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("T-Minus readiness: no verdict was written (")
                .endsWith("the checklist did not run to its end. VERDICT: INCOMPLETE\n");
    }

    @Test
    void clear_empties_the_results_folder_so_no_result_of_an_earlier_run_is_reported_again() throws Exception {
        // GIVEN results of an earlier run, with an attachment in a sub-folder
        Path results = project.resolve("target/allure-results");
        Files.createDirectories(results.resolve("history"));
        Files.writeString(results.resolve("old-result.json"), "{}");
        Files.writeString(results.resolve("history/history.json"), "{}");

        // WHEN a run starts
        gate("clear", results.toString());

        // THEN the folder is there and empty
        assertThat(results).isEmptyDirectory();
    }

    @Test
    void lets_a_build_that_skips_the_checklist_through() {
        assertThat(gate("gate", "true", "false")).isEqualTo(
                "T-Minus gate: the checklist was skipped (-DskipTests/-DskipITs); no verdict\n");
    }
}
