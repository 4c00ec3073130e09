package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reason says reaches every format whole: its claim and next step, its kind of skip, its own first words. */
class ReadinessReasonsTest {

    /** A DB-01 message with a driver's long error text as evidence between the claim and the next step. */
    static final String LONG = "Could not log in to player-db (10.0.0.7:5432/game) as user checker on database game:\n"
            + "  the server refused the login (SQLSTATE 28000: FATAL: " + "no pg_hba.conf entry for host 10.0.0.9, ".repeat(12)
            + "user checker, database game, no encryption).\n"
            + "Check that the account exists, may log in from here and has the password in ${DB_PW}, then re-run:"
            + " mvn verify -Denv=staging -Dchecks=db";

    static final String NEXT_STEP = "Check that the account exists, may log in from here and has the password in ${DB_PW},"
            + " then re-run: mvn verify -Denv=staging -Dchecks=db";

    @TempDir
    Path dir;

    private Readiness of(AllureFixtures run) {
        return Verdicts.of(List.of(AllureResults.read(run.dir(), Optional.empty())), Optional.empty(), VerdictsTest.NOW);
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    static int pages(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    @Test
    void a_long_reason_keeps_its_claim_and_its_next_step_and_shortens_the_evidence() {
        String reason = Reasons.oneLine(LONG);

        assertThat(reason).startsWith("Could not log in to player-db (10.0.0.7:5432/game) as user checker on database game:"
                        + " the server refused the login (SQLSTATE 28000: FATAL: no pg_hba.conf entry")
                .contains("…").endsWith(" " + NEXT_STEP);
        assertThat(reason.length()).isLessThan(LONG.length());
    }

    @Test
    void a_reason_in_the_assertj_shape_keeps_expected_actual_and_next_step_however_long() {
        String message = "Expecting the TTL of login.game.example.com. A on ns2 (10.0.0.2:53)\n"
                + "  to be at most 1m (scale-out phase policy) " + "and the record's ttl in the profile ".repeat(6) + "\n"
                + "but it was 3600s.\n"
                + "Lower the TTL in the zone and wait out the old TTL in caches, then re-run: mvn verify -Denv=staging -Dchecks=dns";

        assertThat(Reasons.oneLine(message)).isEqualTo(String.join(" ", message.lines().map(String::strip).toList()));
    }

    @Test
    void one_long_line_keeps_its_first_and_last_sentence() {
        String line = "Could not reach match-db (10.0.0.8:3306/game). " + "Socket fail to connect to 10.0.0.8. ".repeat(12)
                + "Check that the server listens on 10.0.0.8:3306, then re-run: mvn verify -Denv=staging -Dchecks=db";

        assertThat(Reasons.oneLine(line)).startsWith("Could not reach match-db (10.0.0.8:3306/game). Socket fail")
                .contains("…").endsWith(" Check that the server listens on 10.0.0.8:3306, then re-run: mvn verify -Denv=staging -Dchecks=db");
    }

    @Test
    void a_dns_name_ending_in_a_dot_does_not_end_the_first_sentence() {
        // DNS-08 on real Unbound: the cause sat in the middle and was cut after "gw.launch.test."
        String line = "Cannot tell whether gw.launch.test. A on unbound (127.0.0.1:31054) came from the cache: the resolver hands"
                + " out TTL 3600s although the authoritative TTL is 60s (its cache-min-ttl, or local data), so the TTL does not"
                + " show it, and a cache miss takes only 0ms. " + "Filler evidence sentence. ".repeat(10)
                + "Check the resolver's TTL settings (DNS-03 judges the TTL itself).";

        assertThat(Reasons.oneLine(line)).startsWith("Cannot tell whether gw.launch.test. A on unbound (127.0.0.1:31054) came"
                + " from the cache: the resolver hands out TTL 3600s although the authoritative TTL is 60s (its cache-min-ttl,"
                + " or local data), so the TTL does not show it, and a cache miss takes only 0ms.")
                .endsWith("Check the resolver's TTL settings (DNS-03 judges the TTL itself).");
    }

    @Test
    void every_format_keeps_the_next_step_of_a_long_blocker_reason() throws Exception {
        // GIVEN a blocker whose message is longer than a cell should be
        Readiness r = of(new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .result("db", "DB-01 player-db · reachable and authenticated · 10.0.0.7", "broken", LONG, "blocker"));

        // WHEN / THEN the console, md, html, json and pdf all end the reason with the next step
        assertThat(ConsoleSummary.render(r)).contains(NEXT_STEP + "\n");
        assertThat(ReadinessMarkdown.render(r)).contains(NEXT_STEP.replace("<", "&lt;") + " | dba |");
        assertThat(ReadinessHtml.render(r)).contains(ReadinessHtml.esc(NEXT_STEP) + "</td><td>dba</td>");
        JsonNode json = new ObjectMapper().readTree(ReadinessJson.render(r));
        assertThat(json.path("blockers").get(0).path("reason").asText()).endsWith(NEXT_STEP);
        assertThat(pdfText(ReadinessPdf.render(r))).contains(NEXT_STEP);
    }

    @Test
    void no_reason_starts_with_junits_assumption_failed() throws Exception {
        // GIVEN a skip from assumeTrue/assumeFalse: JUnit puts "Assumption failed: " before the message
        Readiness r = of(new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .result("golden-hour", "GH-01 login p95 · within the SLO over the golden hour", "skipped",
                        "Assumption failed: not due yet: the golden hour starts at 2026-12-01T10:00:00Z, in 2h;"
                                + " nothing to judge before then", "blocker")
                .result("dns", "DNS-01 team check · resolves · ns1", "skipped", "Assumption failed: assumption is not true", null));

        // THEN the kind is read through it, and no format shows it
        assertThat(r.items()).extracting(ReadinessItem::reason).noneMatch(s -> s.startsWith("Assumption failed"))
                .contains("not due yet: the golden hour starts at 2026-12-01T10:00:00Z, in 2h; nothing to judge before then",
                        "assumption is not true");
        assertThat(r.count("golden-hour", Outcome.NOT_DUE_YET)).isEqualTo(1);
        assertThat(r.count("dns", Outcome.NOT_APPLICABLE)).isEqualTo(1);
        for (String text : List.of(ConsoleSummary.render(r), ReadinessMarkdown.render(r), ReadinessHtml.render(r),
                ReadinessJson.render(r), pdfText(ReadinessPdf.render(r)))) {
            assertThat(text).doesNotContain("Assumption failed");
        }
    }

    @Test
    void counts_each_kind_of_skip_apart_in_every_format() throws Exception {
        // GIVEN one skip of each kind in the golden hour and the TLS area
        Readiness r = of(new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .passed("tls", "TLS-01 gateway (gateway.game.example.com) · trusted chain · 10.0.0.12")
                .result("tls", "TLS-07 gateway (gateway.game.example.com) · OCSP stapled · 10.0.0.12", "skipped",
                        "not required: tls.endpoints[gateway].ocspStapling is optional", "normal")
                .result("tls", "TLS-05 gateway (gateway.game.example.com) · same certificate · 10.0.0.12", "skipped",
                        "not applicable: no other address of gateway answers", "critical")
                .result("golden-hour", "GH-03 release silences have expired after the planned silence window", "skipped",
                        "not due yet: the planned silence window ends at 2026-12-01T11:00:00Z", "blocker")
                .result("golden-hour", "GH-02 gateway health · answers 200 within 5m of T0", "skipped",
                        "not configured: goldenHour.probes is empty", "blocker"));

        // THEN each kind has its own count and words, in every format
        assertThat(Outcome.SKIPS).allSatisfy(k -> assertThat(r.total(k)).as(k.label()).isEqualTo(1));
        assertThat(ConsoleSummary.render(r)).contains(
                "  tls            1 ready    0 not ready    0 could not check    0 waived    1 not required    1 not applicable    0 not configured\n",
                "  golden-hour    0 ready    0 not ready    0 could not check    0 waived    1 not due yet    1 not configured\n");
        assertThat(ReadinessMarkdown.render(r)).contains("| area | ✅ ready | ❌ not ready | ⚠ could not check | ⏸ waived"
                        + " | ⏳ not due yet | ○ not required | ∅ not applicable | – not configured |\n",
                "| Certificate renewal (`tls`) | 1 | 0 | 0 | 0 | 0 | 1 | 1 | 0 |\n",
                "| Golden three hours (`golden-hour`) | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 |\n",
                "| ⏳ | GH-03 | release silences have expired after the planned silence window"
                        + " | not due yet: the planned silence window ends at 2026-12-01T11:00:00Z |");
        assertThat(ReadinessHtml.render(r)).contains("<th>⏳ not due yet</th><th>○ not required</th><th>∅ not applicable</th>"
                + "<th>– not configured</th>", "<tr class=\"not_due_yet\"><td>⏳</td><td>GH-03</td>");
        JsonNode counts = new ObjectMapper().readTree(ReadinessJson.render(r)).path("counts");
        assertThat(counts.path("golden-hour").toString()).isEqualTo("{\"failed\":0,\"broken\":0,\"waived\":0,\"passed\":0,"
                + "\"not_due_yet\":1,\"not_required\":0,\"not_applicable\":0,\"not_configured\":1,\"skipped\":2}");
        assertThat(pdfText(ReadinessPdf.render(r)).replace(" ", "")).contains( // (cells run together when read back)
                "areareadynotreadycouldnotcheckwaivednotdueyetnotrequirednotapplicablenotconfigured",
                "Goldenthreehours(golden-hour)00001001");
    }

    @Test
    void a_run_where_everything_is_not_due_yet_says_so() {
        Readiness r = of(new AllureFixtures(dir).result("golden-hour", "GH-03 release silences have expired", "skipped",
                "not due yet: the planned silence window ends at 2026-12-01T11:00:00Z", "blocker"));

        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.headline()).isEqualTo("nothing was checked: every item was skipped (1 not due yet)");
    }

    @Test
    void the_legend_says_what_blocker_and_critical_mean_in_every_format() throws Exception {
        Readiness r = of(new AllureFixtures(dir).environment(AllureFixtures.ENV)
                .passed("dns", "DNS-01 login.game.example.com. A · resolves · ns1"));

        assertThat(ReadinessLegend.SEVERITY).isEqualTo("Severity, set by each check: blocker = launching with it broken"
                + " breaks the launch for players (a name that does not resolve, a certificate not trusted, a database out"
                + " of connections); critical = players are hurt or the team is blind (slow answers, a muted alert), the"
                + " launch itself still works; normal = degraded, contained.");
        for (String legend : ReadinessLegend.paragraphs()) {
            assertThat(ReadinessMarkdown.render(r)).contains(legend);
            assertThat(ReadinessHtml.render(r)).contains(ReadinessHtml.esc(legend));
            assertThat(pdfText(ReadinessPdf.render(r))).contains(legend);
        }
    }
}
