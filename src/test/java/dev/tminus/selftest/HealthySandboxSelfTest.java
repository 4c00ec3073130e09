package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.checklist.CheckCatalogue;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.selftest.ChecklistRun.Outcome;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On the healthy sandbox every check of every area is green: a red here is a false alarm. */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class HealthySandboxSelfTest {

    private final Sandbox sandbox;

    HealthySandboxSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static Set<String> tagsWithChecks() {
        return CheckCatalogue.tags();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagsWithChecks")
    void every_check_passes_on_the_healthy_sandbox(String tag) {
        // GIVEN the sandbox without faults / WHEN the area's checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, tag, Set.of());

        // THEN nothing is red, and every check id of the area ran
        assertThat(run.with(Outcome.FAILED)).as("failed on the healthy sandbox:%s", run.describe()).isEmpty();
        assertThat(run.with(Outcome.BROKEN)).as("broken on the healthy sandbox:%s", run.describe()).isEmpty();
        assertThat(run.idsWith(Outcome.PASSED)).as("checks that passed:%s", run.describe())
                .isNotEmpty();
        assertThat(run.all()).extracting(ChecklistRun.Result::checkId).as("checks that ran")
                .containsAll(CheckCatalogue.ids(tag));
    }
}
