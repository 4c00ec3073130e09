package dev.tminus.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Warnings a checklist run gathers beside its results, such as a waiver that would waive nothing,
 * for the verdict written when the run ends (console summary and readiness.*). A listener that works
 * them out beside the run registers a future with {@link #expect()} and completes it; the verdict
 * waits for them a bounded time ({@link #collect}). The checklist runs once per JVM, so this is one
 * list per JVM, emptied by {@link #collect}.
 */
public final class RunWarnings {

    private static final List<CompletableFuture<List<String>>> PENDING = new CopyOnWriteArrayList<>();

    private RunWarnings() {
    }

    /** Warnings that will be known later; complete the future with them (an empty list when none). */
    public static CompletableFuture<List<String>> expect() {
        CompletableFuture<List<String>> warnings = new CompletableFuture<>();
        PENDING.add(warnings);
        return warnings;
    }

    /** Every warning registered so far, waiting at most {@code patience} in all for those not yet known. */
    public static List<String> collect(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> all = new ArrayList<>();
        for (CompletableFuture<List<String>> pending : PENDING) {
            try {
                all.addAll(pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException | ExecutionException e) {
                // not known in time: the console already shows what was printed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        PENDING.clear();
        return all;
    }
}
