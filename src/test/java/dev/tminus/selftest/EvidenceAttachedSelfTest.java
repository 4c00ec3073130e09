package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tminus.sandbox.Sandbox;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The report carries the evidence managers and operators read: the DNS answer as dig prints it on
 * every DNS result, and the SLO chart (a PNG) on every SLO result of the golden hour, the frames of
 * every gateway connection.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class EvidenceAttachedSelfTest {

    private final Sandbox sandbox;

    EvidenceAttachedSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @TempDir
    Path results;

    @Test
    void every_dns_result_carries_the_answer_and_every_slo_result_its_chart() throws IOException {
        // GIVEN the healthy sandbox / WHEN the dns and golden-hour checks run with Allure recording
        run("dns|golden-hour");
        List<JsonNode> all = read();

        // THEN every DNS result has a text attachment, every GH-01 result a PNG
        List<JsonNode> dns = all.stream().filter(r -> r.path("name").asText().startsWith("DNS-")).toList();
        assertThat(dns).as("DNS results").isNotEmpty().allSatisfy(r ->
                assertThat(r.path("attachments").findValuesAsText("type")).as(r.path("name").asText())
                        .contains("text/plain"));
        List<JsonNode> slos = all.stream().filter(r -> r.path("name").asText().startsWith("GH-01 ")).toList();
        assertThat(slos).as("SLO results").isNotEmpty().allSatisfy(r ->
                assertThat(r.path("attachments").findValuesAsText("type")).as(r.path("name").asText())
                        .contains("image/png"));
    }

    @Test
    void every_gateway_result_carries_the_frames_and_every_upgrade_its_headers() throws IOException {
        // GIVEN the healthy sandbox / WHEN the gateway checks run with Allure recording
        run("gateway");
        List<JsonNode> all = read();

        // THEN every GW-01..04 result has the frames exchanged, every GW-01 the upgrade's request and answer
        List<JsonNode> gateway = all.stream().filter(r -> r.path("name").asText().matches("GW-0[1-4] .*")).toList();
        assertThat(gateway).as("gateway results").isNotEmpty().allSatisfy(r ->
                assertThat(r.path("attachments").findValuesAsText("name")).as(r.path("name").asText()).contains("frames"));
        assertThat(gateway.stream().filter(r -> r.path("name").asText().startsWith("GW-01 ")).toList())
                .as("GW-01 results").isNotEmpty().allSatisfy(r ->
                        assertThat(r.path("attachments").findValuesAsText("name")).contains("upgrade"));
        assertThat(all.stream().filter(r -> r.path("name").asText().startsWith("GW-05 ")).toList())
                .as("GW-05 results").isNotEmpty().allSatisfy(r ->
                        assertThat(r.path("attachments").findValuesAsText("name")).contains("answers"));
    }

    private void run(String tags) {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        AllureLifecycle before = Allure.getLifecycle();
        Allure.setLifecycle(lifecycle);
        try {
            ChecklistRun.execute(sandbox, LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectPackage("dev.tminus.checklist"))
                            .filters(includeClassNamePatterns(".*Checks"), TagFilter.includeTags(tags))
                            .configurationParameter("tminus.env", "sandbox")
                            .configurationParameter("sandbox.faults", "")
                            .build(), new AllureJunitPlatform(lifecycle));
        } finally {
            Allure.setLifecycle(before);
        }
    }

    private List<JsonNode> read() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                out.add(new ObjectMapper().readTree(f.toFile()));
            }
        }
        return out;
    }
}
