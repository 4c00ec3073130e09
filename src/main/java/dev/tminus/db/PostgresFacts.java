package dev.tminus.db;

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
 * {@code pg_read_all_stats} (part of {@code pg_monitor}).
 */
final class PostgresFacts implements FactsReader {

    private static final String IDENTITY = "select current_setting('server_version'), current_user,"
            + " current_database(), r.rolsuper, r.rolconnlimit, d.datconnlimit, clock_timestamp()"
            + " from pg_roles r, pg_database d where r.rolname = current_user and d.datname = current_database()";
    private static final String SETTINGS = "select name, setting, coalesce(unit, ''), source from pg_settings"
            + " where name in ('max_connections', 'superuser_reserved_connections', 'reserved_connections',"
            + " 'idle_session_timeout', 'idle_in_transaction_session_timeout')";
    private static final String IN_USE = "select count(*) filter (where backend_type = 'client backend'),"
            + " count(*) filter (where backend_type = 'client backend' and usename = current_user),"
            + " count(*) filter (where backend_type = 'client backend' and datname = current_database()),"
            + " count(*) filter (where backend_type is null) from pg_stat_activity";
    private static final String IDLE_IN_TRANSACTION = "select pid, coalesce(usename, ''), coalesce(datname, ''),"
            + " coalesce(host(client_addr), 'local socket'), extract(epoch from clock_timestamp() - state_change)"
            + " from pg_stat_activity where state in ('idle in transaction', 'idle in transaction (aborted)')"
            + " order by state_change";
    private static final String ACCOUNT = "select count(*) from pg_stat_activity where usename = current_user"
            + " and backend_type = 'client backend'";

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
        Optional<String> hidden = used.integer(3) > 0
                ? Optional.of("role " + role + " sees " + used.integer(3) + " sessions of pg_stat_activity without"
                + " their state (it lacks pg_read_all_stats)")
                : Optional.empty();
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
                duration(settings, "idle_in_transaction_session_timeout"), stuck, hidden, Instant.now());
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

    private static String source(Queries.Row row, String role) {
        return switch (row.text(3)) {
            case "user" -> " (set for role " + role + ")";
            case "database" -> " (set for the database)";
            case "database user" -> " (set for role " + role + " on the database)";
            default -> " (server)";
        };
    }
}
