package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.checklist.CheckCatalogue;
import dev.tminus.checklist.Plan;
import dev.tminus.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code make plan} lists exactly the items the run executes. The one documented exception: an
 * endpoint with {@code addresses: all} needs DNS to list its addresses, so the plan shows it once,
 * "addresses unresolved", where the run has one item per address.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class PlanMatchesRunSelfTest {

    private final Sandbox sandbox;

    PlanMatchesRunSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static final String UNRESOLVED = " · addresses unresolved";

    static Set<String> tagsWithChecks() {
        return CheckCatalogue.tags();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagsWithChecks")
    void the_plan_lists_the_items_the_sandbox_run_executes(String tag) {
        // GIVEN the plan of the area
        List<Plan.Line> plan = Plan.of(selectPackage("dev.tminus.checklist"), tag, Map.of("tminus.env", "sandbox"));
        List<String> planned = plan.stream().filter(l -> l.kind() == Plan.Kind.ITEM).map(Plan.Line::text).toList();
        List<String> notItems = plan.stream().filter(l -> l.kind() != Plan.Kind.ITEM).map(Plan.Line::text).toList();

        // WHEN the area runs against the healthy sandbox
        List<String> ran = ChecklistRun.sandbox(sandbox, tag, Set.of()).all().stream()
                .filter(r -> notItems.stream().noneMatch(n -> n.startsWith(r.displayName() + ": ")))
                .map(ChecklistRun.Result::displayName).toList();

        // THEN the same names (an unresolved endpoint stands for all of its addresses)
        List<String> unresolved = planned.stream().filter(p -> p.endsWith(UNRESOLVED))
                .map(p -> p.substring(0, p.length() - UNRESOLVED.length())).toList();
        assertThat(planned.stream().filter(p -> !p.endsWith(UNRESOLVED)).toList()).as("planned items")
                .containsExactlyInAnyOrderElementsOf(ran.stream()
                        .filter(r -> unresolved.stream().noneMatch(u -> r.startsWith(u + " · "))).toList());
        for (String u : unresolved) {
            assertThat(ran).as("run items of %s", u).anyMatch(r -> r.startsWith(u + " · "));
        }
    }
}
