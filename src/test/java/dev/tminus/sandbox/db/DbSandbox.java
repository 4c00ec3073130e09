package dev.tminus.sandbox.db;

import dev.tminus.db.JdbcTarget;
import dev.tminus.profile.Database;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Databases in a box: the machine's PostgreSQL (127.0.0.1:5432) and MariaDB (127.0.0.1:3306), or
 * those named by {@code TMINUS_SANDBOX_POSTGRES_URL} / {@code TMINUS_SANDBOX_MARIADB_URL}, or
 * Testcontainers where Docker is available and nothing answers. On each server it creates its own
 * account and database as the sandbox profile names them (after dropping leftovers of a crashed
 * run), sets only per-account and per-database settings, and drops everything on close. Loopback
 * proxies (PostgreSQL 127.0.0.1:15432, MariaDB 127.0.0.1:13306) play a slow path and a pooling
 * proxy that keeps server connections.
 */
public final class DbSandbox implements SandboxComponent<DbSetup> {

    /** What the slow path adds to every answer: above the sandbox's maxQueryLatency of 50ms. */
    static final long SLOW_PATH_DELAY_MS = 60;

    private final Map<Database.Kind, ServerAdmin> admins = new LinkedHashMap<>();
    private final Map<Database.Kind, LoopbackProxy> proxies = new LinkedHashMap<>();
    private final List<SandboxServer> servers = new ArrayList<>();
    private Duration idleInTransactionBound = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "db";
    }

    @Override
    public Set<String> serves() {
        return Set.of("db");
    }

    private final List<Fault<DbSetup>> faults = DbFaults.all();

    @Override
    public List<Fault<DbSetup>> faults() {
        return faults;
    }

    @Override
    public void start(SandboxContext context) throws Exception {
        for (Database db : context.profile().databases()) {
            if (admins.containsKey(db.kind())) {
                continue;
            }
            JdbcTarget target = JdbcTarget.of(db);
            SandboxServer server = SandboxServer.locate(db.kind(), target, System.getenv());
            servers.add(server);
            ServerAdmin admin = db.kind() == Database.Kind.POSTGRESQL
                    ? new PostgresAdmin(server, db.username(), target.database(), db.password().reveal())
                    : new MariaDbAdmin(server, db.username(), target.database(), db.password().reveal());
            admin.dropAll();
            admin.create();
            admins.put(db.kind(), admin);
            int port = db.kind() == Database.Kind.POSTGRESQL ? DbFaults.POSTGRES_PROXY_PORT : DbFaults.MARIADB_PROXY_PORT;
            LoopbackProxy proxy = new LoopbackProxy(port,
                    new InetSocketAddress(target.host().replaceAll("[\\[\\]]", ""), target.port()));
            proxy.start();
            proxies.put(db.kind(), proxy);
            if (db.maxIdleInTransaction().compareTo(idleInTransactionBound) < 0) {
                idleInTransactionBound = db.maxIdleInTransaction();
            }
        }
    }

    @Override
    public DbSetup healthySetup() {
        return new DbSetup();
    }

    @Override
    public void apply(DbSetup setup) throws Exception {
        for (LoopbackProxy proxy : proxies.values()) {
            proxy.dropConnections();
            proxy.delay(setup.pathDelay);
            proxy.keepServerSide(setup.pathKeepsServerConnections);
        }
        for (ServerAdmin admin : admins.values()) {
            admin.release();
            admin.configure(setup);
            if (setup.heldForAccount > 0) {
                admin.holdForAccount(setup.heldForAccount);
            }
            if (setup.adminIdleTransaction) {
                admin.holdIdleTransaction();
            }
            if (setup.adminSession) {
                admin.holdAdminSession();
            }
            if (setup.ownIdleTransaction) {
                admin.holdOwnIdleTransaction();
            }
        }
        if (setup.idleTransactionHeld()) {
            Thread.sleep(idleInTransactionBound.plusMillis(700).toMillis()); // the sessions must be older than the bound
        }
    }

    @Override
    public void close() {
        proxies.values().forEach(LoopbackProxy::close);
        proxies.clear();
        admins.values().forEach(ServerAdmin::close);
        admins.clear();
        servers.forEach(SandboxServer::close);
        servers.clear();
    }
}
