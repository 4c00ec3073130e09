package dev.tminus.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.checklist.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The checklist as {@code mvn verify} runs it, in a JVM of its own (so the environment holds the
 * profile's variables): the JUnit launcher with every auto-registered listener (Allure, the
 * readiness verdict at session end) and the configuration from system properties, as failsafe
 * passes it. Also writes what failsafe's JUnit XML is made of, every display name with the full
 * stack trace of its throwable, causes included, into the file named by the second argument.
 *
 * <p>Usage: {@code ForkedChecklist <tag expression> <trace file>}.
 */
final class ForkedChecklist {

    private ForkedChecklist() {
    }

    public static void main(String[] args) throws IOException {
        Path trace = Path.of(args[1]);
        Files.createDirectories(trace.getParent());
        StringBuilder text = new StringBuilder();
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(Plan.request(selectPackage("dev.tminus.checklist"), args[0])
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            text.append(result.getStatus()).append(' ').append(test.getDisplayName()).append('\n');
                            result.getThrowable().ifPresent(t -> {
                                StringWriter stack = new StringWriter();
                                t.printStackTrace(new PrintWriter(stack));
                                text.append(stack).append('\n');
                            });
                        }

                        @Override
                        public void executionSkipped(TestIdentifier test, String reason) {
                            text.append("SKIPPED ").append(test.getDisplayName()).append(": ").append(reason).append('\n');
                        }

                        @Override
                        public void testPlanExecutionFinished(TestPlan plan) {
                            System.out.print(text); // the console of the run shows every result, as failsafe's does
                        }
                    });
        }
        Files.writeString(trace, text);
        System.exit(0); // pools and clients of the checks may leave threads behind; the run is over
    }
}
