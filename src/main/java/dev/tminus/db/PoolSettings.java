package dev.tminus.db;

import dev.tminus.profile.Database;
import dev.tminus.profile.Durations;
import java.time.Duration;
import java.util.List;

/**
 * The pool settings HikariCP really runs with for a profile's {@code pool}, after its own validation:
 * HikariCP silently replaces a {@code maxLifetime} below 30s with 30m, and (from 7.0 on) refuses a
 * {@code connectionTimeout} below 250ms outright. {@link #adjustments} says what it does, in words.
 */
public record PoolSettings(int maxSize, int minIdle, Duration maxLifetime, Duration connectionTimeout,
                           int instances, List<String> adjustments) {

    public PoolSettings {
        adjustments = List.copyOf(adjustments);
    }

    /** What HikariCP makes of the profile's pool; {@code 0} lifetimes mean "no limit". */
    public static PoolSettings effective(Database.Pool pool) {
        if (pool.connectionTimeout().toMillis() > 0 && pool.connectionTimeout().toMillis() < 250) {
            return new PoolSettings(pool.maxSize(), pool.minIdle(), pool.maxLifetime(), pool.connectionTimeout(),
                    pool.instances(), List.of("HikariCP refuses to start a pool with connectionTimeout "
                    + Durations.format(pool.connectionTimeout()) + " (at least 250ms)"));
        }
        var config = Pools.baseConfig(pool.maxLifetime(), pool.connectionTimeout());
        config.setJdbcUrl("jdbc:postgresql://validation.invalid/settings");
        config.setMaximumPoolSize(pool.maxSize());
        config.setMinimumIdle(pool.minIdle());
        config.validate();
        Duration lifetime = Duration.ofMillis(config.getMaxLifetime());
        Duration timeout = Duration.ofMillis(config.getConnectionTimeout());
        var notes = new java.util.ArrayList<String>();
        if (!lifetime.equals(pool.maxLifetime())) {
            notes.add("HikariCP replaces maxLifetime " + Durations.format(pool.maxLifetime()) + " with "
                    + Durations.format(lifetime));
        }
        if (!timeout.equals(pool.connectionTimeout())) {
            notes.add("HikariCP replaces connectionTimeout " + Durations.format(pool.connectionTimeout()) + " with "
                    + Durations.format(timeout));
        }
        return new PoolSettings(config.getMaximumPoolSize(), config.getMinimumIdle(), lifetime, timeout,
                pool.instances(), notes);
    }

    /** {@code maxSize 10, minIdle 2, maxLifetime 20m, connectionTimeout 3s, 4 instances}. */
    public String describe() {
        String text = "maxSize " + maxSize + ", minIdle " + minIdle + ", maxLifetime " + Durations.format(maxLifetime)
                + ", connectionTimeout " + Durations.format(connectionTimeout) + ", " + instances + " instances";
        return adjustments.isEmpty() ? text : text + " (" + String.join("; ", adjustments) + ")";
    }
}
