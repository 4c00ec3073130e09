package dev.tminus.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes the readiness verdict when the checklist run ends (the failsafe JVM of {@code mvn verify},
 * system property {@code tminus.role=checklist}): reads this run's results from the Allure results
 * directory (results older than the session belong to an earlier run) and the golden hour's
 * escalation, writes reports/readiness.{md,html,pdf,json,txt}, and puts the verdict on the Allure
 * Overview (environment.properties and executor.json). Anything
 * going wrong here is printed, never thrown: the gate then finds no verdict and fails the build.
 */
public class ReadinessSession implements LauncherSessionListener {

    /** How long the verdict waits for warnings still being worked out beside the run (the plan of Progress). */
    private static final java.time.Duration WARNINGS_PATIENCE = java.time.Duration.ofSeconds(10);

    private Instant opened = Instant.now();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        opened = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!"checklist".equals(System.getProperty("tminus.role"))) {
            return;
        }
        Path basedir = Path.of(System.getProperty("tminus.basedir", "."));
        MaskingResultsWriter.flushInstalled(); // the results of this run are all on disk before they are read
        try {
            write(AllureEnvironment.resultsDirectory(), basedir, opened, Instant.now(), RunWarnings.collect(WARNINGS_PATIENCE));
        } catch (RuntimeException | IOException e) {
            System.err.println("T-Minus readiness: the verdict could not be written: " + e.getMessage());
        }
    }

    /** The verdict of the results in {@code results} since {@code since}, into {@code basedir/reports}. */
    static Readiness write(Path results, Path basedir, Instant since, Instant now) throws IOException {
        return write(results, basedir, since, now, List.of());
    }

    /** {@link #write(Path, Path, Instant, Instant)} with the run's warnings ({@link RunWarnings}). */
    static Readiness write(Path results, Path basedir, Instant since, Instant now, List<String> warnings) throws IOException {
        Files.createDirectories(results);
        Readiness readiness = Verdicts.of(List.of(AllureResults.read(results, Optional.of(since))),
                EscalationState.read(basedir.resolve(EscalationState.DEFAULT), Optional.of(since)), now)
                .withWarnings(warnings);
        Files.writeString(results.resolve("executor.json"), ExecutorInfo.of(System.getenv(), readiness));
        AllureEnvironment.recordVerdict(results, readiness);
        ReadinessFiles.write(readiness, basedir.resolve("reports"));
        return readiness;
    }
}
