package dev.tminus.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The end of {@code mvn verify} (post-integration-test): prints the console summary the checklist
 * run left in {@code reports/readiness.txt} and fails the build unless the verdict is READY.
 * {@code Gate clear RESULTS} (pre-integration-test) removes an earlier run's verdict first, and empties
 * the Allure results folder so that a result's retries never show an earlier run (the report's history
 * is carried over from {@code reports/allure/history} by {@code make report}, not from old results).
 *
 * <p>It throws instead of calling {@code System.exit}, because it runs inside Maven's JVM.
 */
public final class Gate {

    private Gate() {
    }

    public static void main(String[] args) {
        Path reports = Path.of(System.getProperty("tminus.basedir", ".")).resolve("reports");
        if (args.length > 0 && args[0].equals("clear")) {
            ReadinessFiles.clear(reports);
            if (args.length > 1) {
                emptyFolder(Path.of(args[1]));
            }
            return;
        }
        if (args.length > 2 && ("true".equals(args[1]) || "true".equals(args[2]))) {
            System.out.println("T-Minus gate: the checklist was skipped (-DskipTests/-DskipITs); no verdict");
            return;
        }
        Verdict verdict = check(reports, System.out);
        if (verdict != Verdict.READY) {
            throw new NotReady(verdict);
        }
    }

    /** Deletes what is inside the folder (not the folder itself); nothing when it does not exist. */
    static void emptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the results folder " + folder + " before the run", e);
        }
    }

    /** Prints the summary and returns the verdict; INCOMPLETE when the run left none. */
    static Verdict check(Path reports, java.io.PrintStream out) {
        Path json = reports.resolve("readiness.json");
        if (!Files.isRegularFile(json)) {
            out.println("T-Minus readiness: no verdict was written (" + json + " is missing): the checklist did not"
                    + " run to its end. VERDICT: INCOMPLETE");
            return Verdict.INCOMPLETE;
        }
        try {
            out.print(Files.readString(reports.resolve("readiness.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Readiness: " + reports.resolve("readiness.html") + ", readiness.pdf, readiness.md, readiness.json");
        return ReadinessJson.verdictOf(json);
    }

    /** Fails the build; its message is the one line Maven prints. */
    public static final class NotReady extends RuntimeException {
        NotReady(Verdict verdict) {
            super("T-Minus gate: " + verdict.words() + " (only READY passes; see the summary above and "
                    + "reports/readiness.html)", null, false, false);
        }
    }
}
