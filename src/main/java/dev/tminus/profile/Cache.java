package dev.tminus.profile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Redis node behind the matcher or the sessions ({@code caches:}).
 *
 * @param url             {@code redis://host:port/db} or {@code rediss://} (TLS); never a password in it
 * @param username        the ACL user (Redis 6+); empty: the default user
 * @param password        only ever from {@code ${ENV_VAR}}; masked everywhere; empty: none
 * @param timeout         connect and every command
 * @param maxLatency      PING round trip, p95
 * @param clients         the fleet's connections, judged against {@code maxclients}
 * @param maxmemoryPolicy the eviction policy the plan requires, when it names one
 * @param keys            data the launch relies on, read-only
 * @param role            what the node is planned as: the primary the matcher writes to, or a replica of it
 * @param replicas        on a primary: replicas that must be connected to it and in sync (0: none planned)
 * @param attempts        tries of the connect and login, each within {@code timeout} (1 = no retry)
 */
public record Cache(
        String name,
        String url,
        Optional<String> username,
        Optional<Secret> password,
        Duration timeout,
        Duration maxLatency,
        Clients clients,
        Optional<String> maxmemoryPolicy,
        List<Key> keys,
        Role role,
        int replicas,
        int attempts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** As {@code dns.attempts}: one retry. */
    public static final int DEFAULT_ATTEMPTS = 2;

    /** What a node is planned as ({@code role:}). */
    public enum Role {
        /** Answers {@code ROLE} as master and takes the matcher's writes. */
        PRIMARY,
        /** Answers {@code ROLE} as a replica whose link to its primary is up. */
        REPLICA;

        /** {@code primary}, {@code replica}: as the profile writes it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
    /** The seed's matcher budget. */
    public static final Duration DEFAULT_MAX_LATENCY = Duration.ofMillis(86);

    public Cache {
        keys = List.copyOf(keys);
    }

    /** A cache with only its name and URL: no user, no password, the default timeout, budget and clients. */
    public static Cache of(String name, String url) {
        return new Cache(name, url, Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_MAX_LATENCY,
                Clients.DEFAULT, Optional.empty(), List.of(), Role.PRIMARY, 0, DEFAULT_ATTEMPTS);
    }

    public Cache withPassword(String username, Secret password) {
        return new Cache(name, url, Optional.of(username), Optional.of(password), timeout, maxLatency, clients,
                maxmemoryPolicy, keys, role, replicas, attempts);
    }

    public Cache withClients(Clients clients) {
        return new Cache(name, url, username, password, timeout, maxLatency, clients, maxmemoryPolicy, keys, role,
                replicas, attempts);
    }

    /** The same cache with another timeout and number of attempts. */
    public Cache withTimeout(Duration timeout, int attempts) {
        return new Cache(name, url, username, password, timeout, maxLatency, clients, maxmemoryPolicy, keys, role,
                replicas, attempts);
    }

    /** The same cache planned in another role, with this many replicas. */
    public Cache withRole(Role role, int replicas) {
        return new Cache(name, url, username, password, timeout, maxLatency, clients, maxmemoryPolicy, keys, role,
                replicas, attempts);
    }

    /** The same cache planning these keys. */
    public Cache withKeys(List<Key> keys) {
        return new Cache(name, url, username, password, timeout, maxLatency, clients, maxmemoryPolicy, keys, role,
                replicas, attempts);
    }

    /**
     * What the fleet holds open: {@code instances × poolSize + otherClients}.
     *
     * @param otherClients connections everything else may hold (workers, dashboards, replicas)
     */
    public record Clients(int instances, int poolSize, int otherClients) {

        /** One instance with Jedis's default pool of 8, nothing else. */
        public static final Clients DEFAULT = new Clients(1, 8, 0);

        public int planned() {
            return instances * poolSize + otherClients;
        }

        /** {@code 8 × 32 + 50 = 306}. */
        public String arithmetic() {
            return instances + " × " + poolSize + " + " + otherClients + " = " + planned();
        }
    }

    /**
     * A key that must exist with its type and at least {@code minSize} members.
     *
     * @param type Redis's own name for it: string, list, set, zset, hash, stream
     */
    public record Key(String key, String type, int minSize) {
    }
}
