package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.fixture.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A waiver with a typo waives nothing: the failure it was meant for stays red, and the run itself,
 * not only {@code make plan}, says which waiver matched no item and what to correct: on its console
 * and in its verdict (readiness.txt, .md, .html, .json). The checklist
 * runs in its own JVM as {@code mvn verify} runs it, on the db area against the machine's PostgreSQL.
 */
@Tag("slow")
class WaiverTyposSelfTest {

    private static final Path PROJECT = Path.of(System.getProperty("tminus.basedir", ".")).toAbsolutePath();

    @Test
    void a_run_warns_about_each_waiver_that_matches_no_item() throws Exception {
        // GIVEN a profile whose waivers name a database that does not exist and a check id the db area does not have
        Path base = PROJECT.resolve("target/waiver-typos-selftest");
        Trees.delete(base);
        Files.createDirectories(base.resolve("environments"));
        String t0 = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Files.writeString(base.resolve("environments/typos.yaml"), """
                name: typos
                launch: {release: v1.2.0, at: %s, phase: scale-out}
                databases:
                  - name: player-db
                    url: jdbc:postgresql://127.0.0.1:5432/postgres
                    username: postgres
                    pool: {maxSize: 2, minIdle: 1, maxLifetime: 20m, connectionTimeout: 3s, instances: 1}
                waivers:
                  - {check: DB-09, item: player-dbb, reason: "idle timeout is set by the DBA on Friday", until: 2999-12-31}
                  - {check: DB-99, item: player-db, reason: "a check id that does not exist", until: 2999-12-31}
                """.formatted(t0));

        // WHEN the checklist's db area runs on it
        String console = run(base, "typos", "db");

        // THEN the run names each waiver that waives nothing and what to do about it
        assertThat(console).contains("T-Minus: warning: the waiver for DB-09 player-dbb in environments/typos.yaml matches"
                + " none of its 1 planned item(s) (player-db); correct its item to one of them or remove it.");
        assertThat(console).contains("T-Minus: warning: the waiver for DB-99 player-db in environments/typos.yaml names a"
                + " check this checklist does not have in its planned areas; correct its check id");
        // AND so does the verdict at the end of the run, and the one-page summary a release manager reads
        String matchesNone = "the waiver for DB-09 player-dbb in environments/typos.yaml matches none of its 1 planned item(s)";
        assertThat(Files.readString(base.resolve("reports/readiness.txt"))).contains("  warning: " + matchesNone);
        assertThat(Files.readString(base.resolve("reports/readiness.md"))).contains("> Warning: " + matchesNone);
        assertThat(Files.readString(base.resolve("reports/readiness.html"))).contains("Warning: " + matchesNone);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(base.resolve("reports/readiness.json").toFile());
        assertThat(json.get("warnings")).hasSize(2);
        assertThat(json.get("warnings").get(0).asText()).startsWith(matchesNone);
    }

    /** One run in its own JVM; returns its console. */
    private static String run(Path base, String env, String checks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path console = base.resolve("console-" + env + ".txt");
        Process started = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dtminus.role=checklist", "-Dtminus.env=" + env, "-Dtminus.checks=" + checks, "-Dtminus.basedir=" + base,
                "-Dallure.results.directory=" + base.resolve("target/allure-results"),
                ForkedChecklist.class.getName(), checks, base.resolve("target/checklist-reports/trace.txt").toString())
                .directory(base.toFile()).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        if (!started.waitFor(3, TimeUnit.MINUTES)) {
            started.destroyForcibly();
            throw new AssertionError("the run against " + env + " did not end within 3 minutes");
        }
        return Files.readString(console);
    }
}
