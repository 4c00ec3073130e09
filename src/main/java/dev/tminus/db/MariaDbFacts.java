package dev.tminus.db;

import dev.tminus.db.ServerFacts.Hidden;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.ServerFacts.IdleTransaction;
import dev.tminus.db.ServerFacts.InUse;
import dev.tminus.db.ServerFacts.Limit;
import dev.tminus.db.ServerFacts.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB and MySQL: {@code max_connections} for ordinary accounts, capped by
 * {@code max_user_connections} (the session value is the account's own {@code MAX_USER_CONNECTIONS}
 * when one is set, else the global one; 0 = none). Connections open: {@code Threads_connected}.
 * Idle limit: the GLOBAL {@code wait_timeout}, which new sessions start with; it ends sessions idle in
 * a transaction too, unless MariaDB's {@code idle_transaction_timeout} does so earlier. Sessions idle
 * in a transaction come from {@code INNODB_TRX} joined with the process list, which needs
 * {@code PROCESS}: without it no session's transaction is visible, not even the account's own.
 */
final class MariaDbFacts implements FactsReader {

    private static final String IDENTITY = "SELECT VERSION(), CURRENT_USER(), COALESCE(DATABASE(), ''),"
            + " @@GLOBAL.max_connections, @@GLOBAL.max_user_connections, @@SESSION.max_user_connections,"
            + " @@GLOBAL.wait_timeout, CONCAT(QUOTE(SUBSTRING_INDEX(CURRENT_USER(), '@', 1)), '@',"
            + " QUOTE(SUBSTRING_INDEX(CURRENT_USER(), '@', -1)))";
    private static final String USER = "SUBSTRING_INDEX(CURRENT_USER(), '@', 1)";
    private static final String THREADS = "SHOW GLOBAL STATUS LIKE 'Threads_connected'";
    private static final String IN_USE = "SELECT (SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = "
            + USER + "),"
            + " (SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE())";
    private static final String ACCOUNT = "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = " + USER;
    private static final String ME = "SELECT CONCAT(QUOTE(SUBSTRING_INDEX(CURRENT_USER(), '@', 1)), '@',"
            + " QUOTE(SUBSTRING_INDEX(CURRENT_USER(), '@', -1))), @@GLOBAL.max_user_connections";
    /** Readable with a column grant that shows no password hash: GRANT SELECT (User, Host, max_user_connections). */
    private static final String FLEET_LIMITS = "SELECT Host, max_user_connections FROM mysql.user WHERE User = ?";
    private static final String HAS_PROCESS = "SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES"
            + " WHERE GRANTEE = ? AND PRIVILEGE_TYPE = 'PROCESS'";
    private static final String FLEET_IN_USE = "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = ?";
    private static final String TRX_TIMEOUT = "SHOW GLOBAL VARIABLES LIKE 'idle_transaction_timeout'";
    private static final String IDLE_IN_TRANSACTION = "SELECT p.ID, p.USER, COALESCE(p.DB, ''), p.HOST, %s"
            + " FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p"
            + " ON p.ID = t.trx_mysql_thread_id WHERE p.COMMAND = 'Sleep' ORDER BY p.TIME DESC";

    @Override
    public ServerFacts read(Connection c, Duration budget) throws SQLException {
        var id = Queries.single(c, budget, IDENTITY);
        String version = id.text(0);
        String product = version.contains("MariaDB") ? "MariaDB" : "MySQL";
        String account = id.text(1);
        int global = id.integer(4);
        int session = id.integer(5);
        List<Limit> limits = new ArrayList<>();
        if (session > 0) {
            String label = session == global
                    ? "connection limit " + session + " of account " + account + " (global max_user_connections)"
                    : "connection limit " + session + " of account " + account + " (MAX_USER_CONNECTIONS)";
            limits.add(new Limit(label, session, Scope.ACCOUNT));
        }
        int threads = Queries.single(c, budget, THREADS).integer(1);
        var used = Queries.single(c, budget, IN_USE);
        InUse inUse = new InUse(threads, used.integer(0), used.integer(1));
        long wait = id.number(6);
        IdleLimit waitTimeout = new IdleLimit("wait_timeout (GLOBAL)",
                wait > 0 ? Optional.of(Duration.ofSeconds(wait)) : Optional.empty());
        IdleLimit trxLimit = waitTimeout;
        for (var row : Queries.rows(c, budget, TRX_TIMEOUT)) {
            long seconds = row.number(1);
            trxLimit = seconds > 0 ? new IdleLimit("idle_transaction_timeout (GLOBAL)", Optional.of(Duration.ofSeconds(seconds)))
                    : new IdleLimit("wait_timeout (GLOBAL; idle_transaction_timeout off)", waitTimeout.value());
        }
        List<IdleTransaction> stuck = new ArrayList<>();
        Optional<Hidden> hidden = Optional.empty();
        String age = product.equals("MariaDB") ? "p.TIME_MS / 1000" : "p.TIME";
        try {
            for (var row : Queries.rows(c, budget, IDLE_IN_TRANSACTION.formatted(age))) {
                stuck.add(new IdleTransaction(row.text(0), row.text(1), row.text(2), row.text(3),
                        Duration.ofMillis(Math.round(row.decimal(4) * 1000))));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != 1227) {
                throw e;
            }
            hidden = Optional.of(new Hidden(0, "", "whether any of the " + threads + " sessions on the server"
                    + " (Threads_connected, " + inUse.account() + " of them its own) has a transaction open:"
                    + " information_schema.INNODB_TRX needs the PROCESS privilege",
                    "GRANT PROCESS ON *.* TO " + id.text(7)));
        }
        return new ServerFacts(product, version, account, id.text(2), false, id.integer(3), List.of(), limits, inUse,
                List.of(waitTimeout), trxLimit, stuck, hidden, Instant.now());
    }

    /**
     * The fleet's account: its {@code MAX_USER_CONNECTIONS} per host from {@code mysql.user} (0: the
     * global {@code max_user_connections} applies; the lowest of its hosts counts), and its threads in
     * the process list, which shows other accounts' only with {@code PROCESS}.
     */
    @Override
    public FleetAccount fleet(Connection c, Duration budget, String account) throws SQLException {
        var me = Queries.single(c, budget, ME);
        String self = me.text(0);
        int global = me.integer(1);
        Optional<Limit> limit = Optional.empty();
        Optional<FleetAccount.Unseen> limitUnseen = Optional.empty();
        try {
            List<Queries.Row> hosts = Queries.rows(c, budget, FLEET_LIMITS, account);
            if (hosts.isEmpty()) {
                return FleetAccount.refused(account, "no account " + account + " on the server (mysql.user has no such User)");
            }
            for (var host : hosts) {
                int own = host.integer(1);
                int value = own > 0 ? own : global;
                if (value > 0 && (limit.isEmpty() || value < limit.get().value())) {
                    limit = Optional.of(new Limit("connection limit " + value + " of the fleet's account '" + account + "'@'"
                            + host.text(0) + "'" + (own > 0 ? " (MAX_USER_CONNECTIONS)" : " (global max_user_connections)"),
                            value, Scope.ACCOUNT));
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != 1142 && e.getErrorCode() != 1143) {
                throw e;
            }
            limitUnseen = Optional.of(new FleetAccount.Unseen("the connection limit of the fleet's account " + account
                    + ": account " + self + " may not read mysql.user",
                    "GRANT SELECT (User, Host, max_user_connections) ON mysql.user TO " + self));
        }
        boolean process = Queries.rows(c, budget, HAS_PROCESS, self).get(0).integer(0) > 0;
        if (!process) {
            return new FleetAccount(account, Optional.empty(), false, limit, limitUnseen, java.util.OptionalInt.empty(),
                    Optional.of(new FleetAccount.Unseen("the connections of the fleet's account " + account + " open now:"
                            + " information_schema.PROCESSLIST shows other accounts' sessions only with the PROCESS privilege",
                            "GRANT PROCESS ON *.* TO " + self)), Optional.empty(), Optional.empty());
        }
        int inUse = Queries.rows(c, budget, FLEET_IN_USE, account).get(0).integer(0);
        // The idle limits are GLOBAL (wait_timeout, idle_transaction_timeout): the same for every account.
        return new FleetAccount(account, Optional.empty(), false, limit, limitUnseen, java.util.OptionalInt.of(inUse),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public int accountConnections(Connection c, Duration budget) throws SQLException {
        return Queries.single(c, budget, ACCOUNT).integer(0);
    }
}
