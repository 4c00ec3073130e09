package dev.tminus.sandbox.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process a crashed run left behind is recognised by its command line and stopped; others are left alone. */
class ManagedProcessTest {

    @Test
    void stops_the_orphan_of_an_earlier_run_and_only_it(@TempDir Path dir) throws Exception {
        // GIVEN a process started by an "earlier run" with this data directory, and a stranger without it
        Path data = Files.createDirectories(dir.resolve("data"));
        ManagedProcess crashed = sleeper(dir, data);
        crashed.start();
        Process stranger = new ProcessBuilder("/bin/sh", "-c", "sleep 10; true", dir.resolve("elsewhere").toString()).start();

        // WHEN this run starts its own
        ManagedProcess current = sleeper(dir, data);
        current.start();

        // THEN the orphan is gone, the stranger still runs, and the new one runs
        try {
            assertThat(ProcessHandle.of(Long.parseLong(Files.readString(dir.resolve("sleeper.pid")))))
                    .as("the new process is the one in the pid file").isPresent();
            assertThat(crashed.alive()).as("orphan alive").isFalse();
            assertThat(stranger.isAlive()).as("stranger alive").isTrue();
            assertThat(current.alive()).as("new process alive").isTrue();
        } finally {
            current.stop();
            stranger.destroyForcibly();
        }
        assertThat(current.alive()).isFalse();
        assertThat(dir.resolve("sleeper.pid")).doesNotExist();
    }

    private static ManagedProcess sleeper(Path dir, Path data) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // "; true" keeps the shell (and its command line with the marker) from exec'ing sleep
        return new ManagedProcess("sleeper", Path.of("/bin/sh"), List.of("-c", "sleep " + Duration.ofSeconds(10).toSeconds() + "; true",
                data.toString()), data, dir, port);
    }
}
