package dev.tminus.golden;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.profile.Durations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code make golden-hour ENV=…}: re-runs the golden-hour checks every {@code step} until the end
 * of the window, printing one progress line per round, and stops at the first L3 breach.
 *
 * <p>Exit status: 0 the window ended and the last round was green; 1 the last round was red (not
 * ready or could not check) or a round could not run; 2 nothing to watch (the golden hour has not
 * started, or the checks wrote no escalation file); 3 an L3 breach: roll back recommended.
 */
public final class Watch {

    public static final int ROLL_BACK = 3;
    public static final int NOTHING_TO_WATCH = 2;

    /** Runs one round; returns the exit status of {@code mvn verify}. */
    public interface Runner {
        int run(int round) throws IOException, InterruptedException;
    }

    /** Waits; a seam for tests. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Runner runner;
    private final Path escalationFile;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PrintStream out;
    private final int maxRounds;

    public Watch(Runner runner, Path escalationFile, Clock clock, Sleeper sleeper, PrintStream out, int maxRounds) {
        this.runner = runner;
        this.escalationFile = escalationFile;
        this.clock = clock;
        this.sleeper = sleeper;
        this.out = out;
        this.maxRounds = maxRounds;
    }

    /** Watches until the window ends, an L3 breach, or {@code maxRounds}; returns the exit status. */
    public int watch() throws IOException, InterruptedException {
        Optional<WatchRound.WorstSlo> worstSoFar = Optional.empty();
        Instant windowEnd = null;
        int exit = NOTHING_TO_WATCH;
        for (int round = 1; round <= maxRounds; round++) {
            Instant began = clock.instant();
            Files.deleteIfExists(escalationFile);
            exit = runner.run(round);
            if (!Files.exists(escalationFile)) {
                out.println("golden-hour round " + round + " · no escalation file (" + escalationFile + "): the golden"
                        + " hour has not started or GH-05 did not run; see the run's output · exit " + exit);
                return exit == 0 ? NOTHING_TO_WATCH : exit;
            }
            JsonNode json = EscalationFile.read(escalationFile);
            WatchRound r = WatchRound.of(round, exit, json);
            windowEnd = windowEnd == null ? r.windowEnd() : windowEnd;
            worstSoFar = worse(worstSoFar, r.worst());
            Instant now = clock.instant();
            out.println(progress(r, now, windowEnd, worstSoFar));
            if (r.rollBack()) {
                out.println("golden-hour: " + r.summary() + " — stopping at round " + round + ".");
                return ROLL_BACK;
            }
            if (!now.isBefore(windowEnd)) {
                out.println("golden-hour: the window ended at " + windowEnd + " · " + r.summary());
                return exit == 0 ? 0 : 1;
            }
            Instant next = began.plus(r.step());
            if (round < maxRounds && now.isBefore(next)) {
                sleeper.sleep(Duration.between(now, next));
            }
        }
        out.println("golden-hour: stopped after " + maxRounds + " rounds (the bound given) before the window ended"
                + (windowEnd == null ? "" : " at " + windowEnd));
        return exit == 0 ? 0 : 1;
    }

    static Optional<WatchRound.WorstSlo> worse(Optional<WatchRound.WorstSlo> a, Optional<WatchRound.WorstSlo> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().badness() > a.get().badness() ? b : a;
    }

    /** {@code golden-hour round 3 · 12m30s elapsed · 2h47m30s left · worst so far: … · exit 0} */
    static String progress(WatchRound r, Instant now, Instant windowEnd, Optional<WatchRound.WorstSlo> worst) {
        Duration elapsed = Duration.between(r.from(), now).withNanos(0);
        Duration left = Duration.between(now, windowEnd).withNanos(0);
        return "golden-hour round " + r.round() + " · " + Durations.format(elapsed) + " elapsed · "
                + (left.isNegative() ? "0s" : Durations.format(left)) + " left · worst so far: "
                + worst.map(WatchRound.WorstSlo::describe).orElse("none yet") + " · " + r.summary()
                + " · exit " + r.exitCode();
    }

    /**
     * {@code Watch --env NAME [--rounds N] [--round-timeout 10m]}. The Maven command comes from
     * {@code $MVN} (default {@code mvn -B -ntp}); each round's output goes to
     * {@code target/golden-hour/round-N.log}; the Allure report is rebuilt after each round with its
     * history carried over ({@code scripts/report.sh}) so the trend covers the whole window.
     */
    public static void main(String[] args) throws Exception {
        WatchCommand command = WatchCommand.parse(args, System.getenv());
        Watch watch = new Watch(command::round, EscalationFile.DEFAULT, Clock.systemUTC(),
                d -> Thread.sleep(d.toMillis()), System.out, command.rounds());
        System.exit(watch.watch());
    }
}
