package dev.tminus.sandbox.cache;

import dev.tminus.profile.Cache;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import dev.tminus.sandbox.db.LoopbackProxy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * The matcher's Redis in a box: its own {@code redis-server} (Debian's package, installed by
 * {@code make setup}) on 127.0.0.1:{@value CacheFaults#REDIS_PORT} with its own config in the
 * sandbox's work directory, never the machine's 6379. The default user is off; the checks log in as
 * the profile's ACL user with read-only commands only, the sandbox as an administrator with a password
 * made for this run. A loopback proxy plays a slow path, two fake ports a hung node and a port that
 * is not Redis.
 */
public final class CacheSandbox implements SandboxComponent<CacheSetup> {

    private static final String ADMIN = "tminus_admin";

    private final List<Fault<CacheSetup>> faults = CacheFaults.all();
    private final FakePorts fakePorts = new FakePorts();
    private LoopbackProxy proxy;
    private Process server;
    private Path pidFile;
    private String adminPassword;
    private String checkUser;

    @Override
    public String name() {
        return "cache";
    }

    @Override
    public Set<String> serves() {
        return Set.of("cache");
    }

    @Override
    public List<Fault<CacheSetup>> faults() {
        return faults;
    }

    @Override
    public void start(SandboxContext context) throws Exception {
        Cache cache = context.profile().caches().get(0);
        checkUser = cache.username().orElseThrow();
        Path dir = context.workDir().toAbsolutePath();
        Files.createDirectories(dir);
        pidFile = dir.resolve("redis-server.pid");
        killLeftover();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        adminPassword = HexFormat.of().formatHex(random);
        Path config = dir.resolve("redis.conf");
        Files.writeString(config, config(dir, cache));
        server = new ProcessBuilder(redisServer(), config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis-server.log").toFile())).start();
        Files.writeString(pidFile, Long.toString(server.pid()));
        awaitReady(dir);
        proxy = new LoopbackProxy(CacheFaults.PROXY_PORT, new InetSocketAddress("127.0.0.1", CacheFaults.REDIS_PORT));
        proxy.start();
        fakePorts.start(CacheFaults.SILENT_PORT, CacheFaults.GARBAGE_PORT);
    }

    /** Redis's ACL takes a password as its SHA-256 ({@code #hex}): the config file holds no password. */
    private static String sha256(String password) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only loopback, no persistence, the default user off, the checks' user limited to reading. */
    private String config(Path dir, Cache cache) {
        String user = cache.username().orElseThrow();
        String password = cache.password().orElseThrow().reveal();
        return String.join("\n",
                "bind 127.0.0.1",
                "port " + CacheFaults.REDIS_PORT,
                "protected-mode yes",
                "daemonize no",
                "save \"\"",
                "appendonly no",
                "dir " + dir,
                "maxclients " + CacheFaults.MAXCLIENTS,
                "maxmemory " + CacheFaults.MAXMEMORY,
                "maxmemory-policy noeviction",
                "user default off",
                "user " + ADMIN + " on #" + sha256(adminPassword) + " ~* &* +@all",
                "user " + user + " on #" + sha256(password) + " ~* resetchannels -@all +@read +@connection +info +role",
                "");
    }

    private static String redisServer() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot start the sandbox Redis: no redis-server found. Run `make setup`"
                + " (installs Debian's redis-server package), then re-run.");
    }

    private void awaitReady(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The sandbox redis-server exited: see " + dir.resolve("redis-server.log"));
            }
            try (Jedis admin = admin()) {
                admin.ping();
                return;
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The sandbox redis-server did not answer on 127.0.0.1:" + CacheFaults.REDIS_PORT
                + " within 15s (is the port taken? `ss -ltnp 'sport = :" + CacheFaults.REDIS_PORT + "'`)", last);
    }

    private Jedis admin() {
        Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", CacheFaults.REDIS_PORT), DefaultJedisClientConfig.builder()
                .user(ADMIN).password(adminPassword).connectionTimeoutMillis(2000).socketTimeoutMillis(2000)
                .clientSetInfoConfig(redis.clients.jedis.ClientSetInfoConfig.DISABLED).build());
        jedis.connect();
        return jedis;
    }

    /** A server a crashed earlier run left behind is recognised by this sandbox's pid file and ended. */
    private void killLeftover() throws Exception {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        var handle = ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").endsWith("redis-server"));
        if (handle.isPresent()) {
            handle.get().destroy();
            handle.get().onExit().get(5, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
    }

    @Override
    public CacheSetup healthySetup() {
        return new CacheSetup();
    }

    @Override
    public void apply(CacheSetup setup) throws Exception {
        proxy.dropConnections();
        proxy.delay(setup.pathDelay);
        try (Jedis admin = admin()) {
            admin.aclSetUser(checkUser, setup.infoAllowed ? "+info" : "-info");
            admin.configSet("maxclients", Integer.toString(setup.maxclients));
            admin.configSet("maxmemory-policy", setup.maxmemoryPolicy);
            admin.configSet("maxmemory", CacheFaults.MAXMEMORY); // room to write the keys, whatever the last fault left
            admin.del(CacheFaults.POOL_KEY);
            if (setup.poolKey.equals("zset")) {
                admin.zadd(CacheFaults.POOL_KEY, java.util.Map.of("player-1", 1.0, "player-2", 2.0, "player-3", 3.0));
            } else if (setup.poolKey.equals("string")) {
                admin.set(CacheFaults.POOL_KEY, "player-1");
            }
            if (setup.memoryNearlyFull) {
                admin.configSet("maxmemory", Long.toString(nearlyFull(admin)));
            }
        }
    }

    /** A limit 5% above the memory in use now: over the checks' 90%, and the node still answers INFO. */
    private static long nearlyFull(Jedis admin) {
        String used = admin.info("memory").lines().filter(l -> l.startsWith("used_memory:")).findFirst().orElseThrow();
        long bytes = Long.parseLong(used.substring("used_memory:".length()).trim());
        return bytes + bytes / 20;
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        fakePorts.close();
        if (server != null) {
            server.destroy();
            try {
                if (!server.waitFor(5, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.destroyForcibly();
            }
            server = null;
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the next start checks the pid's command anyway
            }
        }
    }
}
