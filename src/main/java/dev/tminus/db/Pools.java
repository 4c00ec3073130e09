package dev.tminus.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tminus.profile.Database;
import java.time.Duration;
import java.util.Properties;

/**
 * HikariCP pools built from a profile's {@code pool} settings, the way the game fleet will run them:
 * read-only connections, the profile's {@code maxLifetime} and {@code connectionTimeout}, driver
 * connect and socket timeouts from the same budget, and pool names without secrets
 * ({@code tminus-player-db-burst}). A pool that cannot reach its database fails within
 * {@code connectionTimeout} instead of retrying quietly.
 */
public final class Pools {

    private Pools() {
    }

    /**
     * A pool of one connection for reading server facts; opening it connects and throws HikariCP's
     * {@code PoolInitializationException} within {@code connectionTimeout} when it cannot.
     */
    public static HikariDataSource facts(Database db) {
        HikariConfig config = config(db, "facts", 1, 1);
        config.setInitializationFailTimeout(db.pool().connectionTimeout().toMillis());
        return open(db, config);
    }

    /**
     * One requester of a burst: a pool of one connection that opens it in the calling thread, so a
     * burst of n opens n physical connections in parallel, as n instances of the fleet do at launch.
     * (One pool of n opens them one after the other on its single adder thread, which measures
     * HikariCP's queue instead of the server, and it may stop short of n while requests still wait.)
     * A refused or unreachable connection throws HikariCP's {@code PoolInitializationException}
     * with the driver's cause, after retrying within {@code connectionTimeout}.
     */
    public static HikariDataSource burstMember(Database db, int member) {
        HikariConfig config = config(db, "burst-" + member, 1, 1);
        config.setInitializationFailTimeout(db.pool().connectionTimeout().toMillis());
        return open(db, config);
    }

    static HikariConfig config(Database db, String purpose, int maxSize, int minIdle) {
        HikariConfig config = baseConfig(db.pool().maxLifetime(), db.pool().connectionTimeout());
        config.setPoolName("tminus-" + db.name().replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + purpose);
        config.setJdbcUrl(db.url());
        config.setUsername(db.username());
        if (!db.password().reveal().isEmpty()) {
            config.setPassword(db.password().reveal());
        }
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(minIdle);
        config.setReadOnly(true);
        config.setAutoCommit(true);
        config.setDataSourceProperties(driverProperties(db));
        return config;
    }

    static HikariConfig baseConfig(Duration maxLifetime, Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setMaxLifetime(maxLifetime.toMillis());
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.max(250, Math.min(connectionTimeout.toMillis(), 5_000)));
        config.setLeakDetectionThreshold(0);
        config.setRegisterMbeans(false);
        return config;
    }

    /** Connect and read timeouts for the driver, from {@code connectionTimeout} (the only budget the profile gives). */
    static Properties driverProperties(Database db) {
        long budgetMs = Queries.budget(db).toMillis();
        long seconds = Math.max(1, (budgetMs + 999) / 1000);
        Properties p = new Properties();
        if (db.kind() == Database.Kind.POSTGRESQL) {
            p.setProperty("connectTimeout", Long.toString(seconds));
            p.setProperty("loginTimeout", Long.toString(seconds));
            p.setProperty("socketTimeout", Long.toString(seconds + 1));
            p.setProperty("ApplicationName", "t-minus");
        } else {
            p.setProperty("connectTimeout", Long.toString(budgetMs));
            p.setProperty("socketTimeout", Long.toString(budgetMs + 1000));
        }
        return p;
    }

    private static HikariDataSource open(Database db, HikariConfig config) {
        return new HikariDataSource(config);
    }
}
