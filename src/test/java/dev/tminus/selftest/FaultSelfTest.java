package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.selftest.ChecklistRun.Outcome;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sandbox fault turns exactly its checks red, with its message, and nothing else of its area:
 * the proof that no check is one that cannot fail.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class FaultSelfTest {

    private final Sandbox sandbox;

    FaultSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** All faults; {@code -Dfaults=db-} narrows them to names containing that text, {@code -Dfaults=dns} to an area's. */
    static Stream<Named<Fault<?>>> faults() {
        String only = System.getProperty("faults", "");
        return Sandbox.catalogue().stream().filter(f -> f.name().contains(only) || f.tag().equals(only))
                .map(f -> Named.of(f.name() + " → " + f.red(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void turns_exactly_its_checks_red(Fault<?> fault) {
        // GIVEN the sandbox with only this fault
        // WHEN the checks of its area run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, fault.tag(), Set.of(fault.name()));

        // THEN exactly its checks are red, each with the fault's message, and the rest of the area is not
        assertThat(run.idsWith(Outcome.FAILED)).as("failed checks with fault %s:%s", fault.name(), run.describe())
                .isEqualTo(fault.failed());
        assertThat(run.idsWith(Outcome.BROKEN)).as("broken checks with fault %s:%s", fault.name(), run.describe())
                .isEqualTo(fault.broken());
        for (String id : fault.red()) {
            assertThat(run.of(id)).as("%s results with fault %s", id, fault.name())
                    .filteredOn(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.BROKEN)
                    .anySatisfy(r -> assertThat(r.message()).contains(fault.message()));
        }
    }
}
