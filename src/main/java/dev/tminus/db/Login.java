package dev.tminus.db;

import java.time.Duration;

/** The first connection: how long opening and authenticating took, and who the server says it is. */
public record Login(Duration took, String product, String version, String account, String database,
                    PoolSettings settings) {

    public String describe() {
        return product + " " + version + "\naccount " + account + ", database " + database + "\nconnected in "
                + Percentiles.millis(took) + "\npool as the fleet runs it: " + settings.describe() + "\n";
    }
}
