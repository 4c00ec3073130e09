package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tminus.fixture.FixtureProfile;
import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventType;

class PlanTest {

    @TempDir
    Path project;

    @Test
    void lists_every_item_without_running_any_body_or_lifecycle_method() throws Exception {
        // GIVEN a check class whose every method would fail if it ran
        Map<String, String> config = FixtureProfile.write(project);

        // WHEN planned
        List<Plan.Line> plan = Plan.of(selectClass("dev.tminus.fixture.PlanFixtureChecks"), "dns", config);

        // THEN every item is listed from the profile, nothing ran
        assertThat(plan).extracting(Plan.Line::kind).containsOnly(Plan.Kind.ITEM);
        assertThat(plan).extracting(Plan.Line::text).containsExactlyInAnyOrder(
                "DNS-05 every zone agrees on every authoritative resolver",
                "DNS-02 waived.game.example.com. A · resolves to the planned 1 address · ns1",
                "DNS-02 waived.game.example.com. A · resolves to the planned 1 address · office",
                "DNS-02 expired.game.example.com. A · resolves to the planned 1 address · ns1",
                "DNS-02 expired.game.example.com. A · resolves to the planned 1 address · office",
                "DNS-02 other.game.example.com. A · resolves to the planned 1 address · ns1",
                "DNS-02 other.game.example.com. A · resolves to the planned 1 address · office");
        assertThat(Plan.render(plan)).startsWith("""
                T-Minus plan: the checks that would run (nothing was contacted)

                dns — DNS warm-up
                """).endsWith("\n7 checks in 1 area would run.\n");
    }

    @Test
    void lists_and_runs_the_checks_of_a_class_in_the_order_of_their_ids() throws Exception {
        // GIVEN a check class that declares DNS-05 before DNS-02
        Map<String, String> config = FixtureProfile.write(project);

        // WHEN planned
        List<String> ids = Plan.of(selectClass("dev.tminus.fixture.PlanFixtureChecks"), "dns", config).stream()
                .map(l -> l.text().split(" ", 2)[0]).distinct().toList();

        // THEN DNS-02 comes first, as the checklist reads
        assertThat(ids).containsExactly("DNS-02", "DNS-05");
    }

    @Test
    void lists_the_same_items_the_run_executes() throws Exception {
        // GIVEN the fixture check that runs without a network
        Map<String, String> config = FixtureProfile.write(project);

        // WHEN planned and when run
        List<String> planned = Plan.of(selectClass("dev.tminus.fixture.WaiverFixtureChecks"), "", config).stream()
                .filter(l -> l.kind() == Plan.Kind.ITEM).map(Plan.Line::text).toList();
        List<String> ran = EngineTestKit.engine("junit-jupiter").selectors(selectClass("dev.tminus.fixture.WaiverFixtureChecks"))
                .configurationParameters(config).execute().allEvents()
                .filter(e -> e.getType() == EventType.FINISHED && e.getTestDescriptor().isTest())
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();

        // THEN the same display names
        assertThat(planned).hasSize(6).containsExactlyInAnyOrderElementsOf(ran);
    }

    @Test
    void lists_an_area_the_profile_does_not_configure_as_skipped() throws Exception {
        Map<String, String> config = FixtureProfile.write(project);
        Files.writeString(project.resolve("environments/fixture.yaml"), """
                name: fixture
                launch: {release: v9.9.9-fixture, phase: preheat}
                """);

        List<Plan.Line> plan = Plan.of(selectClass("dev.tminus.fixture.PlanFixtureChecks"), "", config);

        assertThat(plan).extracting(Plan.Line::kind).containsExactly(Plan.Kind.SKIPPED);
        assertThat(plan.get(0).text()).isEqualTo("PlanFixtureChecks: not configured: environments/fixture.yaml has no "
                + "dns section; add it to check the DNS warm-up items");
    }

    @Test
    void warns_of_a_waiver_whose_check_or_item_the_plan_does_not_have() throws Exception {
        // GIVEN the fixture profile with two waivers that match and two that match nothing
        Map<String, String> config = FixtureProfile.write(project);
        Path file = project.resolve("environments/fixture.yaml");
        Files.writeString(file, Files.readString(file) + """
                  - {check: DNS-02, item: wavied.game.example.com, reason: "typo", until: 2999-12-31}
                  - {check: DNS-42, item: other.game.example.com, reason: "no such check", until: 2999-12-31}
                """);
        Profile profile = new ProfileLoader(project, Map.of()).load("fixture");

        // WHEN planned and the waivers compared with the plan
        List<Plan.Line> plan = Plan.of(selectClass("dev.tminus.fixture.PlanFixtureChecks"), "", config);
        List<String> warnings = Plan.unmatchedWaivers(profile, plan, "");

        // THEN one line for each waiver that would waive nothing, saying what to correct
        assertThat(warnings).containsExactly(
                "T-Minus: warning: the waiver for DNS-02 wavied.game.example.com in environments/fixture.yaml matches none of its"
                        + " 3 planned item(s) (waived.game.example.com. A, expired.game.example.com. A, other.game.example.com. A);"
                        + " correct its item to one of them or remove it.",
                "T-Minus: warning: the waiver for DNS-42 other.game.example.com in environments/fixture.yaml names a check this"
                        + " checklist does not have; correct its check id (make plan lists every check) or remove it.");
        // AND a waiver of an area the plan leaves out is not judged
        assertThat(Plan.unmatchedWaivers(profile, List.of(), "tls")).isEmpty();
    }

    @Test
    void fails_on_an_invalid_profile_like_verify_does() throws Exception {
        FixtureProfile.write(project);
        Files.writeString(project.resolve("environments/broken.yaml"), """
                name: broken
                launch: {release: v1, phase: liftoff}
                """);
        String before = System.getProperty(Profiles.BASEDIR);
        System.setProperty(Profiles.BASEDIR, project.toString());
        try {
            assertThatThrownBy(() -> Plan.main(new String[] {"broken", ""}))
                    .isInstanceOf(Plan.InvalidProfile.class)
                    .hasMessage("environments/broken.yaml has 1 problem (listed above); fix the profile and re-run");
        } finally {
            if (before == null) {
                System.clearProperty(Profiles.BASEDIR);
            } else {
                System.setProperty(Profiles.BASEDIR, before);
            }
        }
    }
}
