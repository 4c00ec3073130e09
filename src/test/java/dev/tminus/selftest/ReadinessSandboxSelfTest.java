package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.tminus.report.AllureResults;
import dev.tminus.report.Readiness;
import dev.tminus.report.ReadinessHtml;
import dev.tminus.report.ReadinessPdf;
import dev.tminus.report.Verdict;
import dev.tminus.report.Verdicts;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.Sandbox;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The readiness verdict of real checklist runs: the DNS checks against the sandbox, healthy and with
 * one fault, and against resolvers nobody answers on (the network to the target cut).
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class ReadinessSandboxSelfTest {

    private final Sandbox sandbox;

    ReadinessSandboxSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @TempDir
    Path dir;

    private Readiness run(String tags, Map<String, String> configuration) {
        Path results = dir.resolve("results");
        Map<String, String> config = new HashMap<>(configuration);
        config.put("junit.jupiter.extensions.autodetection.enabled", "false");
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        AllureLifecycle before = Allure.getLifecycle();
        Allure.setLifecycle(lifecycle);
        try {
            ChecklistRun.execute(sandbox, LauncherDiscoveryRequestBuilder.request().selectors(selectPackage("dev.tminus.checklist"))
                    .filters(includeClassNamePatterns(".*Checks"), TagFilter.includeTags(tags))
                    .configurationParameters(config).build(), new AllureJunitPlatform(lifecycle));
        } finally {
            Allure.setLifecycle(before);
        }
        return Verdicts.of(List.of(AllureResults.read(results, Optional.empty())), Optional.empty(), Instant.now());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void says_ready_on_the_healthy_sandbox() {
        Readiness r = run("dns", Map.of("tminus.env", "sandbox", "sandbox.faults", ""));

        assertThat(r.verdict()).as(r.headline()).isEqualTo(Verdict.READY);
        assertThat(r.blockers()).isEmpty();
        assertThat(r.items()).hasSizeGreaterThan(10);
    }

    @Test
    void says_not_ready_and_names_the_faulty_check_first_in_the_html_and_the_pdf() throws Exception {
        // GIVEN the sandbox with one fault that turns DNS-03 red
        Fault<?> fault = Sandbox.catalogue().stream()
                .filter(f -> f.tag().equals("dns") && f.failed().equals(java.util.Set.of("DNS-03"))).findFirst().orElseThrow();

        // WHEN the DNS checks run
        Readiness r = run("dns", Map.of("tminus.env", "sandbox", "sandbox.faults", fault.name()));

        // THEN NOT READY, DNS-03 first, in the HTML and in the PDF
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(r.blockers().get(0).checkId()).isEqualTo("DNS-03");
        assertThat(r.blockers()).extracting(b -> b.checkId()).containsOnly("DNS-03");
        String html = ReadinessHtml.render(r);
        assertThat(html).contains("<span class=\"v NOT_READY\">NOT READY</span>");
        assertThat(html.substring(html.indexOf("<h2>Blockers</h2>"))).containsSubsequence("<td>blocker</td><td>DNS-03</td>");
        String pdf = pdfText(ReadinessPdf.render(r));
        assertThat(pdf).contains("Go-live readiness: NOT READY");
        String blockers = pdf.substring(pdf.indexOf("outcome severity check item reason (expected, actual, next step)"));
        assertThat(blockers.lines().skip(1).findFirst().orElse("")).contains("DNS-03");
    }

    @Test
    void says_incomplete_when_the_network_to_the_target_is_cut() throws Exception {
        // GIVEN a profile whose resolvers nobody answers on
        Files.createDirectories(dir.resolve("environments"));
        Files.writeString(dir.resolve("environments/cut.yaml"), """
                name: cut
                launch: {release: v1.2.0-3a7f1b2, phase: scale-out}
                dns:
                  timeout: 300ms
                  attempts: 1
                  resolvers:
                    - {name: ns1, address: 127.0.0.1, port: 9, role: authoritative}
                  records:
                    - {name: login.game.tminus.test., type: A, expect: [192.0.2.101]}
                """);

        // WHEN the DNS checks run
        Readiness r = run("dns", Map.of("tminus.env", "cut", "tminus.basedir", dir.toString()));

        // THEN nothing failed, but nothing could be checked: INCOMPLETE
        assertThat(r.verdict()).as(r.headline()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.total(dev.tminus.report.Outcome.FAILED)).isZero();
        assertThat(r.total(dev.tminus.report.Outcome.BROKEN)).isPositive();
    }

    @Test
    void gh03_is_not_due_yet_before_the_silence_window_ends_and_every_skip_says_its_kind() throws Exception {
        // GIVEN the healthy sandbox, whose T0 is its start: the planned silence window (T0-15m + 1h15m) is not over
        // WHEN the DNS and golden-hour checks run
        Readiness r = run("dns | golden-hour", Map.of("tminus.env", "sandbox", "sandbox.faults", ""));

        // THEN GH-03 is counted and labelled "not due yet", not "not configured"
        assertThat(r.items()).filteredOn(i -> i.checkId().equals("GH-03")).singleElement().satisfies(i -> {
            assertThat(i.outcome()).isEqualTo(dev.tminus.report.Outcome.NOT_DUE_YET);
            assertThat(i.reason()).startsWith("not due yet: the planned silence window ends at ")
                    .endsWith("; release silences may mute until then, GH-03 checks them after");
        });
        assertThat(r.count("golden-hour", dev.tminus.report.Outcome.NOT_DUE_YET)).isEqualTo(1);
        assertThat(r.count("golden-hour", dev.tminus.report.Outcome.NOT_CONFIGURED)).isZero();
        // and every skipped Allure result starts with its own kind, never with JUnit's "Assumption failed:"
        List<String> skips = new java.util.ArrayList<>();
        try (var files = Files.list(dir.resolve("results"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile());
                if (node.path("status").asText().equals("skipped")) {
                    skips.add(node.path("statusDetails").path("message").asText());
                }
            }
        }
        assertThat(skips).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotStartWith("Assumption failed")
                .matches("(?s)(not due yet|not required|not applicable|not configured): .*"));
    }
}
