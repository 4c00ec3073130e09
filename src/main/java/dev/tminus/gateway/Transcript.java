package dev.tminus.gateway;

import java.util.ArrayList;
import java.util.List;

/**
 * What crossed one connection, with timings from the moment the socket was opened: the upgrade's
 * request and answer, then every frame sent ({@code →}) and received ({@code ←}).
 */
public final class Transcript {

    private final long start = System.nanoTime();
    private final List<String> lines = new ArrayList<>();

    /** Milliseconds since the socket was opened. */
    public synchronized long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    long startNanos() {
        return start;
    }

    public synchronized void sent(Frame frame) {
        line("→ " + frame.describe());
    }

    public synchronized void received(Frame frame, int fragments, long atNanos) {
        line(atNanos, "← " + frame.describe() + (fragments > 1 ? " (in " + fragments + " fragments)" : ""));
    }

    public synchronized void note(String text) {
        line("· " + text);
    }

    private void line(String text) {
        line(System.nanoTime(), text);
    }

    private void line(long atNanos, String text) {
        lines.add(String.format(java.util.Locale.ROOT, "+%6dms %s", (atNanos - start) / 1_000_000, text));
    }

    /** Every line so far, one a line. */
    public synchronized String text() {
        return lines.isEmpty() ? "(nothing was exchanged)\n" : String.join("\n", lines) + "\n";
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
