package dev.tminus.sandbox.alerting;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server binary run by the sandbox (Prometheus, Alertmanager): output to a log file, its pid in a
 * pid file, killed on {@link #stop()}. A process a crashed earlier run left behind is recognised by
 * its command line (this binary with this data directory) and killed at start; nothing else is
 * touched.
 */
final class ManagedProcess {

    private final String name;
    private final Path binary;
    private final List<String> arguments;
    private final Path marker;
    private final Path log;
    private final Path pidFile;
    private final int port;
    private Process process;

    /**
     * @param marker a path that appears in the command line of this run's process only (its data dir)
     */
    ManagedProcess(String name, Path binary, List<String> arguments, Path marker, Path workDir, int port) {
        this.name = name;
        this.binary = binary;
        this.arguments = List.copyOf(arguments);
        this.marker = marker.toAbsolutePath();
        this.log = workDir.resolve(name + ".log");
        this.pidFile = workDir.resolve(name + ".pid");
        this.port = port;
    }

    void start() throws IOException {
        killOrphans();
        if (portInUse()) {
            throw new IllegalStateException("Cannot start " + name + ": 127.0.0.1:" + port
                    + " is taken by another process (not one this sandbox started). Stop it, e.g. find it with"
                    + " `ss -ltnp 'sport = :" + port + "'`, then re-run.");
        }
        var command = new java.util.ArrayList<String>();
        command.add(binary.toString());
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    /** The last lines of the log, for a message that explains why it did not come up. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    void stop() {
        if (process != null) {
            stop(process.toHandle());
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the pid file only helps the next run find orphans
        }
    }

    private static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // gone or unkillable; the port check at the next start will say so
            }
        }
    }

    private void killOrphans() {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(h -> h.pid() != ProcessHandle.current().pid())
                    .filter(h -> commandLine(h.pid()).map(this::isOurs).orElse(false))
                    .forEach(ManagedProcess::stop);
        }
    }

    private boolean isOurs(String commandLine) {
        return commandLine.startsWith(binary + "\0") && commandLine.contains(marker.toString());
    }

    private static Optional<String> commandLine(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean portInUse() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Duration.ofMillis(300).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
