package dev.tminus.sandbox.db;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.sandbox.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The database faults of the sandbox: each declares what it does to the {@link DbSetup} (faults in
 * the environment) or to the sandbox profile (faults in the plan), and which checks it turns red.
 */
public final class DbFaults {

    static final String TAG = "db";
    static final String PLAYER_DB = "player-db";
    static final String MATCH_DB = "match-db";
    /** Where the loopback proxies listen: the sandbox profile's servers, one port up the range. */
    static final int POSTGRES_PROXY_PORT = 15432;
    static final int MARIADB_PROXY_PORT = 13306;
    /** A loopback port nothing listens on. */
    static final int CLOSED_PORT = 1;

    static final String ROLE_LIMIT_BELOW_BURST = "db-role-limit-below-burst";
    static final String FLEET_ACCOUNT_LIMIT = "db-fleet-account-limit-below-pools";
    static final String FLEET_IDLE_LIMIT = "db-fleet-role-idle-limit-below-lifetime";
    static final String FLEET_OVER_MAX_CONNECTIONS = "db-fleet-over-max-connections";
    static final String HEADROOM_TAKEN = "db-headroom-taken";
    static final String PATH_KEEPS_CONNECTIONS = "db-path-keeps-connections";
    static final String SERVER_IDLE_LIMIT = "db-server-idle-limit-below-lifetime";
    static final String LIFETIME_OVER_WAIT_TIMEOUT = "db-lifetime-over-wait-timeout";
    static final String IDLE_IN_TRANSACTION = "db-idle-in-transaction";
    static final String NO_IDLE_IN_TRANSACTION_TIMEOUT = "db-no-idle-in-transaction-timeout";
    static final String NO_MONITORING_GRANT = "db-no-monitoring-grant";
    static final String OWN_IDLE_IN_TRANSACTION = "db-own-session-idle-in-transaction";
    static final String SLOW_PATH = "db-slow-path";
    public static final String UNREACHABLE_PORT = "db-unreachable-port";
    public static final String WRONG_PASSWORD = "db-wrong-password";
    public static final String LOGIN_REFUSED = "db-login-refused";

    /** The fleet's own account on both servers (PostgreSQL role, MariaDB user), which a profile may name. */
    static final String FLEET_ACCOUNT = "tminus_fleet";
    /** The limit the fleet-account fault sets on it: below the fleet's 4 × 10. */
    static final int LOW_FLEET_LIMIT = 20;
    /** The limit the role-limit fault sets: below the sandbox's burst of 8. */
    static final int LOW_ACCOUNT_LIMIT = 5;
    /** The account limit of the healthy sandbox. */
    static final int ACCOUNT_LIMIT = 60;
    /** Connections the headroom fault holds for the account: 25 + 4 × 10 = 65 > 60. */
    static final int HELD_FOR_ACCOUNT = 25;
    /** The role-level idle_session_timeout of the healthy sandbox, and of the fault (below maxLifetime 20m). */
    static final String IDLE_SESSION_TIMEOUT = "1h";
    static final String SHORT_IDLE_SESSION_TIMEOUT = "10min";
    static final String WRONG_PASSWORD_DEFAULT = "wrong-sandbox-pw";

    private DbFaults() {
    }

    public static List<Fault<DbSetup>> all() {
        return List.of(
                fault(ROLE_LIMIT_BELOW_BURST, Set.of("DB-02", "DB-03", "DB-04"), "connection limit " + LOW_ACCOUNT_LIMIT,
                        "the account may open only " + LOW_ACCOUNT_LIMIT + " connections (PostgreSQL role CONNECTION"
                                + " LIMIT, MariaDB MAX_USER_CONNECTIONS), fewer than the burst of 8",
                        s -> s.accountLimit = LOW_ACCOUNT_LIMIT),
                fault(FLEET_ACCOUNT_LIMIT, Set.of("DB-02", "DB-03"), "connection limit " + LOW_FLEET_LIMIT + " of the fleet's",
                        "the fleet logs in with its own account (fleetUsername " + FLEET_ACCOUNT + "), which may open only "
                                + LOW_FLEET_LIMIT + " connections, fewer than its pools; the checks' account has room",
                        s -> s.fleetLimit = LOW_FLEET_LIMIT)
                        .withProfilePatch(each(db -> db.put("fleetUsername", FLEET_ACCOUNT))),
                fault(FLEET_IDLE_LIMIT, Set.of("DB-06"), "idle_session_timeout (set for role " + FLEET_ACCOUNT + ") 10m",
                        "PostgreSQL ends idle sessions of the fleet's own role (fleetUsername " + FLEET_ACCOUNT + ") after "
                                + SHORT_IDLE_SESSION_TIMEOUT + ", before the pool's maxLifetime 20m; the checks' role has 1h",
                        s -> s.fleetIdleSessionTimeout = SHORT_IDLE_SESSION_TIMEOUT)
                        .withProfilePatch(only(PLAYER_DB, db -> db.put("fleetUsername", FLEET_ACCOUNT))),
                fault(FLEET_OVER_MAX_CONNECTIONS, Set.of("DB-02", "DB-03"), "max_connections",
                        "the plan runs 16 instances × 10 connections, more than max_connections", Fault.none())
                        .withProfilePatch(each(db -> ((ObjectNode) db.get("pool")).put("instances", 16))),
                fault(HEADROOM_TAKEN, Set.of("DB-03"), "more than the account's limit",
                        "the account already holds " + HELD_FOR_ACCOUNT + " connections, so the fleet no longer fits",
                        s -> s.heldForAccount = HELD_FOR_ACCOUNT),
                fault(PATH_KEEPS_CONNECTIONS, Set.of("DB-05"), "did not go back",
                        "a pooling proxy on the path keeps server connections after the pool closed them",
                        s -> s.pathKeepsServerConnections = true)
                        .withProfilePatch(viaProxies()),
                fault(SERVER_IDLE_LIMIT, Set.of("DB-06"), "idle_session_timeout (set for role tminus_check) 10m",
                        "PostgreSQL ends idle sessions of the role after " + SHORT_IDLE_SESSION_TIMEOUT
                                + ", before the pool's maxLifetime 20m",
                        s -> s.idleSessionTimeout = SHORT_IDLE_SESSION_TIMEOUT),
                fault(LIFETIME_OVER_WAIT_TIMEOUT, Set.of("DB-06"), "wait_timeout (GLOBAL) 8h",
                        "the plan keeps MariaDB connections 9h, longer than the server's wait_timeout", Fault.none())
                        .withProfilePatch(only(MATCH_DB, db -> {
                            ((ObjectNode) db.get("pool")).put("maxLifetime", "9h");
                            db.put("pathIdleTimeout", "24h");
                        })),
                fault(IDLE_IN_TRANSACTION, Set.of("DB-07"), "idle in transaction for",
                        "an administrator's session sits in an open transaction on both servers",
                        s -> s.adminIdleTransaction = true),
                fault(NO_IDLE_IN_TRANSACTION_TIMEOUT, Set.of("DB-09"), "idle_in_transaction_session_timeout",
                        "PostgreSQL has no idle_in_transaction_session_timeout for the sandbox database",
                        s -> s.idleInTransactionTimeout = false),
                new Fault<DbSetup>(NO_MONITORING_GRANT, TAG, "the account has no monitoring grant (PostgreSQL"
                        + " pg_monitor, MariaDB PROCESS) while an administrator's session is open on both servers:"
                        + " connections are still counted, other sessions' transactions are not visible", Set.of(),
                        Set.of("DB-07"), "Grant the account read-only monitoring (GRANT ", p -> { }, s -> {
                            s.monitoringGrant = false;
                            s.adminSession = true;
                        }),
                new Fault<DbSetup>(OWN_IDLE_IN_TRANSACTION, TAG, "the account has no monitoring grant and its own"
                        + " session sits in an open transaction on both servers: PostgreSQL shows it to the account,"
                        + " MariaDB shows no transaction without PROCESS", Set.of("DB-07"), Set.of("DB-07"),
                        " of tminus_check on tminus_sandbox from ", p -> { }, s -> {
                            s.monitoringGrant = false;
                            s.ownIdleTransaction = true;
                        }),
                fault(SLOW_PATH, Set.of("DB-08"), "SELECT 1 round trips",
                        "the network path adds " + DbSandbox.SLOW_PATH_DELAY_MS + "ms to every answer from both servers",
                        s -> s.pathDelay = Duration.ofMillis(DbSandbox.SLOW_PATH_DELAY_MS))
                        .withProfilePatch(viaProxies()),
                Fault.<DbSetup>breaksEveryCheckOf(UNREACHABLE_PORT, TAG, "Could not reach",
                        "the profile points both databases at a port nothing listens on", Fault.none())
                        .withProfilePatch(each(db -> db.put("url",
                                db.get("url").asText().replaceFirst("//[^/]+/", "//127.0.0.1:" + CLOSED_PORT + "/")))),
                Fault.<DbSetup>breaksEveryCheckOf(WRONG_PASSWORD, TAG, "as user tminus_check on database tminus_sandbox",
                        "the MariaDB account's password in the profile is wrong: MariaDB refuses the login", Fault.none())
                        .failingInstead("DB-01")
                        .withProfilePatch(only(MATCH_DB, db -> db.put("password",
                                "${TMINUS_SANDBOX_WRONG_DB_PASSWORD:-" + WRONG_PASSWORD_DEFAULT + "}"))),
                Fault.breaksEveryCheckOf(LOGIN_REFUSED, TAG, "as user tminus_check on database tminus_sandbox",
                        "the PostgreSQL role may not log in (NOLOGIN): PostgreSQL refuses the login",
                        (DbSetup s) -> s.loginAllowed = false)
                        .failingInstead("DB-01"));
    }

    private static Fault<DbSetup> fault(String name, Set<String> failed, String message, String description,
                                        Fault.Effect<DbSetup> effect) {
        return new Fault<>(name, TAG, description, failed, Set.of(), message, p -> { }, effect);
    }

    /** Points both databases at the loopback proxies in front of their servers. */
    private static Consumer<ObjectNode> viaProxies() {
        return each(db -> {
            int port = db.get("url").asText().startsWith("jdbc:postgresql:") ? POSTGRES_PROXY_PORT : MARIADB_PROXY_PORT;
            db.put("url", db.get("url").asText().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/"));
        });
    }

    private static Consumer<ObjectNode> each(Consumer<ObjectNode> edit) {
        return tree -> tree.withArray("databases").forEach(db -> edit.accept((ObjectNode) db));
    }

    private static Consumer<ObjectNode> only(String name, Consumer<ObjectNode> edit) {
        return tree -> tree.withArray("databases").forEach(db -> {
            if (name.equals(db.get("name").asText())) {
                edit.accept((ObjectNode) db);
            }
        });
    }
}
