package dev.tminus.cache;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.db.RoundTrips;
import dev.tminus.profile.Cache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * The read-only commands of a cache pass after the login, on its one connection: {@code PING}s,
 * {@code ROLE} with {@code INFO replication}, {@code INFO clients}, {@code INFO memory}, and
 * {@code TYPE} with the size of each planned key. Each returns what Redis answered, parsed, or throws
 * what went wrong; {@link CacheProbe} turns that into facts and stops after a broken connection.
 */
final class CacheReads {

    private final Jedis jedis;
    private final Cache cache;
    private final String rerun;

    CacheReads(Jedis jedis, Cache cache, String rerun) {
        this.jedis = jedis;
        this.cache = cache;
        this.rerun = rerun;
    }

    RoundTrips pings() {
        List<Duration> samples = new ArrayList<>();
        for (int i = 0; i < CacheProbe.PINGS; i++) {
            long start = System.nanoTime();
            jedis.ping();
            samples.add(Duration.ofNanos(System.nanoTime() - start));
        }
        return new RoundTrips("PING", samples);
    }

    /** {@code ROLE} judges the role; {@code INFO replication}, when the ACL allows it, adds Redis's words for the link. */
    RoleFacts role() {
        RoleFacts role = RoleFacts.parse(jedis.role(), RedisTarget.describe(cache));
        if (role.kind() == RoleFacts.Kind.SENTINEL) {
            return role;
        }
        try {
            return role.withReplication(Optional.of(jedis.info("replication")), Optional.empty());
        } catch (RuntimeException e) {
            if (!jedis.isConnected() || jedis.isBroken()) {
                throw e;
            }
            return role.withReplication(Optional.empty(), Optional.of(
                    CacheFailures.command(cache, "INFO replication", "+info", e, rerun).summary().orElse("refused")));
        }
    }

    /**
     * {@code TYPE}, then the type's own count ({@code ZCARD}, {@code SCARD}, ...): read-only, O(1). A
     * cluster node's {@code CLUSTERDOWN} is its answer about the key (the cluster cannot serve it); a
     * {@code MOVED}/{@code ASK} says another node serves it, so it cannot be judged here.
     */
    List<KeyFacts> keys() {
        List<KeyFacts> found = new ArrayList<>();
        for (Cache.Key key : cache.keys()) {
            try {
                String type = jedis.type(key.key());
                long size = switch (type) {
                    case "zset" -> jedis.zcard(key.key());
                    case "set" -> jedis.scard(key.key());
                    case "list" -> jedis.llen(key.key());
                    case "hash" -> jedis.hlen(key.key());
                    case "string" -> jedis.strlen(key.key());
                    case "stream" -> jedis.xlen(key.key());
                    default -> 0;
                };
                found.add(new KeyFacts(key, type, size));
            } catch (JedisRedirectionException e) {
                throw CacheFailures.moved(cache, key.key(), e, rerun);
            } catch (JedisClusterException e) {
                found.add(KeyFacts.clusterDown(key, e.getMessage().lines().findFirst().orElse("CLUSTERDOWN").strip()));
            }
        }
        return found;
    }

    MemoryInfo memory() {
        MemoryInfo info = MemoryInfo.parse(jedis.info("memory"));
        if (info == null) {
            throw ProbeException.of(Cause.GARBAGE, RedisTarget.describe(cache)
                    + " answered INFO memory without used_memory, maxmemory and maxmemory_policy", null);
        }
        return info;
    }

    ClientsInfo clients() {
        String section = jedis.info("clients");
        ClientsInfo info = ClientsInfo.parse(section);
        if (info == null) {
            throw ProbeException.of(Cause.GARBAGE, RedisTarget.describe(cache)
                    + " answered INFO clients without maxclients and connected_clients (Redis before 7.0 lists"
                    + " maxclients only in CONFIG GET maxclients): cannot count its free slots", null);
        }
        return info;
    }
}
