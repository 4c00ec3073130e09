package dev.tminus.cache;

import dev.tminus.ProbeException;
import dev.tminus.check.Fact;
import dev.tminus.db.RoundTrips;
import dev.tminus.profile.Cache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * One read-only pass over a cache, on one connection: log in ({@code AUTH}, {@code SELECT}, a first
 * {@code PING}), {@value #PINGS} more {@code PING}s, {@code ROLE} and {@code INFO replication}, then
 * {@code INFO clients}, {@code INFO memory} and {@code TYPE} and the size of each planned key. The
 * profile's {@code timeout} bounds the connect and every command (Jedis's connection and socket
 * timeouts); the login is tried at most {@code attempts} times, again only when it got no answer, so a
 * cache that never answers costs at most {@code attempts × timeout}. {@code rediss://} trusts what the
 * TLS checks trust and verifies the host name. Nothing is written: the client's {@code CLIENT SETINFO}
 * on connect is switched off.
 *
 * <p>Jedis rather than Lettuce: the checks ask one node a few commands in order and time each one,
 * which a blocking client on a plain socket does without an event loop or Netty on the classpath.
 */
public final class CacheProbe {

    /** Enough for a p95 that is not just the slowest answer, few enough for a busy node not to notice. */
    public static final int PINGS = 40;

    private final String rerun;
    private final CacheTls tls;

    /** @param rerun the command that re-runs the cache checks, for messages */
    public CacheProbe(String rerun) {
        this(rerun, Optional.empty());
    }

    /**
     * @param rerun      the command that re-runs the cache checks, for messages
     * @param trustStore the profile's {@code tls.trustStore} (resolved), added to the JDK's for {@code rediss://}
     */
    public CacheProbe(String rerun, Optional<Path> trustStore) {
        this.rerun = rerun;
        this.tls = new CacheTls(trustStore);
    }

    /** Every cache of the profile, in the profile's order, by name. */
    public Map<String, CacheObservation> observeAll(List<Cache> caches) {
        Map<String, CacheObservation> all = new LinkedHashMap<>();
        caches.forEach(cache -> all.put(cache.name(), observe(cache)));
        return all;
    }

    public CacheObservation observe(Cache cache) {
        RedisTarget target = RedisTarget.of(cache);
        AtomicReference<Jedis> opened = new AtomicReference<>();
        try {
            Fact<CacheLogin> login = Fact.attempt(() -> login(opened, target, cache),
                    e -> CacheFailures.login(cache, e, 1, rerun));
            Jedis jedis = opened.get();
            if (!login.known()) {
                ProbeException why = login.failure().orElseThrow();
                return new CacheObservation(cache, login, Fact.failed(why), Fact.failed(why), Fact.failed(why),
                        Fact.failed(why), Fact.failed(why));
            }
            Session session = new Session(jedis, cache);
            CacheReads reads = new CacheReads(jedis, cache, rerun);
            Fact<RoundTrips> pings = session.ask("PING", "+ping", reads::pings);
            Fact<RoleFacts> role = session.ask("ROLE", "+role", reads::role);
            if (role.known() && role.get().kind() == RoleFacts.Kind.SENTINEL) {
                RoleFacts sentinel = role.get();
                return new CacheObservation(cache, login, pings,
                        Fact.failed(CacheFailures.sentinel(cache, sentinel, "the client slots of the data node", rerun)),
                        Fact.failed(CacheFailures.sentinel(cache, sentinel, "the data node's memory and eviction", rerun)),
                        Fact.failed(CacheFailures.sentinel(cache, sentinel, "the planned keys", rerun)), role);
            }
            Fact<ClientsInfo> clients = session.ask("INFO clients", "+info", reads::clients);
            Fact<MemoryInfo> memory = session.ask("INFO memory", "+info", reads::memory);
            Fact<List<KeyFacts>> keys = session.ask("TYPE and the size of each planned key", "+@read", reads::keys);
            return new CacheObservation(cache, login, pings, clients, memory, keys, role);
        } finally {
            if (opened.get() != null) {
                closeQuietly(opened.get());
            }
        }
    }

    /**
     * The commands after the login, in order, on the one connection. Once a command broke it (no
     * answer within the timeout, a reset), the commands after it are not sent: they carry that
     * command's failure, which names it, rather than the client's "broken connection".
     */
    private final class Session {
        private final Jedis jedis;
        private final Cache cache;
        private ProbeException broke;

        Session(Jedis jedis, Cache cache) {
            this.jedis = jedis;
            this.cache = cache;
        }

        <T> Fact<T> ask(String command, String aclHint, java.util.concurrent.Callable<T> probe) {
            if (broke != null) {
                return Fact.failed(broke);
            }
            Fact<T> fact = Fact.attempt(probe, e -> CacheFailures.command(cache, command, aclHint, e, rerun));
            if (!fact.known() && (jedis.isBroken() || !jedis.isConnected())) {
                broke = fact.failure().orElseThrow();
            }
            return fact;
        }
    }

    private static void closeQuietly(Jedis jedis) {
        try {
            jedis.close();
        } catch (RuntimeException e) {
            // a connection that never opened, or one the server already closed
        }
    }

    private DefaultJedisClientConfig config(Cache cache, RedisTarget target) {
        int timeout = (int) Math.min(Integer.MAX_VALUE, cache.timeout().toMillis());
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeout).socketTimeoutMillis(timeout)
                .database(target.database()).ssl(target.tls())
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
        if (target.tls()) {
            config.sslSocketFactory(tls.factory()).sslParameters(CacheTls.parameters());
        }
        cache.username().ifPresent(config::user);
        cache.password().ifPresent(p -> config.password(p.reveal()));
        return config.build();
    }

    /**
     * Jedis connects and sends AUTH (and SELECT) in its constructor: the clock starts before it. An
     * attempt that got no answer (timeout, refused, reset) is tried again, up to {@code attempts};
     * an answer (a refused login, garbage, a certificate) is final.
     */
    private CacheLogin login(AtomicReference<Jedis> opened, RedisTarget target, Cache cache) {
        DefaultJedisClientConfig config;
        try {
            config = config(cache, target);
        } catch (ProbeException e) {
            throw e.reworded(RedisTarget.describe(cache) + " cannot be asked over TLS: " + e.getMessage() + "; re-run: "
                    + rerun);
        }
        List<String> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            Jedis jedis = null;
            try {
                jedis = new Jedis(new HostAndPort(target.host(), target.port()), config);
                jedis.connect();
                String pong = pong(jedis);
                opened.set(jedis);
                return new CacheLogin(Duration.ofNanos(System.nanoTime() - start), cache.timeout(),
                        cache.username().orElse("default"), attempt, cache.attempts(), earlier, pong);
            } catch (RuntimeException e) {
                if (jedis != null) {
                    closeQuietly(jedis);
                }
                if (attempt >= cache.attempts() || !CacheFailures.worthRetrying(e)) {
                    throw CacheFailures.login(cache, e, attempt, rerun);
                }
                earlier.add("attempt " + attempt + ": " + CacheFailures.login(cache, e, attempt, rerun).summary()
                        .orElse(e.getClass().getSimpleName()));
            }
        }
    }

    /**
     * The first PING's answer. A node that is loading its data ({@code LOADING}) or a replica that lost
     * its primary and serves no stale data ({@code MASTERDOWN}) refuses PING after letting the user in:
     * the login holds, and the checks that need its answers say why they have none.
     */
    private static String pong(Jedis jedis) {
        try {
            return jedis.ping();
        } catch (redis.clients.jedis.exceptions.JedisDataException e) {
            String answer = String.valueOf(e.getMessage());
            if ((answer.startsWith("MASTERDOWN") || answer.startsWith("LOADING")) && !jedis.isBroken()) {
                return answer.lines().findFirst().orElse(answer).strip();
            }
            throw e;
        }
    }
}
