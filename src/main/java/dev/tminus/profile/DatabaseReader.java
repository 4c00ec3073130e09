package dev.tminus.profile;

import java.time.Duration;
import java.util.Set;

/** Reads one entry of {@code databases}. */
final class DatabaseReader {

    private DatabaseReader() {
    }

    static Database read(Node node) {
        if (!node.isMap(Set.of("name", "url", "username", "pool"),
                Set.of("password", "otherClients", "pathIdleTimeout", "maxQueryLatency", "burst",
                        "maxIdleInTransaction"))) {
            return null;
        }
        String name = node.get("name").requiredText("a database name like player-db");
        String url = Literals.jdbcUrl(node.get("url"));
        String username = node.get("username").requiredText("the account the checks log in with");
        Secret password = node.get("password").present() ? node.get("password").secret() : new Secret("", null);
        Database.Pool pool = pool(node.get("pool"));
        Integer otherClients = node.get("otherClients").integer(0, 1_000_000, 0);
        Duration pathIdle = node.get("pathIdleTimeout").duration(Duration.ofMinutes(30));
        Duration maxQueryLatency = node.get("maxQueryLatency").duration(Duration.ofMillis(50));
        Integer burst = node.get("burst").integer(1, 10_000, 20);
        Duration maxIdleInTx = node.get("maxIdleInTransaction").duration(Duration.ofSeconds(30));
        if (name == null || url == null || username == null || password == null || pool == null
                || otherClients == null || burst == null) {
            return null;
        }
        return new Database(name, url, username, password, pool, otherClients, pathIdle, maxQueryLatency, burst,
                maxIdleInTx);
    }

    private static Database.Pool pool(Node node) {
        if (!node.isMap(Set.of("maxSize"), Set.of("minIdle", "maxLifetime", "connectionTimeout", "instances"))) {
            return null;
        }
        Integer maxSize = node.get("maxSize").integer(1, 100_000, null);
        Integer minIdle = node.get("minIdle").integer(0, 100_000, 0);
        Duration maxLifetime = node.get("maxLifetime").duration(Duration.ofMinutes(30));
        Duration connectionTimeout = node.get("connectionTimeout").duration(Duration.ofSeconds(3));
        Integer instances = node.get("instances").integer(1, 100_000, 1);
        if (maxSize != null && minIdle != null && minIdle > maxSize) {
            node.get("minIdle").problem("expected at most maxSize (" + maxSize + "), got " + minIdle);
            return null;
        }
        if (maxLifetime != null && maxLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            node.get("maxLifetime").problem("expected at least 30s (HikariCP silently resets shorter lifetimes"
                    + " to 30m), got " + Durations.format(maxLifetime));
            return null;
        }
        if (maxSize == null || minIdle == null || instances == null || maxLifetime == null
                || connectionTimeout == null) {
            return null;
        }
        return new Database.Pool(maxSize, minIdle, maxLifetime, connectionTimeout, instances);
    }
}
