package dev.tminus.checklist;

import dev.tminus.report.MaskingConsole;
import dev.tminus.report.MaskingResultsWriter;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * Closes the doors through which text leaves a JVM that runs the checklist, before anything is
 * written: Allure's results and attachments ({@link MaskingResultsWriter}) and the console
 * ({@link MaskingConsole}). Registered as the first launcher session listener and the first test
 * execution listener (META-INF/services, test classes come first on the class path), so it is
 * loaded before Allure's JUnit listener takes its lifecycle. With the masking of display names
 * ({@link Items}) and of thrown messages ({@link SecretMasking}) this is the boundary: JUnit XML, the
 * Allure results and reports/readiness.* are made from what passed through it.
 */
public class SecretBoundary implements LauncherSessionListener, TestExecutionListener {

    static {
        install();
    }

    static void install() {
        MaskingResultsWriter.install();
        MaskingConsole.install();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        install();
    }
}
