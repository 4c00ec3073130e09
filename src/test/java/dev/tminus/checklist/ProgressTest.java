package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestDescriptor.Type;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

class ProgressTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();
    private final Progress progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), clock::get, true);
    private int ids;

    private TestIdentifier item(String tag) {
        return identifier(tag, Type.TEST, null);
    }

    private TestIdentifier checkClass(String tag) {
        return identifier(tag, Type.CONTAINER, ClassSource.from(ProgressTest.class));
    }

    private TestIdentifier identifier(String tag, Type type, TestSource source) {
        var descriptor = new AbstractTestDescriptor(UniqueId.forEngine("e").append("item", String.valueOf(ids++)), "item", source) {
            @Override
            public Type getType() {
                return type;
            }

            @Override
            public Set<TestTag> getTags() {
                return Set.of(TestTag.create(tag));
            }
        };
        return TestIdentifier.from(descriptor);
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void prints_an_area_when_its_last_check_class_ends_and_otherwise_at_most_every_five_seconds() {
        // GIVEN a plan of 2 dns items in one class and 3 tls items
        progress.planned(Map.of("dns", 2, "tls", 3));
        progress.classes(Map.of("dns", 1, "tls", 2));

        // WHEN items end within the first seconds, then later
        clock.set(1_000_000_000L);
        progress.executionFinished(item("dns"), TestExecutionResult.successful());
        progress.executionSkipped(item("tls"), "not configured");
        progress.executionFinished(item("dns"), TestExecutionResult.failed(new AssertionError("no")));
        progress.executionFinished(checkClass("dns"), TestExecutionResult.successful());
        clock.set(7_000_000_000L);
        progress.executionFinished(item("tls"), TestExecutionResult.successful());

        // THEN one line when dns is done, one when five seconds have passed, areas in seed order
        assertThat(lines()).containsExactly(
                "T-Minus progress (1 s): dns 2/2 done · tls 1/3",
                "T-Minus progress (7 s): dns 2/2 done · tls 2/3");
    }

    @Test
    void shows_items_done_without_totals_until_the_plan_is_known_and_never_fewer_planned_than_done() {
        // GIVEN no plan yet
        clock.set(6_000_000_000L);
        progress.executionFinished(item("db"), TestExecutionResult.successful());
        assertThat(lines()).containsExactly("T-Minus progress (6 s): db 1");

        // WHEN the plan arrives with fewer tls items than ran (addresses resolved at run time)
        progress.planned(Map.of("db", 4, "tls", 1));
        progress.executionFinished(item("tls"), TestExecutionResult.successful());
        clock.set(12_000_000_000L);
        progress.executionFinished(item("tls"), TestExecutionResult.successful());

        progress.classes(Map.of("tls", 1));
        progress.executionFinished(checkClass("tls"), TestExecutionResult.successful());

        // THEN the planned count follows the items done, and the area is done when its class ends
        assertThat(lines()).containsExactly("T-Minus progress (6 s): db 1",
                "T-Minus progress (12 s): tls 2/2 · db 1/4",
                "T-Minus progress (12 s): tls 2/2 done · db 1/4");
    }

    @Test
    void counts_planned_items_and_skips_per_area_but_not_containers_without_items() {
        var plan = List.of(new Plan.Line("dns", Plan.Kind.ITEM, "DNS-01 a"), new Plan.Line("dns", Plan.Kind.SKIPPED, "DNS-07 b"),
                new Plan.Line("tls", Plan.Kind.ABORTED, "TLS-01: no endpoints"), new Plan.Line("db", Plan.Kind.ITEM, "DB-01 x"));

        assertThat(Progress.counts(plan)).isEqualTo(Map.of("dns", 2, "db", 1));
    }

    @Test
    void stays_silent_outside_the_checklist_run() {
        var quiet = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), clock::get, false);
        clock.set(60_000_000_000L);

        quiet.executionFinished(item("dns"), TestExecutionResult.successful());

        assertThat(lines()).isEmpty();
    }
}
