package dev.tminus.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.checklist.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The checklist as {@code mvn verify} runs it (the JUnit launcher with every auto-registered
 * listener: Allure, the readiness verdict), in the JVM {@link ScaleBench} starts for it: prints the
 * checks' wall time, the time of each check class, the outcomes and this JVM's peak resident memory.
 *
 * <p>Usage: {@code ScaleChecklist <tag expression>}, configuration from system properties.
 */
final class ScaleChecklist {

    private ScaleChecklist() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, AtomicInteger> outcomes = new TreeMap<>();
        Map<String, Long> started = new ConcurrentHashMap<>();
        Map<String, Long> classMillis = new TreeMap<>();
        long start = System.nanoTime();
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(Plan.request(selectPackage("dev.tminus.checklist"), args[0])
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionStarted(TestIdentifier test) {
                            started.put(test.getUniqueId(), System.nanoTime());
                        }

                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            Long t = started.remove(test.getUniqueId());
                            if (test.isTest()) {
                                String outcome = result.getStatus() == TestExecutionResult.Status.FAILED
                                        && !(result.getThrowable().orElse(null) instanceof AssertionError) ? "BROKEN"
                                        : result.getStatus().toString();
                                synchronized (outcomes) {
                                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                                }
                            } else if (t != null && test.getSource().map(s -> s instanceof
                                    org.junit.platform.engine.support.descriptor.ClassSource).orElse(false)) {
                                synchronized (classMillis) {
                                    classMillis.put(test.getDisplayName(), (System.nanoTime() - t) / 1_000_000);
                                }
                            }
                        }

                        @Override
                        public void executionSkipped(TestIdentifier test, String reason) {
                            if (test.isTest()) {
                                synchronized (outcomes) {
                                    outcomes.computeIfAbsent("SKIPPED", k -> new AtomicInteger()).incrementAndGet();
                                }
                            }
                        }
                    });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("checks: %.2f s wall for %s%n", seconds, outcomes);
        classMillis.forEach((name, ms) -> System.out.printf("  %-32s %7.2f s%n", name, ms / 1000.0));
        System.out.printf("peak resident memory of the checklist JVM: %s%n", peakResident());
        System.exit(0); // pools and clients of the checks may leave threads behind; the run is over
    }

    /** VmHWM from /proc/self/status, in MiB. */
    static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown (no /proc/self/status)";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                long kib = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%.0f MiB (VmHWM)", kib / 1024.0);
            }
        }
        return "unknown";
    }
}
