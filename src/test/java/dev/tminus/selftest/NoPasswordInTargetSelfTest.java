package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tminus.profile.Database;
import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileLoader;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.sandbox.cache.CacheFaults;
import dev.tminus.sandbox.db.DbFaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * After the db checks ran (and, in the same way, the cache checks) (healthy, with a wrong password, with a refused login, with a dead port)
 * through the real JUnit launcher, with Allure's listener writing results and attachments and an
 * report of every message and full stack trace (causes included), no file under {@code target/} contains a password.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class NoPasswordInTargetSelfTest {

    private static final Path BASEDIR = Path.of(System.getProperty("tminus.basedir", "."));

    @Test
    void no_password_appears_in_any_report_log_or_sandbox_file_after_the_db_checks(Sandbox sandbox) throws IOException {
        // GIVEN the sandbox's password and the wrong one its fault sends
        Set<String> passwords = passwords();
        assertThat(passwords).hasSize(2);

        // WHEN the db checks run with the faults that put credentials to the test
        Path reports = Files.createDirectories(BASEDIR.resolve("target/sandbox/db/reports"));
        for (String faults : List.of("", DbFaults.WRONG_PASSWORD, DbFaults.LOGIN_REFUSED, DbFaults.UNREACHABLE_PORT)) {
            var summary = new SummaryGeneratingListener();
            ChecklistRun.execute(sandbox, LauncherConfig.DEFAULT, LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass("dev.tminus.checklist.db.DbChecks"))
                    .configurationParameter("tminus.env", "sandbox")
                    .configurationParameter("sandbox.faults", faults)
                    .build(), summary, new TraceWriter(reports.resolve((faults.isEmpty() ? "healthy" : faults) + ".txt")));
            assertThat(summary.getSummary().getTestsStartedCount()).as("db checks run with faults '%s'", faults)
                    .isEqualTo(18);
        }

        // THEN no file under target/ (compiled classes aside) contains either password
        assertThat(leaks(passwords)).as("files under target/ with a password in them").isEmpty();
        try (Stream<Path> written = Files.walk(reports)) {
            assertThat(written.filter(p -> p.toString().endsWith(".txt")).count()).as("trace reports written").isEqualTo(4);
        }
    }

    @Test
    void no_redis_password_appears_in_any_report_log_or_sandbox_file_after_the_cache_checks(Sandbox sandbox)
            throws IOException {
        // GIVEN the sandbox Redis's password for the checks' ACL user and the wrong one its fault sends
        Set<String> passwords = cachePasswords();
        assertThat(passwords).hasSize(2);

        // WHEN the cache checks run healthy, with the wrong password, and against a node that never answers
        Path reports = Files.createDirectories(BASEDIR.resolve("target/sandbox/cache/reports"));
        for (String faults : List.of("", CacheFaults.WRONG_PASSWORD, CacheFaults.SILENT_PORT_FAULT)) {
            var summary = new SummaryGeneratingListener();
            ChecklistRun.execute(sandbox, LauncherConfig.DEFAULT, LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass("dev.tminus.checklist.cache.CacheChecks"))
                    .configurationParameter("tminus.env", "sandbox")
                    .configurationParameter("sandbox.faults", faults)
                    .build(), summary, new TraceWriter(reports.resolve((faults.isEmpty() ? "healthy" : faults) + ".txt")));
            assertThat(summary.getSummary().getTestsStartedCount()).as("cache checks run with faults '%s'", faults)
                    .isEqualTo(12);
        }

        // THEN no file under target/ (the sandbox's redis configs and logs included) contains either password
        assertThat(leaks(passwords)).as("files under target/ with a Redis password in them").isEmpty();
        try (Stream<Path> written = Files.walk(reports)) {
            assertThat(written.filter(p -> p.toString().endsWith(".txt")).count()).as("trace reports written").isEqualTo(3);
        }
    }

    private static List<String> leaks(Set<String> passwords) throws IOException {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BASEDIR.resolve("target"))) {
            files.filter(Files::isRegularFile).filter(NoPasswordInTargetSelfTest::isOutput)
                    .forEach(file -> passwords.forEach(pw -> {
                        if (contains(file, pw)) {
                            leaks.add(BASEDIR.relativize(file) + " contains a password");
                        }
                    }));
        }
        return leaks;
    }

    private static Set<String> cachePasswords() {
        ProfileLoader loader = new ProfileLoader(BASEDIR, System.getenv());
        Fault<?> wrong = CacheFaults.all().stream().filter(f -> f.name().equals(CacheFaults.WRONG_PASSWORD)).findFirst()
                .orElseThrow();
        Set<String> all = new TreeSet<>();
        for (Profile profile : List.of(loader.load("sandbox"), loader.load("sandbox", wrong.profilePatch()))) {
            profile.caches().forEach(c -> c.password().ifPresent(p -> all.add(p.reveal())));
        }
        return all;
    }

    /** Reports, logs, Allure results and sandbox files; not the compiled classes (which hold the test's own constants). */
    private static boolean isOutput(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/target/classes/") && !path.contains("/target/test-classes/")
                && !path.endsWith(".jar") && !path.endsWith(".class");
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> passwords() {
        ProfileLoader loader = new ProfileLoader(BASEDIR, System.getenv());
        Fault<?> wrong = DbFaults.all().stream().filter(f -> f.name().equals(DbFaults.WRONG_PASSWORD)).findFirst()
                .orElseThrow();
        Set<String> all = new TreeSet<>();
        for (Profile profile : List.of(loader.load("sandbox"), loader.load("sandbox", wrong.profilePatch()))) {
            profile.databases().stream().map(Database::password).map(p -> p.reveal()).forEach(all::add);
        }
        return all;
    }

    /** Writes every result with its full stack trace, causes included, as a report would keep it. */
    private static final class TraceWriter implements TestExecutionListener {

        private final Path file;
        private final StringBuilder text = new StringBuilder();

        TraceWriter(Path file) {
            this.file = file;
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            text.append(result.getStatus()).append(' ').append(test.getDisplayName()).append('\n');
            result.getThrowable().ifPresent(t -> {
                var trace = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(trace));
                text.append(trace).append('\n');
            });
        }

        @Override
        public void testPlanExecutionFinished(org.junit.platform.launcher.TestPlan plan) {
            try {
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
