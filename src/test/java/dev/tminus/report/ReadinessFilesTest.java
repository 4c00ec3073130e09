package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessFilesTest {

    @TempDir
    Path dir;

    private Readiness notReady(Optional<EscalationState> escalation) {
        AllureFixtures run = new AllureFixtures(dir.resolve("results")).environment(AllureFixtures.ENV)
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1")
                .result("tls", "TLS-02 gateway (gateway.game.example.com) · valid until T0 + 30d · 10.0.0.12", "broken",
                        "gateway.game.example.com at 10.0.0.12:443 did not answer within 5s", "critical")
                .result("dns", "DNS-03 login.game.example.com. A · TTL ≤ 60s (scale-out) · ns1", "failed",
                        "Expecting TTL of login.game.example.com. A on ns1\n  to be at most 60s (scale-out)\nbut it is 300s.",
                        "blocker")
                .result("db", "DB-01 player-db · pools fit", "skipped",
                        "waived until 2026-12-31: DBA raises max_connections on Monday", "blocker");
        return Verdicts.of(List.of(AllureResults.read(run.dir(), Optional.empty())), escalation,
                VerdictsTest.NOW);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void the_pdf_says_not_ready_and_names_the_failed_check_first() throws Exception {
        // GIVEN a run with one failed and one broken item / WHEN the PDF is written
        ReadinessFiles.write(notReady(Optional.empty()), dir.resolve("reports"));

        // THEN its text, read back, has the verdict and DNS-03 as the first blocker
        String text = pdfText(Files.readAllBytes(dir.resolve("reports/readiness.pdf")));
        assertThat(text).contains("Go-live readiness: NOT READY")
                .contains("1 item is not ready; 1 item could not be checked");
        // (the extractor gives the tables' text after the paragraphs: the blockers table is the one with an owner column)
        assertThat(text).contains("Blockers");
        String blockers = text.substring(text.indexOf("outcome severity check item reason (expected, actual, next step)"),
                text.indexOf("Legend.")).replaceAll("\\s+", " "); // (cells wrap at their width)
        assertThat(blockers.indexOf("DNS-03")).isPositive().isLessThan(blockers.indexOf("TLS-02"));
        assertThat(blockers).contains("NOT READY").contains("netops").contains("TTL <= 60s");
        assertThat(text).contains("staging").contains("v1.2.0-3a7f1b2");
    }

    @Test
    void the_pdf_says_ready_on_a_green_run() throws Exception {
        AllureFixtures run = new AllureFixtures(dir.resolve("green"))
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1");
        Readiness r = Verdicts.of(List.of(AllureResults.read(run.dir(), Optional.empty())), Optional.empty(),
                VerdictsTest.NOW);

        String text = pdfText(ReadinessPdf.render(r));

        assertThat(text).contains("Go-live readiness: READY").contains("all 1 item checked are ready")
                .contains("None.");
    }

    @Test
    void shows_the_golden_hour_escalation_prominently() throws Exception {
        var escalation = Optional.of(new EscalationState(Optional.of("L3"), "L3: roll back recommended",
                Map.of("L3", List.of("pay 5xx ratio"))));
        Readiness r = notReady(escalation);

        assertThat(pdfText(ReadinessPdf.render(r))).contains("Golden hour: L3: roll back recommended — pay 5xx ratio");
        assertThat(ReadinessMarkdown.render(r)).contains("> **Golden hour: L3: roll back recommended — pay 5xx ratio**");
        assertThat(ReadinessHtml.render(r))
                .contains("<p class=\"escalation\">Golden hour: L3: roll back recommended — pay 5xx ratio</p>");
        assertThat(ConsoleSummary.render(r)).contains("  golden hour: L3: roll back recommended — pay 5xx ratio\n");
    }

    @Test
    void the_markdown_has_the_verdict_the_blockers_first_and_the_checklist_by_area() {
        String md = ReadinessMarkdown.render(notReady(Optional.empty()));

        assertThat(md).startsWith("""
                # Go-live readiness: NOT READY

                **NOT READY** — 1 item is not ready; 1 item could not be checked

                | env | release | T0 | phase | vantage |
                |---|---|---|---|---|
                | staging | v1.2.0-3a7f1b2 | 2026-12-01T10:00:00Z | scale-out | this machine |

                Not part of this run: silence, cache, gateway, golden-hour.

                ## Blockers

                | | severity | check | item | reason | owner |
                |---|---|---|---|---|---|
                | ❌ NOT READY | blocker | DNS-03 | login.game.example.com. A · TTL ≤ 60s (scale-out) · ns1 \
                | Expecting TTL of login.game.example.com. A on ns1 to be at most 60s (scale-out) but it is 300s. | netops |
                | ⚠ COULD NOT CHECK | critical | TLS-02 | gateway (gateway.game.example.com) · valid until T0 + 30d · 10.0.0.12 \
                | gateway.game.example.com at 10.0.0.12:443 did not answer within 5s | netops |
                """);
        assertThat(md).contains("""
                ### DNS warm-up (`dns`)

                | | check | item | note |
                |---|---|---|---|
                | ✅ | DNS-01 | login.game.example.com. A · resolves · ns1 |  |
                | ❌ | DNS-03 |""");
        assertThat(md).contains("| ⏸ | DB-01 | player-db · pools fit | waived until 2026-12-31: DBA raises max_connections on Monday |");
        assertThat(md.indexOf("### DNS warm-up")).isLessThan(md.indexOf("### Certificate renewal"));
        assertThat(md.indexOf("### Certificate renewal")).isLessThan(md.indexOf("### DB connection-pool expansion"));
    }

    @Test
    void the_html_is_one_self_contained_page_with_the_verdict() {
        String html = ReadinessHtml.render(notReady(Optional.empty()));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<h1>Go-live readiness: <span class=\"v NOT_READY\">NOT READY</span></h1>")
                .contains("<tr class=\"failed\"><td>❌ NOT READY</td><td>blocker</td><td>DNS-03</td>"
                        + "<td>login.game.example.com. A · TTL ≤ 60s (scale-out) · ns1</td>")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        assertThat(html.indexOf("DNS-03")).isLessThan(html.indexOf("TLS-02"));
    }

    @Test
    void the_console_summary_has_one_line_per_area_the_verdict_then_the_blockers() {
        assertThat(ConsoleSummary.render(notReady(Optional.empty()))).isEqualTo("""
                T-Minus readiness — env staging, release v1.2.0-3a7f1b2, T0 2026-12-01T10:00:00Z, phase scale-out
                  dns            1 ready    1 not ready    0 could not check    0 waived    0 not configured
                  tls            0 ready    0 not ready    1 could not check    0 waived    0 not configured
                  db             0 ready    0 not ready    0 could not check    1 waived    0 not configured
                VERDICT: NOT READY — 1 item is not ready; 1 item could not be checked
                  NOT READY [blocker] DNS-03 login.game.example.com. A · TTL ≤ 60s (scale-out) · ns1 (owner netops)
                      Expecting TTL of login.game.example.com. A on ns1 to be at most 60s (scale-out) but it is 300s.
                  COULD NOT CHECK [critical] TLS-02 gateway (gateway.game.example.com) · valid until T0 + 30d · 10.0.0.12 (owner netops)
                      gateway.game.example.com at 10.0.0.12:443 did not answer within 5s
                """);
    }

    @Test
    void the_json_carries_the_verdict_for_machines() throws Exception {
        Readiness r = notReady(Optional.empty());
        ReadinessFiles.write(r, dir.resolve("reports"));

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("reports/readiness.json").toFile());
        assertThat(json.path("verdict").asText()).isEqualTo("NOT READY");
        assertThat(json.path("blockers").get(0).path("check").asText()).isEqualTo("DNS-03");
        assertThat(json.path("blockers").get(0).path("owner").asText()).isEqualTo("netops");
        assertThat(json.path("counts").path("db").path("waived").asInt()).isEqualTo(1);
        assertThat(ReadinessJson.verdictOf(dir.resolve("reports/readiness.json"))).isEqualTo(Verdict.NOT_READY);
        assertThat(dir.resolve("reports")).isDirectoryContaining("glob:**readiness.md")
                .isDirectoryContaining("glob:**readiness.html").isDirectoryContaining("glob:**readiness.txt");
    }

    @Test
    void the_pdf_spells_characters_its_fonts_lack_in_ascii() {
        assertThat(ReadinessPdf.text("TTL ≤ 60s · T0 + 30d — ok → next ✅")).isEqualTo("TTL <= 60s · T0 + 30d — ok -> next ok");
    }
}
