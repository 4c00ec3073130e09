package dev.tminus.selftest;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.check.Check;
import dev.tminus.checklist.LocalEnvironments;
import dev.tminus.sandbox.Sandbox;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs checklist classes in-process (the JUnit Launcher, in a session of their own) against the
 * sandbox with a given set of faults, and reports each check result with its id, display name,
 * outcome and message. The building block of the fault self-tests. The caller's sandbox is lent
 * to every run, so one running sandbox serves them all.
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

    /** Runs the checks of the tag expression against this sandbox with exactly these faults. */
    public static Results sandbox(Sandbox sandbox, String tagExpression, Set<String> faults) {
        return run(sandbox, tagExpression, Map.of("tminus.env", "sandbox", "sandbox.faults", String.join(",", faults)));
    }

    /** Runs the checks of the tag expression with the given configuration parameters (no sandbox). */
    public static Results run(String tagExpression, Map<String, String> configuration) {
        return run(null, tagExpression, configuration);
    }

    private static Results run(Sandbox sandbox, String tagExpression, Map<String, String> configuration) {
        List<Result> results = new ArrayList<>();
        execute(sandbox, LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("dev.tminus.checklist"))
                .filters(includeClassNamePatterns(".*Checks"), TagFilter.includeTags(tagExpression))
                .configurationParameters(configuration)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build(), new Collector(results));
        return new Results(results);
    }

    /**
     * Executes the request in a launcher session of its own, with only these listeners; a sandbox,
     * when given, is lent to the session (it stays running afterwards).
     */
    public static void execute(Sandbox sandbox, LauncherDiscoveryRequest request, TestExecutionListener... listeners) {
        execute(sandbox, LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build(), request,
                listeners);
    }

    /** The same, with this launcher configuration (e.g. {@link LauncherConfig#DEFAULT}: Allure's listener too). */
    public static void execute(Sandbox sandbox, LauncherConfig config, LauncherDiscoveryRequest request,
                               TestExecutionListener... listeners) {
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            if (sandbox != null) {
                LocalEnvironments.lend(session.getStore(), "sandbox", sandbox);
            }
            session.getLauncher().execute(request, listeners);
        }
    }

    /** Turns the finished and skipped tests and containers of a run into results. */
    private static final class Collector implements TestExecutionListener {

        private final List<Result> results;
        private TestPlan plan;

        Collector(List<Result> results) {
            this.results = results;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            id(test).ifPresent(id -> results.add(new Result(id, test.getDisplayName(), Outcome.SKIPPED, reason)));
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Optional<String> id = id(test);
            if (id.isEmpty()) {
                return;
            }
            String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
            Outcome outcome = switch (result.getStatus()) {
                case SUCCESSFUL -> Outcome.PASSED;
                case ABORTED -> Outcome.SKIPPED;
                case FAILED -> result.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                        ? Outcome.FAILED : Outcome.BROKEN;
            };
            if (test.isContainer() && outcome == Outcome.PASSED) {
                return;
            }
            results.add(new Result(id.get(), test.getDisplayName(), outcome, message));
        }

        private Optional<String> id(TestIdentifier test) {
            Optional<String> id = checkId(test);
            if (id.isEmpty() && test.isTest()) {
                id = Optional.of("?");
            }
            if (id.isEmpty() && test.getSource().orElse(null) instanceof ClassSource source) {
                id = Optional.of("class " + source.getJavaClass().getSimpleName()); // skipped or failed as a whole
            }
            return id;
        }

        private Optional<String> checkId(TestIdentifier test) {
            for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
                if (t.getSource().orElse(null) instanceof MethodSource source) {
                    return idOf(source.getJavaMethod());
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<String> idOf(Method method) {
        Check check = method.getAnnotation(Check.class);
        return Optional.of(check == null ? "?" : check.id());
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
