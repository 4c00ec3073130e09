package dev.tminus.db;

import java.time.Duration;

/**
 * Whether the burst's connections went back: the pool's active count once every borrower closed
 * its connection, and the server's count of this account's connections before the burst, at its
 * peak, and after the pool was closed (polled for up to {@code connectionTimeout}).
 */
public record ReturnResult(int baseline, int peak, int after, Duration waited, PoolSnapshot poolAfterReturn) {

    public String describe() {
        return "pool after return " + poolAfterReturn + "\n"
                + "server connections of this account: " + baseline + " before the burst, " + peak
                + " during it, " + after + " after the pool closed (waited " + Percentiles.millis(waited) + ")\n";
    }
}
