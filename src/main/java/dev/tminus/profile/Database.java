package dev.tminus.profile;

import java.time.Duration;
import java.util.Optional;

/**
 * A database the service fleet will open pools against.
 *
 * @param url                  JDBC URL (PostgreSQL, MariaDB or MySQL)
 * @param password             only ever from {@code ${ENV_VAR}}; masked everywhere
 * @param otherClients         connections everything else may hold
 * @param pathIdleTimeout      idle timeout of any LB, NAT or firewall on the path; empty when the profile
 *                             names none (then only the server's idle limits count)
 * @param maxQueryLatency      SELECT 1 round trip, p95
 * @param burst                connections the suite opens at once to prove capacity (default: the pool's
 *                             maxSize, at most 20)
 * @param maxIdleInTransaction no session may sit idle in a transaction longer (default 30s)
 * @param fleetUsername        the account the service fleet logs in with, when it is not {@code username}:
 *                             its connection limit and its open connections are the ones the fleet's
 *                             pools count against (DB-02, DB-03); empty, the fleet uses {@code username}
 */
public record Database(
        String name,
        String url,
        String username,
        Secret password,
        Pool pool,
        int otherClients,
        Optional<Duration> pathIdleTimeout,
        Duration maxQueryLatency,
        int burst,
        Duration maxIdleInTransaction,
        Optional<String> fleetUsername) {

    public Database {
        fleetUsername = fleetUsername.filter(f -> !f.equals(username));
    }

    public enum Kind { POSTGRESQL, MARIADB }

    /** PostgreSQL for {@code jdbc:postgresql:}, MariaDB for {@code jdbc:mariadb:} and {@code jdbc:mysql:}. */
    public Kind kind() {
        return url.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.MARIADB;
    }

    /** The pool each service instance will run with. */
    public record Pool(int maxSize, int minIdle, Duration maxLifetime, Duration connectionTimeout, int instances) {

        /** A pool of {@code maxSize} with the values a profile that writes only {@code maxSize} loads with. */
        public static Pool of(int maxSize) {
            return new Pool(maxSize, 0, DEFAULT_MAX_LIFETIME, DEFAULT_CONNECTION_TIMEOUT, 1);
        }

        public Pool withMinIdle(int minIdle) {
            return new Pool(maxSize, minIdle, maxLifetime, connectionTimeout, instances);
        }

        public Pool withMaxLifetime(Duration maxLifetime) {
            return new Pool(maxSize, minIdle, maxLifetime, connectionTimeout, instances);
        }

        public Pool withConnectionTimeout(Duration connectionTimeout) {
            return new Pool(maxSize, minIdle, maxLifetime, connectionTimeout, instances);
        }

        public Pool withInstances(int instances) {
            return new Pool(maxSize, minIdle, maxLifetime, connectionTimeout, instances);
        }
    }

    /** Defaults of keys a profile may leave out; the reader and {@link Builder} use the same. */
    static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);
    static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    static final Duration DEFAULT_MAX_QUERY_LATENCY = Duration.ofMillis(50);
    static final Duration DEFAULT_MAX_IDLE_IN_TRANSACTION = Duration.ofSeconds(30);
    /** The most connections the suite opens at once when the profile does not say. */
    static final int DEFAULT_BURST = 20;

    /**
     * A database with the required keys; every other key has the value a profile that leaves it out
     * loads with (no password, no other clients, burst {@code min(20, pool.maxSize)}).
     */
    public static Builder builder(String name, String url, String username, Pool pool) {
        return new Builder(name, url, username, pool);
    }

    /** A copy to change: {@code db.toBuilder().username("other").build()}. */
    public Builder toBuilder() {
        return new Builder(name, url, username, pool).password(password).otherClients(otherClients)
                .pathIdleTimeout(pathIdleTimeout).maxQueryLatency(maxQueryLatency).burst(burst)
                .maxIdleInTransaction(maxIdleInTransaction).fleetUsername(fleetUsername);
    }

    /** The account the fleet's pools count against: {@code fleetUsername}, else {@code username}. */
    public String fleetAccount() {
        return fleetUsername.orElse(username);
    }

    /** Builds a {@link Database}; see {@link #builder}. */
    public static final class Builder {
        private String name;
        private String url;
        private String username;
        private Secret password = new Secret("", null);
        private Pool pool;
        private int otherClients = 0;
        private Optional<Duration> pathIdleTimeout = Optional.empty();
        private Duration maxQueryLatency = DEFAULT_MAX_QUERY_LATENCY;
        private Integer burst; // null: min(20, pool.maxSize)
        private Duration maxIdleInTransaction = DEFAULT_MAX_IDLE_IN_TRANSACTION;
        private Optional<String> fleetUsername = Optional.empty();

        private Builder(String name, String url, String username, Pool pool) {
            this.name = name;
            this.url = url;
            this.username = username;
            this.pool = pool;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(Secret password) {
            this.password = password;
            return this;
        }

        public Builder pool(Pool pool) {
            this.pool = pool;
            return this;
        }

        public Builder otherClients(int otherClients) {
            this.otherClients = otherClients;
            return this;
        }

        public Builder pathIdleTimeout(Optional<Duration> pathIdleTimeout) {
            this.pathIdleTimeout = pathIdleTimeout;
            return this;
        }

        public Builder maxQueryLatency(Duration maxQueryLatency) {
            this.maxQueryLatency = maxQueryLatency;
            return this;
        }

        public Builder burst(int burst) {
            this.burst = burst;
            return this;
        }

        public Builder maxIdleInTransaction(Duration maxIdleInTransaction) {
            this.maxIdleInTransaction = maxIdleInTransaction;
            return this;
        }

        public Builder fleetUsername(Optional<String> fleetUsername) {
            this.fleetUsername = fleetUsername;
            return this;
        }

        public Database build() {
            return new Database(name, url, username, password, pool, otherClients, pathIdleTimeout, maxQueryLatency,
                    burst != null ? burst : Math.min(DEFAULT_BURST, pool.maxSize()), maxIdleInTransaction, fleetUsername);
        }
    }
}
