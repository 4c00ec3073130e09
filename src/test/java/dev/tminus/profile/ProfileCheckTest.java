package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-flight profile check: one line per problem, exit code 2, no stack trace. */
class ProfileCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return ProfileCheck.run(args, environment, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void prints_every_problem_and_exits_2() {
        // GIVEN a profile with two problems
        new ProfileFiles(dir).write("staging", ProfileFiles.HEADER.replace("preheat", "warmup")
                + "dns: {timeout: 0s, resolvers: [{name: ns1, address: 10.0.0.53}], records: []}\n");

        // WHEN checked
        int code = run(Map.of(), "staging");

        // THEN exit code 2, the lines on stderr, nothing else
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                T-Minus: the profile cannot be used; nothing was checked.
                environments/staging.yaml: launch.phase: expected one of preheat, scale-out, rollback, got "warmup"
                environments/staging.yaml: dns.timeout: expected a duration from 1ms to 1m, got 0s
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void takes_the_profile_name_from_tminus_env_and_reports_a_missing_file() {
        new ProfileFiles(dir).write("sandbox", "name: sandbox\n");

        int code = run(Map.of("TMINUS_ENV", "prod"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                T-Minus: the profile cannot be used; nothing was checked.
                environments/prod.yaml: expected an existing profile, got "prod" (no environments/prod.yaml; available: sandbox)
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void confirms_a_valid_profile_and_exits_0() {
        new ProfileFiles(dir).write("staging", ProfileFiles.HEADER);

        int code = run(Map.of(), "staging");

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("T-Minus: profile environments/staging.yaml is valid"
                + " (release v1.2.0-3a7f1b2, phase preheat, T0 2026-12-01T10:00:00Z)" + System.lineSeparator());
    }

    @Test
    void exits_2_from_the_command_line_in_a_separate_jvm() throws Exception {
        // GIVEN an invalid profile and a JVM started like a user would, outside Maven
        new ProfileFiles(dir).write("staging", "name: staging\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dtminus.basedir=" + dir, ProfileCheck.class.getName(), "staging")
                .redirectErrorStream(true).start();

        // WHEN it ends
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();

        // THEN exit code 2 and the problem lines, no stack trace
        assertThat(code).isEqualTo(2);
        assertThat(output.lines()).containsExactly(
                "T-Minus: the profile cannot be used; nothing was checked.",
                "environments/staging.yaml: launch: expected the launch plan like {release: v1.2.0-3a7f1b2,"
                        + " at: 2026-12-01T10:00:00Z, phase: preheat}, got nothing");
    }
}
