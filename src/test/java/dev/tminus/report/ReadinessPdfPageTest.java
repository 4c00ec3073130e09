package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The managers' PDF is one page, however long the run: the full checklist is in readiness.html. */
class ReadinessPdfPageTest {

    @TempDir
    Path dir;

    @Test
    void the_pdf_is_one_page_with_the_blockers_that_fit_and_the_rest_counted() throws Exception {
        // GIVEN 300 items, 60 of them red with long reasons, in every area
        AllureFixtures run = new AllureFixtures(dir).environment(AllureFixtures.ENV);
        for (int i = 0; i < 240; i++) {
            run.passed("dns", String.format("DNS-01 name%03d.game.example.com. A · resolves · ns1", i));
        }
        for (int i = 0; i < 60; i++) {
            run.result(i % 2 == 0 ? "db" : "tls", String.format("%s item %02d · the claim · 10.0.0.%d",
                    i % 2 == 0 ? "DB-01" : "TLS-02", i, i), i % 3 == 0 ? "failed" : "broken", ReadinessReasonsTest.LONG,
                    i % 4 == 0 ? "blocker" : "critical");
        }
        Readiness r = Verdicts.of(List.of(AllureResults.read(run.dir(), Optional.empty())), Optional.empty(), VerdictsTest.NOW);

        // WHEN
        byte[] pdf = ReadinessPdf.render(r);

        // THEN one page: verdict, env, release, T0, phase, counts by area, the first blockers whole, the rest counted
        assertThat(ReadinessReasonsTest.pages(pdf)).isEqualTo(1);
        String text = ReadinessReasonsTest.pdfText(pdf);
        assertThat(text).contains("Go-live readiness: NOT READY", "staging", "v1.2.0-3a7f1b2", "2026-12-01T10:00:00Z",
                "scale-out", "Legend. Blockers are the items")
                .containsPattern("\\.\\.\\. and \\d+ more blockers: every one with its reason in reports/readiness.html")
                .doesNotContain("name000.game.example.com"); // the checklist itself is not on the page
        assertThat(text).contains(ReadinessReasonsTest.NEXT_STEP);
        assertThat(text.replace(" ", "")).contains("DNSwarm-up(dns)2400000000"); // (cells run together when read back)
    }

    @Test
    void the_pdf_of_a_small_run_is_one_page_with_every_blocker() throws Exception {
        AllureFixtures run = new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .result("db", "DB-01 player-db · reachable · 10.0.0.7", "broken", ReadinessReasonsTest.LONG, "blocker");
        Readiness r = Verdicts.of(List.of(AllureResults.read(run.dir(), Optional.empty())), Optional.empty(), VerdictsTest.NOW);

        byte[] pdf = ReadinessPdf.render(r);

        assertThat(ReadinessReasonsTest.pages(pdf)).isEqualTo(1);
        assertThat(ReadinessReasonsTest.pdfText(pdf)).contains("DB-01").contains("dba").doesNotContain("more blocker");
    }
}
