package dev.tminus.profile;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code databases}. */
final class DatabaseReader {

    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration WEEK = Duration.ofDays(7);
    static final int DEFAULT_BURST = Database.DEFAULT_BURST;

    private DatabaseReader() {
    }

    static Database read(Node node) {
        if (!node.isMap(Set.of("name", "url", "username", "pool"),
                Set.of("password", "otherClients", "pathIdleTimeout", "maxQueryLatency", "burst",
                        "maxIdleInTransaction", "fleetUsername"))) {
            return null;
        }
        String name = node.get("name").requiredText("a database name like player-db");
        String url = Urls.jdbc(node.get("url"));
        String username = node.get("username").requiredText("the account the checks log in with");
        Secret password = node.get("password").present() ? node.get("password").secret() : new Secret("", null);
        Database.Pool pool = pool(node.get("pool"));
        Integer otherClients = node.get("otherClients").integer(0, 1_000_000, 0);
        // Left out, nothing on the path is known to end idle connections: only the server's limits count.
        boolean pathIdleWritten = node.get("pathIdleTimeout").present();
        Duration pathIdle = pathIdleWritten ? node.get("pathIdleTimeout").duration(Duration.ofSeconds(1), WEEK, null)
                : Duration.ZERO;
        Duration maxQueryLatency = node.get("maxQueryLatency").duration(MS, Duration.ofMinutes(1), Database.DEFAULT_MAX_QUERY_LATENCY);
        // Left out, the burst is one instance's pool opening cold, at most 20: never more than the plan asks for.
        Integer burst = node.get("burst").integer(1, 10_000, pool == null ? 1 : Math.min(DEFAULT_BURST, pool.maxSize()));
        Node fleetNode = node.get("fleetUsername");
        String fleet = fleetNode.present() ? fleetNode.requiredText("the account the service fleet logs in with") : "";
        Duration maxIdleInTx = node.get("maxIdleInTransaction").duration(MS, WEEK, Database.DEFAULT_MAX_IDLE_IN_TRANSACTION);
        if (name == null || url == null || username == null || password == null || pool == null
                || otherClients == null || burst == null || pathIdle == null || maxQueryLatency == null
                || maxIdleInTx == null || fleet == null) {
            return null;
        }
        return new Database(name, url, username, password, pool, otherClients,
                pathIdleWritten ? Optional.of(pathIdle) : Optional.empty(), maxQueryLatency, burst, maxIdleInTx,
                fleet.isEmpty() ? Optional.empty() : Optional.of(fleet));
    }

    private static Database.Pool pool(Node node) {
        if (!node.require("the pool of each service instance like {maxSize: 200, minIdle: 40, instances: 8}")
                || !node.isMap(Set.of("maxSize"), Set.of("minIdle", "maxLifetime", "connectionTimeout", "instances"))) {
            return null;
        }
        Integer maxSize = node.get("maxSize").integer(1, 100_000, null);
        Integer minIdle = node.get("minIdle").integer(0, 100_000, 0);
        Node lifetime = node.get("maxLifetime");
        Duration maxLifetime = lifetime.duration(Duration.ZERO, WEEK, Database.DEFAULT_MAX_LIFETIME);
        if (maxLifetime != null && maxLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            lifetime.problem("expected at least 30s (HikariCP silently resets shorter lifetimes to 30m), got "
                    + Durations.format(maxLifetime));
            maxLifetime = null;
        }
        Node timeout = node.get("connectionTimeout");
        Duration connectionTimeout = timeout.duration(Duration.ZERO, Duration.ofMinutes(5), Database.DEFAULT_CONNECTION_TIMEOUT);
        if (connectionTimeout != null && connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
            timeout.problem("expected at least 250ms (HikariCP's minimum; 0s would mean wait forever), got "
                    + Durations.format(connectionTimeout));
            connectionTimeout = null;
        }
        Integer instances = node.get("instances").integer(1, 100_000, 1);
        if (maxSize != null && minIdle != null && minIdle > maxSize) {
            node.get("minIdle").problem("expected at most maxSize (" + maxSize + "), got " + minIdle);
            return null;
        }
        if (maxSize == null || minIdle == null || instances == null || maxLifetime == null
                || connectionTimeout == null) {
            return null;
        }
        return new Database.Pool(maxSize, minIdle, maxLifetime, connectionTimeout, instances);
    }
}
