package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tminus.fixture.FixtureProfile;
import dev.tminus.report.AllureResults;
import dev.tminus.report.CheckResult;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class ReportLabelsTest {

    @TempDir
    Path project;

    private Path runWithAllure(String vantage) throws Exception {
        return runWithAllure(vantage, "dev.tminus.fixture.WaiverFixtureChecks");
    }

    private Path runWithAllure(String vantage, String checkClass) throws Exception {
        Path results = project.resolve("results-" + vantage);
        Map<String, String> config = new HashMap<>(FixtureProfile.write(project));
        config.put(Profiles.VANTAGE, vantage);
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        AllureLifecycle before = Allure.getLifecycle();
        Allure.setLifecycle(lifecycle);
        try {
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build()).execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(checkClass))
                    .configurationParameters(config).build(), new AllureJunitPlatform(lifecycle));
        } finally {
            Allure.setLifecycle(before);
        }
        return results;
    }

    @Test
    void labels_every_result_with_its_check_owner_and_vantage() throws Exception {
        // GIVEN -Dvantage=eu-west / WHEN the fixture check runs with Allure
        Path results = runWithAllure("eu-west");

        // THEN each result carries the vantage (label and parameter), the profile's owner and the check id
        List<CheckResult> read = AllureResults.read(results, Optional.empty()).results();
        assertThat(read).hasSize(6).allSatisfy(r -> {
            assertThat(r.vantage()).isEqualTo("eu-west");
            assertThat(r.owner()).isEqualTo("netops");
            assertThat(r.checkId()).isEqualTo("DNS-02");
            assertThat(r.tag()).isEqualTo("dns");
            assertThat(r.severity()).isEqualTo("blocker");
        });
        assertThat(read).extracting(CheckResult::name).contains(
                "DNS-02 other.game.example.com. A · resolves to the planned 1 address · ns1");
        assertThat(read).extracting(CheckResult::item).contains(
                "other.game.example.com. A · resolves to the planned 1 address · ns1");
        assertThat(read).filteredOn(r -> r.name().endsWith("waived.game.example.com. A · resolves to the planned 1 address · ns1"))
                .extracting(CheckResult::outcome).containsExactly(dev.tminus.report.Outcome.WAIVED);
        JsonNode any = new ObjectMapper().readTree(firstResult(results).toFile());
        assertThat(any.path("parameters").toString()).contains("{\"name\":\"vantage\",\"value\":\"eu-west\"");
        // and it sits in Allure's Suites and Behaviors tabs under its area and check in words, with owner and severity
        Map<String, List<String>> labels = new HashMap<>();
        any.path("labels").forEach(l -> labels.computeIfAbsent(l.path("name").asText(), k -> new java.util.ArrayList<>())
                .add(l.path("value").asText()));
        assertThat(labels).containsEntry("parentSuite", List.of("DNS warm-up"))
                .containsEntry("suite", List.of("DNS warm-up")) // the fixture class has no @DisplayName: its area
                .containsEntry("subSuite", List.of("DNS-02 the answer set equals the plan"))
                .containsEntry("epic", List.of("DNS warm-up"))
                .containsEntry("feature", List.of("DNS warm-up"))
                .containsEntry("story", List.of("DNS-02 the answer set equals the plan"))
                .containsEntry("owner", List.of("netops"))
                .containsEntry("check", List.of("DNS-02"))
                .containsEntry("claim", List.of("resolves to the planned 1 address"))
                .containsEntry("area", List.of("dns"))
                .containsEntry("severity", List.of("blocker"));
    }

    @Test
    void labels_the_item_and_its_place_as_its_provider_named_them() throws Exception {
        // GIVEN / WHEN the fixture check runs with Allure
        Path results = runWithAllure("eu-west");

        // THEN each result's item and place are labels (and parameters), not read back from its name
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                JsonNode node = new ObjectMapper().readTree(f.toFile());
                Map<String, String> labels = new HashMap<>();
                node.path("labels").forEach(l -> labels.put(l.path("name").asText(), l.path("value").asText()));
                assertThat(node.path("name").asText()).isEqualTo("DNS-02 " + labels.get("item") + " · "
                        + labels.get("claim") + " · " + labels.get("where"));
                assertThat(labels.get("where")).isIn("ns1", "office");
                assertThat(node.path("parameters").toString()).contains("{\"name\":\"where\",\"value\":\"" + labels.get("where"));
            }
        }
    }

    @Test
    void a_teams_own_check_class_is_an_area_of_its_own_named_by_its_epic() throws Exception {
        // GIVEN / WHEN a @Checklist class with a tag of its own runs with Allure
        Path results = runWithAllure("eu-west", "dev.tminus.fixture.TeamAreaFixture");

        // THEN it ran (its area counts as configured) and the report reads it as its own area
        assertThat(AllureResults.read(results, Optional.empty()).results()).singleElement().satisfies(r -> {
            assertThat(r.checkId()).isEqualTo("APP-01");
            assertThat(r.tag()).isEqualTo("app");
            assertThat(r.epic()).isEqualTo("Matchmaking service");
            assertThat(r.name()).isEqualTo("APP-01 matchmaking answers");
            assertThat(r.item()).isEqualTo("matchmaking answers");
            assertThat(r.outcome()).isEqualTo(dev.tminus.report.Outcome.FAILED);
            assertThat(r.severity()).isEqualTo("critical");
        });
    }

    @Test
    void gives_each_vantage_its_own_history_id() throws Exception {
        // GIVEN / WHEN the same checks run from two vantages
        Map<String, String> eu = historyIds(runWithAllure("eu-west"));
        Map<String, String> us = historyIds(runWithAllure("us-east"));

        // THEN the same item has a different history id at each (the report shows both, not a retry)
        assertThat(eu.keySet()).hasSize(6).isEqualTo(us.keySet());
        eu.forEach((name, id) -> assertThat(us.get(name)).as(name).isNotEqualTo(id));
    }

    private static Map<String, String> historyIds(Path results) throws Exception {
        Map<String, String> ids = new HashMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                JsonNode node = new ObjectMapper().readTree(f.toFile());
                ids.put(node.path("name").asText(), node.path("historyId").asText());
            }
        }
        return ids;
    }

    private static Path firstResult(Path results) throws Exception {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(p -> p.toString().endsWith("-result.json")).findFirst().orElseThrow();
        }
    }
}
