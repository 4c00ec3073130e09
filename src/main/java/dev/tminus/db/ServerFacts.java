package dev.tminus.db;

import dev.tminus.profile.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a database server says about its connection slots, idle limits and sessions, as seen by the
 * check's account. Read-only: gathered with SELECT and SHOW only.
 *
 * @param product                  {@code PostgreSQL}, {@code MariaDB} or {@code MySQL}
 * @param version                  the server's version string
 * @param account                  the account the server sees ({@code tminus_check}, {@code tminus_check@%})
 * @param database                 the database (PostgreSQL) or default schema (MariaDB)
 * @param superuser                PostgreSQL superusers may use reserved slots and ignore role/database limits
 * @param maxConnections           {@code max_connections}
 * @param reserved                 slots taken off {@code max_connections} for others (superuser, reserved)
 * @param limits                   connection limits that cap this account (only those in force)
 * @param inUse                    connections open now (visible to every account: PostgreSQL lists every
 *                                 backend, MariaDB/MySQL count {@code Threads_connected})
 * @param idleLimits               server limits that end idle sessions (disabled ones included, empty value)
 * @param idleInTransactionLimit   the server's limit that ends sessions idle in a transaction (empty value: none)
 * @param idleInTransaction        sessions idle in a transaction right now, among those the account can judge
 * @param hiddenSessions           what the account cannot see of other sessions; empty when it sees all
 */
public record ServerFacts(String product, String version, String account, String database, boolean superuser,
                          int maxConnections, List<Slots> reserved, List<Limit> limits, InUse inUse,
                          List<IdleLimit> idleLimits, IdleLimit idleInTransactionLimit,
                          List<IdleTransaction> idleInTransaction, Optional<Hidden> hiddenSessions,
                          Instant readAt) {

    public ServerFacts {
        reserved = List.copyOf(reserved);
        limits = List.copyOf(limits);
        idleLimits = List.copyOf(idleLimits);
        idleInTransaction = List.copyOf(idleInTransaction);
    }

    /**
     * These facts with the idle-in-transaction limit as it applies to the fleet's own account
     * ({@code fleetUsername}); COULD NOT CHECK when that cannot be told. Unchanged without one.
     */
    public ServerFacts idleInTransactionFor(Optional<FleetAccount> fleet) {
        return fleet.flatMap(FleetAccount::idleInTransaction)
                .map(s -> new ServerFacts(product, version, fleet.get().name(), database, superuser, maxConnections, reserved,
                        limits, inUse, idleLimits, s.get(), idleInTransaction, hiddenSessions, readAt))
                .orElse(this);
    }

    /** The limits that end idle sessions, as they apply to the fleet's own account when the profile names one. */
    public List<IdleLimit> idleLimitsFor(Optional<FleetAccount> fleet) {
        return fleet.flatMap(FleetAccount::idleSession).map(s -> List.of(s.get())).orElse(idleLimits);
    }

    /** Slots set aside from {@code max_connections}, e.g. {@code superuser_reserved_connections 3}. */
    public record Slots(String setting, int count) {
    }

    /** Whose connections a limit counts. */
    public enum Scope { SERVER, ACCOUNT, DATABASE }

    /** A connection limit on this account, e.g. {@code connection limit 60 of role tminus_check}. */
    public record Limit(String label, int value, Scope scope) {
    }

    /** Connections open now: on the server, of this account, on this database. */
    public record InUse(int server, int account, int database) {

        public int in(Scope scope) {
            return switch (scope) {
                case SERVER -> server;
                case ACCOUNT -> account;
                case DATABASE -> database;
            };
        }
    }

    /** An idle limit of the server, e.g. {@code wait_timeout (GLOBAL)} 8h; empty when disabled. */
    public record IdleLimit(String setting, Optional<Duration> value) {

        public String describe() {
            return setting + " " + value.map(Durations::format).orElse("disabled");
        }
    }

    /** A session sitting in an open transaction without running anything. */
    public record IdleTransaction(String session, String user, String database, String client, Duration idleFor) {

        public String describe() {
            return "session " + session + " of " + user + " on " + (database.isEmpty() ? "(none)" : database) + " from "
                    + client + ", idle in transaction for " + Durations.format(idleFor);
        }
    }

    /**
     * What the account could not judge for idle transactions, and the grant that would show it.
     *
     * @param judged     sessions whose transaction state the account sees (0: none)
     * @param judgedWhat whose sessions those are, e.g. {@code of role app or of roles it belongs to}
     * @param notVisible what is hidden and why, e.g. {@code the state of 3 sessions of other roles (...)}
     * @param grant      the statement, in the server's own syntax, e.g. {@code GRANT pg_monitor TO app}
     */
    public record Hidden(int judged, String judgedWhat, String notVisible, String grant) {
    }

    /** A dig-like text for the report. */
    public String describe() {
        var out = new StringBuilder();
        out.append(product).append(' ').append(version).append('\n');
        out.append("account ").append(account).append(superuser ? " (superuser)" : "").append(", database ")
                .append(database).append('\n');
        out.append("max_connections ").append(maxConnections).append('\n');
        reserved.forEach(s -> out.append(s.setting()).append(' ').append(s.count()).append('\n'));
        limits.forEach(l -> out.append(l.label()).append('\n'));
        out.append("in use: ").append(inUse.server()).append(" on the server, ").append(inUse.account())
                .append(" of this account, ").append(inUse.database()).append(" on this database\n");
        idleLimits.forEach(l -> out.append(l.describe()).append('\n'));
        out.append("ends sessions idle in a transaction: ").append(idleInTransactionLimit.describe()).append('\n');
        out.append("sessions idle in transaction: ").append(hiddenSessions.map(h -> h.judged() == 0 ? "not judged"
                : idleInTransaction.size() + " of the " + h.judged() + " sessions it can judge")
                .orElse(String.valueOf(idleInTransaction.size()))).append('\n');
        idleInTransaction.forEach(s -> out.append("  ").append(s.describe()).append('\n'));
        hiddenSessions.ifPresent(h -> out.append("not visible: ").append(h.notVisible()).append(" (").append(h.grant())
                .append(")\n"));
        out.append("read at ").append(readAt).append('\n');
        return out.toString();
    }
}
