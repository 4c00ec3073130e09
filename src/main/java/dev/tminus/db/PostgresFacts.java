package dev.tminus.db;

import dev.tminus.db.ServerFacts.Hidden;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.ServerFacts.IdleTransaction;
import dev.tminus.db.ServerFacts.InUse;
import dev.tminus.db.ServerFacts.Limit;
import dev.tminus.db.ServerFacts.Scope;
import dev.tminus.db.ServerFacts.Slots;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL: usable slots are {@code max_connections − superuser_reserved_connections −
 * reserved_connections} (the last from 16 on), capped by {@code pg_roles.rolconnlimit} and
 * {@code pg_database.datconnlimit} (−1 = none). Settings are read as this session sees them, so a
 * role- or database-level {@code idle_session_timeout} counts. Seeing other accounts' sessions needs
 * {@code pg_read_all_stats} (part of {@code pg_monitor}), but every role sees every backend's row: a
 * row it may not read has no {@code backend_type} and no state, yet keeps its role and database, so
 * client sessions (a role and a database) are counted apart from the server's own processes (no role,
 * or no database like the logical replication launcher), and only their state is unknown.
 */
final class PostgresFacts implements FactsReader {

    private static final String IDENTITY = "select current_setting('server_version'), current_user,"
            + " current_database(), r.rolsuper, r.rolconnlimit, d.datconnlimit, clock_timestamp(), quote_ident(current_user)"
            + " from pg_roles r, pg_database d where r.rolname = current_user and d.datname = current_database()";
    private static final String SETTINGS = "select name, setting, coalesce(unit, ''), source from pg_settings"
            + " where name in ('max_connections', 'superuser_reserved_connections', 'reserved_connections',"
            + " 'idle_session_timeout', 'idle_in_transaction_session_timeout')";
    /** A client session this role may not read: it has a role and a database, but no type and no state. */
    private static final String HIDDEN_CLIENT = "backend_type is null and usesysid is not null and datid is not null";
    private static final String CLIENT = "(backend_type = 'client backend' or " + HIDDEN_CLIENT + ")";
    private static final String IN_USE = "select count(*) filter (where " + CLIENT + "),"
            + " count(*) filter (where backend_type = 'client backend' and usename = current_user),"
            + " count(*) filter (where " + CLIENT + " and datname = current_database()),"
            + " count(*) filter (where backend_type = 'client backend') from pg_stat_activity";
    private static final String HIDDEN_BY_ROLE = "select coalesce(usename, usesysid::text), count(*)"
            + " from pg_stat_activity where " + HIDDEN_CLIENT + " group by 1 order by 1";
    private static final String IDLE_IN_TRANSACTION = "select pid, coalesce(usename, ''), coalesce(datname, ''),"
            + " coalesce(host(client_addr), 'local socket'), extract(epoch from clock_timestamp() - state_change)"
            + " from pg_stat_activity where state in ('idle in transaction', 'idle in transaction (aborted)')"
            + " order by state_change";
    private static final String ACCOUNT = "select count(*) from pg_stat_activity where usename = current_user"
            + " and backend_type = 'client backend'";
    /** Every role may read pg_roles and every backend's role in pg_stat_activity: no grant needed. */
    private static final String FLEET = "select r.rolconnlimit, r.rolsuper, (select count(*) from pg_stat_activity a"
            + " where a.usename = r.rolname and " + CLIENT + "), r.rolcanlogin,"
            + " coalesce(r.rolvaliduntil < now(), false) from pg_roles r where r.rolname = ?";

    @Override
    public ServerFacts read(Connection c, Duration budget) throws SQLException {
        var id = Queries.single(c, budget, IDENTITY);
        String role = id.text(1);
        String database = id.text(2);
        boolean superuser = id.flag(3);
        Map<String, Queries.Row> settings = new HashMap<>();
        for (var row : Queries.rows(c, budget, SETTINGS)) {
            settings.put(row.text(0), row);
        }
        List<Slots> reserved = new ArrayList<>();
        reserved.add(new Slots("superuser_reserved_connections", integer(settings, "superuser_reserved_connections")));
        if (settings.containsKey("reserved_connections")) {
            reserved.add(new Slots("reserved_connections", integer(settings, "reserved_connections")));
        }
        List<Limit> limits = new ArrayList<>();
        if (id.integer(4) >= 0) {
            limits.add(new Limit("connection limit " + id.integer(4) + " of role " + role, id.integer(4), Scope.ACCOUNT));
        }
        if (id.integer(5) >= 0) {
            limits.add(new Limit("connection limit " + id.integer(5) + " of database " + database, id.integer(5),
                    Scope.DATABASE));
        }
        var used = Queries.single(c, budget, IN_USE);
        InUse inUse = new InUse(used.integer(0), used.integer(1), used.integer(2));
        Optional<Hidden> hidden = hidden(c, budget, role, id.text(7), used.integer(3));
        List<IdleTransaction> stuck = new ArrayList<>();
        for (var row : Queries.rows(c, budget, IDLE_IN_TRANSACTION)) {
            stuck.add(new IdleTransaction(row.text(0), row.text(1), row.text(2), row.text(3),
                    Duration.ofMillis(Math.round(row.decimal(4) * 1000))));
        }
        List<IdleLimit> idle = new ArrayList<>();
        if (settings.containsKey("idle_session_timeout")) {
            idle.add(new IdleLimit("idle_session_timeout" + source(settings.get("idle_session_timeout"), role),
                    duration(settings, "idle_session_timeout")));
        }
        return new ServerFacts("PostgreSQL", id.text(0), role, database, superuser,
                integer(settings, "max_connections"), reserved, limits, inUse, idle,
                new IdleLimit("idle_in_transaction_session_timeout"
                        + source(settings.get("idle_in_transaction_session_timeout"), role),
                        duration(settings, "idle_in_transaction_session_timeout")),
                stuck, hidden, Instant.now());
    }

    /** Other roles' client sessions whose state this role may not read, counted per role. */
    private static Optional<Hidden> hidden(Connection c, Duration budget, String role, String quotedRole, int judged)
            throws SQLException {
        List<String> byRole = new ArrayList<>();
        int total = 0;
        for (var row : Queries.rows(c, budget, HIDDEN_BY_ROLE)) {
            byRole.add(row.text(0) + " " + row.integer(1));
            total += row.integer(1);
        }
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(new Hidden(judged, "whose state role " + role + " can see",
                "the state of " + total + (total == 1 ? " session" : " sessions") + " of other roles ("
                        + String.join(", ", byRole) + "): role " + role + " lacks pg_read_all_stats",
                "GRANT pg_monitor TO " + quotedRole));
    }

    /**
     * Settings of the fleet's role (everywhere, and on this database), of this database and of all roles:
     * readable by every role. Which applies: role and database, then role, then database, then all roles,
     * then the server's own.
     */
    private static final String ROLE_SETTINGS = "select s.setrole <> 0, s.setdatabase <> 0, unnest(s.setconfig)"
            + " from pg_db_role_setting s left join pg_roles r on r.oid = s.setrole"
            + " where (r.rolname = ? or s.setrole = 0)"
            + " and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))";

    @Override
    public FleetAccount fleet(Connection c, Duration budget, String account) throws SQLException {
        List<Queries.Row> rows = Queries.rows(c, budget, FLEET, account);
        if (rows.isEmpty()) {
            return FleetAccount.refused(account, "no role " + account + " on the server");
        }
        Queries.Row row = rows.get(0);
        if (!row.flag(3)) {
            return FleetAccount.refused(account, "role " + account + " may not log in (NOLOGIN)");
        }
        if (row.flag(4)) {
            return FleetAccount.refused(account, "the password of role " + account + " has expired (VALID UNTIL)");
        }
        int limit = row.integer(0);
        Optional<Limit> own = limit >= 0
                ? Optional.of(new Limit("connection limit " + limit + " of the fleet's role " + account, limit, Scope.ACCOUNT))
                : Optional.empty();
        Map<String, Queries.Row> session = new HashMap<>();
        for (var s : Queries.rows(c, budget, SETTINGS)) {
            session.put(s.text(0), s);
        }
        List<Queries.Row> roleSettings = Queries.rows(c, budget, ROLE_SETTINGS, account);
        return new FleetAccount(account, Optional.empty(), row.flag(1), own, Optional.empty(),
                java.util.OptionalInt.of(row.integer(2)), Optional.empty(),
                Optional.of(forFleet("idle_session_timeout", account, roleSettings, session)),
                Optional.of(forFleet("idle_in_transaction_session_timeout", account, roleSettings, session)));
    }

    /**
     * The value of a time setting for the fleet's role's sessions on this database. When neither the
     * fleet's role nor the database sets it, the server's value applies; the checks' session shows it
     * unless the checks' own role sets one, which hides it.
     */
    static FleetAccount.Setting forFleet(String name, String fleet, List<Queries.Row> roleSettings,
                                         Map<String, Queries.Row> session) throws SQLException {
        Optional<String> roleAndDatabase = Optional.empty();
        Optional<String> role = Optional.empty();
        Optional<String> database = Optional.empty();
        Optional<String> allRoles = Optional.empty();
        for (var s : roleSettings) {
            String entry = s.text(2);
            if (!entry.startsWith(name + "=")) {
                continue;
            }
            String value = entry.substring(name.length() + 1);
            boolean ofRole = s.flag(0);
            boolean onDatabase = s.flag(1);
            if (ofRole && onDatabase) {
                roleAndDatabase = Optional.of(value);
            } else if (ofRole) {
                role = Optional.of(value);
            } else if (onDatabase) {
                database = Optional.of(value);
            } else {
                allRoles = Optional.of(value); // ALTER ROLE ALL SET
            }
        }
        if (roleAndDatabase.isPresent()) {
            return FleetAccount.Setting.of(new IdleLimit(name + " (set for role " + fleet + " on the database)",
                    GucTime.parse(roleAndDatabase.get())));
        }
        if (role.isPresent()) {
            return FleetAccount.Setting.of(new IdleLimit(name + " (set for role " + fleet + ")", GucTime.parse(role.get())));
        }
        if (database.isPresent()) {
            return FleetAccount.Setting.of(new IdleLimit(name + " (set for the database)", GucTime.parse(database.get())));
        }
        if (allRoles.isPresent()) {
            return FleetAccount.Setting.of(new IdleLimit(name + " (set for all roles)", GucTime.parse(allRoles.get())));
        }
        Queries.Row own = session.get(name);
        if (own == null) {
            return FleetAccount.Setting.of(new IdleLimit(name + " (not on this server version)", Optional.empty()));
        }
        String source = own.text(3);
        if (source.equals("user") || source.equals("database user")) {
            return FleetAccount.Setting.unseen(new FleetAccount.Unseen("role " + fleet + " and the database set no " + name
                    + ", so the server's value applies to the fleet, but the checks' own role sets one ("
                    + duration(session, name).map(dev.tminus.profile.Durations::format).orElse("disabled")
                    + "), which hides the server's from it",
                    "Run the checks with a role without its own " + name + ", or set it for role " + fleet
                            + " (ALTER ROLE " + fleet + " SET " + name + " = ...)"));
        }
        return FleetAccount.Setting.of(new IdleLimit(name + " (server)", duration(session, name)));
    }

    @Override
    public int accountConnections(Connection c, Duration budget) throws SQLException {
        return Queries.single(c, budget, ACCOUNT).integer(0);
    }

    private static int integer(Map<String, Queries.Row> settings, String name) throws SQLException {
        var row = settings.get(name);
        if (row == null) {
            throw new SQLException("pg_settings has no " + name);
        }
        return row.integer(1);
    }

    /** A time setting; 0 (or −1) means disabled. */
    private static Optional<Duration> duration(Map<String, Queries.Row> settings, String name) throws SQLException {
        var row = settings.get(name);
        if (row == null) {
            return Optional.empty();
        }
        long value = row.number(1);
        if (value <= 0) {
            return Optional.empty();
        }
        return Optional.of(switch (row.text(2)) {
            case "s" -> Duration.ofSeconds(value);
            case "min" -> Duration.ofMinutes(value);
            case "h" -> Duration.ofHours(value);
            case "d" -> Duration.ofDays(value);
            default -> Duration.ofMillis(value);
        });
    }

    private static String source(Queries.Row row, String role) throws SQLException {
        if (row == null) {
            return "";
        }
        return switch (row.text(3)) {
            case "user" -> " (set for role " + role + ")";
            case "database" -> " (set for the database)";
            case "database user" -> " (set for role " + role + " on the database)";
            default -> " (server)";
        };
    }
}
