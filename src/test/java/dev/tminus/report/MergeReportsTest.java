package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeReportsTest {

    @TempDir
    Path dir;

    @Test
    void merges_vantages_into_one_results_folder_and_one_verdict() throws Exception {
        // GIVEN the same item green from eu-west and red from a folder whose run set no vantage
        String name = "DNS-01 login.game.example.com. A · resolves · office";
        new AllureFixtures(dir.resolve("eu")).environment("env=prod\nvantage=eu-west\n")
                .result("dns", name, "passed", null, "blocker", "vantage", "eu-west");
        new AllureFixtures(dir.resolve("ci-runner-3")).environment("env=prod\n")
                .result("dns", name, "failed", "Expecting NOERROR but got SERVFAIL", "blocker");

        // WHEN
        Readiness r = MergeReports.merge(dir.resolve("merged"), List.of(dir.resolve("eu"), dir.resolve("ci-runner-3")),
                VerdictsTest.NOW);

        // THEN one red item, red at the runner (named after its folder), and two results side by side
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(r.blockers().get(0).redAt()).containsExactly("ci-runner-3");
        assertThat(r.vantages()).containsExactly("ci-runner-3", "eu-west");
        assertThat(r.env()).isEqualTo("prod");
        List<Path> results;
        try (Stream<Path> files = Files.list(dir.resolve("merged"))) {
            results = files.filter(f -> f.toString().endsWith("-result.json")).toList();
        }
        assertThat(results).hasSize(2);
        var json = new ObjectMapper();
        assertThat(results.stream().map(f -> read(json, f).path("historyId").asText()).distinct()).hasSize(2);
        assertThat(AllureResults.read(dir.resolve("merged"), Optional.empty()).results())
                .extracting(CheckResult::vantage).containsExactlyInAnyOrder("eu-west", "ci-runner-3");
        assertThat(Files.readString(dir.resolve("merged/environment.properties")))
                .isEqualTo("verdict=NOT READY \\u2014 1 item is not ready\nenv=prod\nvantage=eu-west, ci-runner-3\n");
        assertThat(AllureResults.environment(dir.resolve("merged"))).containsEntry("verdict", "NOT READY — 1 item is not ready");
    }

    private static com.fasterxml.jackson.databind.JsonNode read(ObjectMapper json, Path f) {
        try {
            return json.readTree(f.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_history_id_is_per_vantage() {
        assertThat(MergeReports.perVantage("abc", "eu-west")).isNotEqualTo(MergeReports.perVantage("abc", "us-east"))
                .hasSize(32).isEqualTo(MergeReports.perVantage("abc", "eu-west"));
    }
}
