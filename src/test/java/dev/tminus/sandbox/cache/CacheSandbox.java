package dev.tminus.sandbox.cache;

import dev.tminus.profile.Cache;
import dev.tminus.profile.TlsSection;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import dev.tminus.sandbox.db.LoopbackProxy;
import dev.tminus.sandbox.tls.ServerPem;
import dev.tminus.sandbox.tls.TlsSandbox;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.Jedis;

/**
 * The matcher's Redis in a box: its own {@code redis-server} (Debian's package, installed by
 * {@code make setup}) on 127.0.0.1:{@value CacheFaults#REDIS_PORT} and a second one, its replica, on
 * 127.0.0.1:{@value CacheFaults#REPLICA_PORT} that the checks ask over TLS on
 * {@value CacheFaults#REPLICA_TLS_PORT} with a certificate for {@code localhost} from the sandbox PKI
 * (the profile's {@code tls.trustStore}); each has its own config in the sandbox's work directory,
 * never the machine's 6379. The default user is off; the checks log in as the profile's ACL user with
 * read-only commands only, the sandbox as an administrator with a password made for this run (the
 * replica logs in to its primary as that administrator, set at runtime, so no config file holds a
 * password). A loopback proxy plays a slow path, two fake ports a hung node and a port that is not Redis.
 */
public final class CacheSandbox implements SandboxComponent<CacheSetup> {

    private static final String ADMIN = "tminus_admin";

    private final List<Fault<CacheSetup>> faults = CacheFaults.all();
    private final FakePorts fakePorts = new FakePorts();
    private LoopbackProxy proxy;
    private RedisProcess primary;
    private RedisProcess replica;
    private String checkUser;
    private ServerPem replicaPem;
    private ServerPem wrongNamePem;

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
        Path dir = Files.createDirectories(context.workDir().toAbsolutePath());
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String adminPassword = HexFormat.of().formatHex(random);
        Path trustStore = context.basedir().resolve(context.profile().tls().flatMap(TlsSection::trustStore)
                .orElseThrow(() -> new IllegalStateException("sandbox.yaml: tls.trustStore must name the sandbox CA file")))
                .toAbsolutePath();
        var pki = context.component(TlsSandbox.class).pki();
        replicaPem = ServerPem.write(pki, "localhost", dir, "redis-replica");
        wrongNamePem = ServerPem.write(pki, CacheFaults.WRONG_TLS_NAME, dir, "redis-replica-wrong-name");
        primary = new RedisProcess("redis-server", dir, CacheFaults.REDIS_PORT, ADMIN, adminPassword);
        primary.start(config(dir, cache, adminPassword, CacheFaults.REDIS_PORT, "dump.rdb"));
        replica = new RedisProcess("redis-replica", dir, CacheFaults.REPLICA_PORT, ADMIN, adminPassword);
        replica.start(config(dir, cache, adminPassword, CacheFaults.REPLICA_PORT, "replica.rdb") + String.join("\n",
                "tls-port " + CacheFaults.REPLICA_TLS_PORT,
                "tls-cert-file " + replicaPem.chain(),
                "tls-key-file " + replicaPem.key(),
                "tls-ca-cert-file " + trustStore,
                "tls-auth-clients no",
                ""));
        try (Jedis admin = replica.admin()) {
            admin.configSet("masteruser", ADMIN);
            admin.configSet("masterauth", adminPassword);
        }
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
    private static String config(Path dir, Cache cache, String adminPassword, int port, String dbfilename) {
        String user = cache.username().orElseThrow();
        String password = cache.password().orElseThrow().reveal();
        return String.join("\n",
                "bind 127.0.0.1",
                "port " + port,
                "protected-mode yes",
                "daemonize no",
                "save \"\"",
                "appendonly no",
                "dir " + dir,
                "dbfilename " + dbfilename,
                "maxclients " + CacheFaults.MAXCLIENTS,
                "maxmemory " + CacheFaults.MAXMEMORY,
                "maxmemory-policy noeviction",
                "user default off",
                "user " + ADMIN + " on #" + sha256(adminPassword) + " ~* &* +@all",
                "user " + user + " on #" + sha256(password) + " ~* resetchannels -@all +@read +@connection +info +role",
                "");
    }

    @Override
    public CacheSetup healthySetup() {
        return new CacheSetup();
    }

    @Override
    public void apply(CacheSetup setup) throws Exception {
        proxy.dropConnections();
        proxy.delay(setup.pathDelay);
        try (Jedis admin = primary.admin()) {
            admin.replicaofNoOne(); // a primary again, whatever the last fault left: it takes writes
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
        ServerPem served = setup.replicaCertificateForLocalhost ? replicaPem : wrongNamePem;
        try (Jedis admin = replica.admin()) { // both at once: a certificate and a key that do not match are refused
            admin.configSet("tls-cert-file", served.chain().toString(), "tls-key-file", served.key().toString());
        }
        Replication.follow(replica, setup.replicaFollowsPrimary ? CacheFaults.REDIS_PORT : CacheFaults.SILENT_PORT);
        if (setup.replicaFollowsPrimary) {
            Replication.awaitInSync(primary, replica);
        }
        if (setup.primaryIsReplica) {
            Replication.follow(primary, CacheFaults.SILENT_PORT);
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
        if (replica != null) {
            replica.close();
            replica = null;
        }
        if (primary != null) {
            primary.close();
            primary = null;
        }
    }
}
