package dev.tminus.sandbox.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.sandbox.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cache faults of the sandbox: each declares what it does to the {@link CacheSetup} (faults in the
 * environment) or to the sandbox profile (faults in the plan), and which checks it turns red.
 */
public final class CacheFaults {

    static final String TAG = "cache";
    /** The sandbox's own redis-server (never the machine's 6379), and the helpers one port up each. */
    static final int REDIS_PORT = 16379;
    static final int PROXY_PORT = 16380;
    static final int SILENT_PORT = 16381;
    static final int GARBAGE_PORT = 16382;
    /** The sandbox's replica of the primary: the sandbox administers it here, the checks ask it over TLS one up. */
    static final int REPLICA_PORT = 16383;
    static final int REPLICA_TLS_PORT = 16384;

    /** The healthy limit: far above the plan's 4 × 8 + 10 = 42. */
    static final int MAXCLIENTS = 200;
    /** The fault's limit: below the plan's 42. */
    static final int SMALL_MAXCLIENTS = 30;
    /** The healthy memory limit, far above what an empty node uses (about 1 MB). */
    static final String MAXMEMORY = "64mb";
    /** What the slow path adds to every answer after the login: above the sandbox's maxLatency of 50ms. */
    static final long SLOW_PATH_DELAY_MS = 80;

    public static final String WRONG_PASSWORD = "cache-wrong-password";
    static final String SLOW_REPLIES = "cache-slow-replies";
    static final String MAXCLIENTS_TOO_SMALL = "cache-maxclients-too-small";
    static final String ALLKEYS_LRU = "cache-allkeys-lru";
    static final String KEY_MISSING = "cache-key-missing";
    static final String INFO_REFUSED = "cache-info-refused";
    static final String KEY_WRONG_TYPE = "cache-key-wrong-type";
    /** The key the sandbox profile plans, as the seed's matcher names its pools. */
    static final String POOL_KEY = "matcher:pool:eu";
    static final String MEMORY_NEARLY_FULL = "cache-memory-nearly-full";
    public static final String SILENT_PORT_FAULT = "cache-silent-port";
    public static final String GARBAGE_PORT_FAULT = "cache-garbage-port";
    static final String REPLICA_LOST_PRIMARY = "cache-replica-lost-primary";
    static final String PRIMARY_IS_REPLICA = "cache-primary-is-replica";
    static final String TLS_WRONG_NAME = "cache-tls-wrong-name";
    /** The name on the certificate the wrong-name fault serves instead of localhost. */
    static final String WRONG_TLS_NAME = "cache.game.tminus.test";

    private CacheFaults() {
    }

    public static List<Fault<CacheSetup>> all() {
        return List.of(
                Fault.<CacheSetup>breaksEveryCheckOf(WRONG_PASSWORD, TAG, "refused the login of user tminus_check",
                        "the ACL user's password in the profile is wrong: Redis answers WRONGPASS", Fault.none())
                        .failingInstead("CACHE-01")
                        .withProfilePatch(each(cache -> cache.put("password",
                                "${TMINUS_SANDBOX_WRONG_CACHE_PASSWORD:-wrong-sandbox-cache-pw}"))),
                new Fault<CacheSetup>(SLOW_REPLIES, TAG, "a proxy on the path delays every answer after the login by "
                        + SLOW_PATH_DELAY_MS + "ms", Set.of("CACHE-02"), Set.of(), "PING round trips p95", p -> { },
                        s -> s.pathDelay = Duration.ofMillis(SLOW_PATH_DELAY_MS))
                        .withProfilePatch(port(REDIS_PORT, PROXY_PORT)),
                new Fault<CacheSetup>(MAXCLIENTS_TOO_SMALL, TAG, "redis-server's maxclients is " + SMALL_MAXCLIENTS
                        + ", fewer than the plan's 4 × 8 + 10 = 42", Set.of("CACHE-03"), Set.of(),
                        "has no room for the fleet", p -> { }, s -> s.maxclients = SMALL_MAXCLIENTS),
                new Fault<CacheSetup>(ALLKEYS_LRU, TAG, "redis-server evicts by allkeys-lru where the plan requires"
                        + " noeviction", Set.of("CACHE-04"), Set.of(), "evicts by maxmemory-policy allkeys-lru", p -> { },
                        s -> s.maxmemoryPolicy = "allkeys-lru"),
                new Fault<CacheSetup>(MEMORY_NEARLY_FULL, TAG, "redis-server's maxmemory is just above what it uses now",
                        Set.of("CACHE-04"), Set.of(), "is close to its memory limit", p -> { },
                        s -> s.memoryNearlyFull = true),
                new Fault<CacheSetup>(KEY_MISSING, TAG, "the matcher's pool " + POOL_KEY + " does not exist",
                        Set.of("CACHE-06"), Set.of(), POOL_KEY + ": missing", p -> { }, s -> s.poolKey = "none"),
                new Fault<CacheSetup>(KEY_WRONG_TYPE, TAG, POOL_KEY + " holds a string instead of a sorted set",
                        Set.of("CACHE-06"), Set.of(), POOL_KEY + ": string", p -> { }, s -> s.poolKey = "string"),
                new Fault<CacheSetup>(INFO_REFUSED, TAG, "the ACL refuses INFO to the checks' user (-info), as"
                        + " hardened nodes do: the client slots and memory cannot be judged", Set.of(),
                        Set.of("CACHE-03", "CACHE-04"), "ACL SETUSER tminus_check +info", p -> { },
                        s -> s.infoAllowed = false),
                new Fault<CacheSetup>(REPLICA_LOST_PRIMARY, TAG, "the replica follows a primary that never answers"
                        + " (REPLICAOF 127.0.0.1:" + SILENT_PORT + "): its link is down and the primary has no replica",
                        Set.of("CACHE-05"), Set.of(), "master_link_status:down", p -> { },
                        s -> s.replicaFollowsPrimary = false),
                new Fault<CacheSetup>(PRIMARY_IS_REPLICA, TAG, "the node planned as primary is a replica (REPLICAOF"
                        + " 127.0.0.1:" + SILENT_PORT + ", as after a failover elsewhere): read-only", Set.of("CACHE-05"),
                        Set.of(), "is planned as the primary but answers ROLE as a replica", p -> { },
                        s -> s.primaryIsReplica = true),
                new Fault<CacheSetup>(TLS_WRONG_NAME, TAG, "the replica's TLS port serves a certificate of the sandbox CA"
                        + " for " + WRONG_TLS_NAME + ", not for localhost, the name the profile asks for",
                        Set.of("CACHE-01"), Set.of("CACHE-02", "CACHE-03", "CACHE-04", "CACHE-05"),
                        "served a certificate the checks do not accept: No subject alternative DNS name matching localhost",
                        p -> { }, s -> s.replicaCertificateForLocalhost = false),
                Fault.<CacheSetup>breaksEveryCheckOf(SILENT_PORT_FAULT, TAG, "no answer within the timeout",
                        "the profile points the cache at a port that accepts connections and never answers", Fault.none())
                        .withProfilePatch(port(SILENT_PORT)),
                Fault.<CacheSetup>breaksEveryCheckOf(GARBAGE_PORT_FAULT, TAG, "not Redis's protocol",
                        "the profile points the cache at a port that answers HTTP", Fault.none())
                        .withProfilePatch(port(GARBAGE_PORT)));
    }

    private static Consumer<ObjectNode> port(int port) {
        return each(cache -> cache.put("url", cache.get("url").asText().replaceFirst(":\\d+/", ":" + port + "/")));
    }

    /** Only the caches on {@code from} move to {@code to} (the replica stays where it is). */
    private static Consumer<ObjectNode> port(int from, int to) {
        return each(cache -> cache.put("url", cache.get("url").asText().replace(":" + from + "/", ":" + to + "/")));
    }

    private static Consumer<ObjectNode> each(Consumer<ObjectNode> edit) {
        return tree -> tree.withArray("caches").forEach(cache -> edit.accept((ObjectNode) cache));
    }
}
