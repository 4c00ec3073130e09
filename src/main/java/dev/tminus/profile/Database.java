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
        Duration maxIdleInTransaction) {

    public enum Kind { POSTGRESQL, MARIADB }

    /** PostgreSQL for {@code jdbc:postgresql:}, MariaDB for {@code jdbc:mariadb:} and {@code jdbc:mysql:}. */
    public Kind kind() {
        return url.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.MARIADB;
    }

    /** The pool each service instance will run with. */
    public record Pool(int maxSize, int minIdle, Duration maxLifetime, Duration connectionTimeout, int instances) {
    }
}
