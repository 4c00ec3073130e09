package dev.tminus.sandbox;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.check.Check;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs checklist classes in-process (JUnit's EngineTestKit) against the sandbox with a given set of
 * faults, and reports each check result with its id, display name, outcome and message. The
 * building block of the fault self-tests.
 */
public final class ChecklistRun {

    public enum Outcome { PASSED, FAILED, BROKEN, SKIPPED }

    /** One test (or a container that failed or was skipped as a whole) of the run. */
    public record Result(String checkId, String displayName, Outcome outcome, String message) {
        @Override
        public String toString() {
            return outcome + " " + displayName + (message.isEmpty() ? "" : ": " + message.lines().findFirst().orElse(""));
        }
    }

    private ChecklistRun() {
    }

    /** Runs the checks of the tag expression against the sandbox with exactly these faults. */
    public static Results sandbox(String tagExpression, Set<String> faults) {
        return run(tagExpression, Map.of("tminus.env", "sandbox", "sandbox.faults", String.join(",", faults)));
    }

    /** Runs the checks of the tag expression with the given configuration parameters. */
    public static Results run(String tagExpression, Map<String, String> configuration) {
        var events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectPackage("dev.tminus.checklist"))
                .filters(includeClassNamePatterns(".*Checks"), TagFilter.includeTags(tagExpression))
                .configurationParameters(configuration)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .execute()
                .allEvents();
        List<Result> results = new ArrayList<>();
        events.filter(e -> e.getType() == EventType.FINISHED || e.getType() == EventType.SKIPPED)
                .forEach(e -> toResult(e).ifPresent(results::add));
        return new Results(results);
    }

    private static Optional<Result> toResult(Event event) {
        TestDescriptor descriptor = event.getTestDescriptor();
        Optional<String> id = checkId(descriptor);
        if (id.isEmpty() && descriptor.isTest()) {
            id = Optional.of("?");
        }
        if (id.isEmpty() && descriptor.getSource().orElse(null) instanceof ClassSource source) {
            id = Optional.of("class " + source.getJavaClass().getSimpleName()); // skipped or failed as a whole
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (event.getType() == EventType.SKIPPED) {
            String reason = event.getPayload(String.class).orElse("");
            return Optional.of(new Result(id.get(), descriptor.getDisplayName(), Outcome.SKIPPED, reason));
        }
        TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
        String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
        Outcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> Outcome.PASSED;
            case ABORTED -> Outcome.SKIPPED;
            case FAILED -> result.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                    ? Outcome.FAILED : Outcome.BROKEN;
        };
        if (descriptor.isContainer() && outcome == Outcome.PASSED) {
            return Optional.empty();
        }
        return Optional.of(new Result(id.get(), descriptor.getDisplayName(), outcome, message));
    }

    private static Optional<String> checkId(TestDescriptor descriptor) {
        for (TestDescriptor d = descriptor; d != null; d = d.getParent().orElse(null)) {
            if (d.getSource().orElse(null) instanceof MethodSource source) {
                Method method = source.getJavaMethod();
                Check check = method.getAnnotation(Check.class);
                return Optional.of(check == null ? "?" : check.id());
            }
        }
        return Optional.empty();
    }

    /** All results of one run. */
    public record Results(List<Result> all) {

        public Results {
            all = List.copyOf(all);
        }

        public List<Result> with(Outcome outcome) {
            return all.stream().filter(r -> r.outcome() == outcome).toList();
        }

        /** Check ids with at least one result of this outcome. */
        public Set<String> idsWith(Outcome outcome) {
            return with(outcome).stream().map(Result::checkId).collect(Collectors.toCollection(TreeSet::new));
        }

        public List<Result> of(String checkId) {
            return all.stream().filter(r -> r.checkId().equals(checkId)).toList();
        }

        /** Every result, one a line: the explanation an assertion on this run prints. */
        public String describe() {
            return all.stream().map(Result::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        }
    }
}
