package dev.tminus.db;

import java.time.Duration;

/**
 * Logging in: how long opening and authenticating a connection took once the client was warm
 * ({@code took}), how long the run's first login took including loading the driver ({@code cold}),
 * and who the server says it is.
 */
public record Login(Duration took, Duration cold, String product, String version, String account, String database,
                    PoolSettings settings) {

    public String describe() {
        return product + " " + version + "\naccount " + account + ", database " + database + "\nlogged in in "
                + Percentiles.millis(took) + " (first login of the run, loading the driver: " + Percentiles.millis(cold)
                + ")\npool as the fleet runs it: " + settings.describe() + "\n";
    }
}
