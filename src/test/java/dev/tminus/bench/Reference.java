package dev.tminus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A reference tool (testssl.sh, dnsperf) run beside a benchmark in the same run, when it is
 * installed: its wall time and its output, so the benchmark can print the ratio side by side.
 *
 * @param command what ran, as one would type it
 * @param seconds its wall time
 * @param exit    its exit status
 * @param output  what it printed (stdout and stderr)
 */
record Reference(String command, double seconds, int exit, String output) {

    /** The first of {@code names} found on the PATH (or under /usr/sbin, /usr/bin). */
    static Optional<String> find(String... names) {
        List<Path> dirs = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty()) {
                dirs.add(Path.of(d));
            }
        }
        dirs.add(Path.of("/usr/sbin"));
        dirs.add(Path.of("/usr/bin"));
        for (String name : names) {
            for (Path dir : dirs) {
                if (Files.isExecutable(dir.resolve(name))) {
                    return Optional.of(dir.resolve(name).toString());
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code argv} to its end (at most {@code limitSeconds}); empty when it could not start. */
    static Optional<Reference> run(List<String> argv, long limitSeconds) {
        try {
            Path log = Files.createTempFile("tminus-bench-", ".log");
            try {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                return Optional.of(new Reference(String.join(" ", argv), seconds, p.exitValue(),
                        Files.readString(log, StandardCharsets.UTF_8)));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
