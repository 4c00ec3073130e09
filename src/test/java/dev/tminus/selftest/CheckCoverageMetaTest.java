package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.check.Areas;
import dev.tminus.check.Check;
import dev.tminus.checklist.AreaOf;
import dev.tminus.checklist.CheckCatalogue;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.Sandbox;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checklist's own rules: every check has an id, a name a manager can quote, and a fault that makes it fail. */
class CheckCoverageMetaTest {

    @Test
    void every_check_id_has_a_sandbox_fault_that_makes_it_fail() {
        // GIVEN every check id of the checklist and every fault of the sandbox
        // (a team's own checks in its own area have no fault in T-Minus's sandbox: theirs to prove)
        Set<String> ids = CheckCatalogue.entries().stream().filter(e -> Areas.byTag(e.tag()).isPresent())
                .map(CheckCatalogue.Entry::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> failing = Sandbox.catalogue().stream().flatMap(f -> f.failed().stream())
                .collect(Collectors.toSet());

        // THEN the catalogue is not empty, and no check is one that cannot fail: a fault makes each NOT READY,
        // not only COULD NOT CHECK
        assertThat(ids).as("check ids found in dev.tminus.checklist (none: the catalogue cannot see the checks)")
                .isNotEmpty();
        assertThat(ids).as("check ids without a fault that makes them fail (a check that cannot fail is a defect)")
                .allSatisfy(id -> assertThat(failing).contains(id));
    }

    @Test
    void every_fault_names_checks_that_exist_in_its_area() {
        for (Fault<?> fault : Sandbox.catalogue()) {
            assertThat(CheckCatalogue.ids(fault.tag())).as("checks of %s named by fault %s", fault.tag(), fault.name())
                    .containsAll(fault.red());
        }
    }

    @Test
    void fault_names_are_unique() {
        var names = Sandbox.catalogue().stream().map(Fault::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void check_ids_are_unique_well_formed_in_their_area_and_claim_something() {
        var entries = CheckCatalogue.entries();
        assertThat(entries).extracting(CheckCatalogue.Entry::id).doesNotHaveDuplicates()
                .allMatch(Areas::isCheckId);
        for (CheckCatalogue.Entry entry : entries) {
            Check check = entry.method().getAnnotation(Check.class);
            assertThat(check.claim()).as("claim of %s", entry.method()).isNotBlank();
            assertThat(AreaOf.type(entry.method().getDeclaringClass())).as("area of %s", entry.method())
                    .hasValueSatisfying(area -> assertThat(area.owns(entry.id())).as("%s in %s", entry.id(), area).isTrue());
            assertThat(entry.method().isAnnotationPresent(io.qameta.allure.Severity.class)
                    || entry.method().getDeclaringClass().isAnnotationPresent(io.qameta.allure.Severity.class))
                    .as("@Severity on %s", entry.method()).isTrue();
        }
    }
}
