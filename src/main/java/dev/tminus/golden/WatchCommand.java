package dev.tminus.golden;

import dev.tminus.profile.Durations;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How {@link Watch} runs a round: {@code mvn verify -Denv=NAME -Dchecks=golden-hour}, bounded by a
 * timeout, output to a log file per round, then the Allure report with history.
 *
 * @param rounds       at most this many rounds (default: enough for a 3h window at 1m, plus one)
 * @param roundTimeout a round that takes longer is stopped and counts as failed
 */
record WatchCommand(String env, int rounds, Duration roundTimeout, List<String> mvn, Path logs) {

    static final int DEFAULT_ROUNDS = 181;

    static WatchCommand parse(String[] args, Map<String, String> environment) {
        String env = environment.getOrDefault("TMINUS_ENV", "sandbox");
        int rounds = DEFAULT_ROUNDS;
        Duration timeout = Duration.ofMinutes(10);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--env" -> env = value;
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--round-timeout" -> timeout = Durations.parse(value)
                        .orElseThrow(() -> new IllegalArgumentException("--round-timeout: expected a duration like 10m"));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: Watch --env NAME [--rounds N] [--round-timeout 10m]");
            }
            i++;
        }
        if (env.isBlank() || rounds < 1) {
            throw new IllegalArgumentException("usage: Watch --env NAME [--rounds N] [--round-timeout 10m]");
        }
        List<String> mvn = Arrays.asList(environment.getOrDefault("MVN", "mvn -B -ntp").trim().split("\\s+"));
        return new WatchCommand(env, rounds, timeout, mvn, Path.of("target", "golden-hour"));
    }

    int round(int round) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        File log = logs.resolve("round-" + round + ".log").toFile();
        List<String> verify = new ArrayList<>(mvn);
        verify.addAll(List.of("verify", "-Denv=" + env, "-Dchecks=golden-hour"));
        int exit = run(verify, log);
        if (Files.isExecutable(Path.of("scripts", "report.sh"))) {
            run(List.of("scripts/report.sh"), logs.resolve("round-" + round + "-report.log").toFile());
        }
        return exit;
    }

    private int run(List<String> command, File log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        if (!process.waitFor(roundTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            return 124;
        }
        return process.exitValue();
    }
}
