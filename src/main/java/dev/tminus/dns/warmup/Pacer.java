package dev.tminus.dns.warmup;

/** Spaces queries out to at most {@code rate} a second (0: no bound), across every resolver. */
final class Pacer {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacer(double rate) {
        this.intervalNanos = rate <= 0 ? 0 : (long) (1_000_000_000L / rate);
    }

    /** Waits for the next slot. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, next);
            next = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
