package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.fixture.FixtureProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan, and so the run, reads like the checklist: areas in seed order, check ids in number order. */
class CheckClassOrderTest {

    @Test
    void ids_sort_by_number_not_by_text() {
        assertThat(List.of("DNS-10", "DNS-9", "DNS-02", "GW-01").stream().sorted(
                java.util.Comparator.comparing(CheckClassOrder::sortKey))).containsExactly("DNS-02", "DNS-9", "DNS-10", "GW-01");
    }

    @Test
    void a_class_is_placed_by_its_first_check() throws Exception {
        assertThat(CheckClassOrder.firstCheck(Class.forName("dev.tminus.checklist.dns.RecordChecks"))).hasValue("DNS-01");
        assertThat(CheckClassOrder.firstCheck(CheckClassOrderTest.class)).isEmpty();
    }

    @Test
    void the_whole_checklist_is_planned_area_by_area_with_each_areas_first_check_first(@TempDir Path project) throws Exception {
        // GIVEN the fixture profile (DNS only configured; the other areas are listed as not configured)
        Map<String, String> config = FixtureProfile.write(project);

        // WHEN the whole checklist package is planned
        List<String> tags = Plan.of(selectPackage("dev.tminus.checklist"), "", config).stream()
                .map(Plan.Line::tag).distinct().toList();

        // THEN the areas come in the seed's order
        assertThat(tags).containsSubsequence("dns", "tls", "db", "silence", "cache", "gateway", "golden-hour");
    }
}
