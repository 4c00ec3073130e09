package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessSessionTest {

    @TempDir
    Path project;

    @Test
    void writes_every_form_of_the_verdict_from_this_run_only() throws Exception {
        // GIVEN a stale failure from an earlier run and this run's green result
        AllureFixtures results = new AllureFixtures(project.resolve("target/allure-results"))
                .at(1_000L).result("dns", "DNS-01 old. A · resolves · ns1", "failed", "old", "blocker")
                .at(2_000_000L).passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1");

        // WHEN the session ends
        Readiness r = ReadinessSession.write(results.dir(), project, Instant.ofEpochMilli(1_000_000L),
                VerdictsTest.NOW);

        // THEN READY, in every form
        assertThat(r.verdict()).isEqualTo(Verdict.READY);
        for (String name : ReadinessFiles.NAMES) {
            assertThat(project.resolve("reports").resolve(name)).isNotEmptyFile();
        }
        assertThat(Files.readString(project.resolve("reports/readiness.txt"))).contains("VERDICT: READY");
    }
}
