package dev.tminus.sandbox.db;

import static dev.tminus.sandbox.db.DbFaults.ACCOUNT_LIMIT;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The sandbox on PostgreSQL: role {@code tminus_check} (LOGIN, CONNECTION LIMIT 60, read-only by
 * default, member of {@code pg_monitor} to see every session's state unless a least-privilege fault revokes it, {@code idle_session_timeout}
 * 1h for the role) and database {@code tminus_sandbox} ({@code idle_in_transaction_session_timeout}
 * 60s for the database) with one table the role may SELECT, and the fleet's own role
 * {@code tminus_fleet} (LOGIN with the sandbox password, CONNECTION LIMIT 60, {@code idle_session_timeout} 1h for
 * the role), whose limit and settings the checks read when a profile names it.
 */
final class PostgresAdmin extends ServerAdmin {

    PostgresAdmin(SandboxServer server, String account, String database, String password) {
        super(server, account, database, password);
    }

    @Override
    void dropAll() throws SQLException {
        try (Connection c = admin()) {
            exec(c, "select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and"
                    + " (usename = " + quoted(account) + " or datname = " + quoted(database) + ")");
            exec(c, "drop database if exists " + database + " with (force)", "drop role if exists " + account,
                    "drop role if exists " + DbFaults.FLEET_ACCOUNT);
        }
    }

    @Override
    void create() throws SQLException {
        try (Connection c = admin()) {
            exec(c, "create role " + account + " login password " + quoted(password) + " connection limit "
                            + ACCOUNT_LIMIT,
                    "alter role " + account + " set default_transaction_read_only = on",
                    "grant pg_monitor to " + account,
                    "create role " + DbFaults.FLEET_ACCOUNT + " login password " + quoted(password) + " connection limit "
                            + ACCOUNT_LIMIT,
                    "create database " + database,
                    "revoke all on database " + database + " from public",
                    "grant connect on database " + database + " to " + account);
        }
        try (Connection c = adminOn(database)) {
            exec(c, "create table launch_probe (id int primary key, note text)",
                    "insert into launch_probe values (1, 'the sandbox database of T-Minus')",
                    "grant usage on schema public to " + account,
                    "grant select on launch_probe to " + account);
        }
    }

    @Override
    void configure(DbSetup setup) throws SQLException {
        try (Connection c = admin()) {
            exec(c, "alter role " + account + " connection limit " + setup.accountLimit,
                    "alter role " + DbFaults.FLEET_ACCOUNT + " connection limit " + setup.fleetLimit,
                    "alter role " + DbFaults.FLEET_ACCOUNT + " set idle_session_timeout = " + quoted(setup.fleetIdleSessionTimeout),
                    "alter role " + account + (setup.loginAllowed ? " login" : " nologin"),
                    "alter role " + account + " set idle_session_timeout = " + quoted(setup.idleSessionTimeout),
                    setup.idleInTransactionTimeout
                            ? "alter database " + database + " set idle_in_transaction_session_timeout = '60s'"
                            : "alter database " + database + " reset idle_in_transaction_session_timeout",
                    (setup.monitoringGrant ? "grant pg_monitor to " : "revoke pg_monitor from ") + account);
        }
    }

    @Override
    Connection openOwnIdleTransaction(Connection asAccount) throws SQLException {
        exec(asAccount, "set idle_in_transaction_session_timeout = 0");
        asAccount.setAutoCommit(false);
        exec(asAccount, "select count(*) from launch_probe");
        return asAccount;
    }

    @Override
    Connection openIdleTransaction() throws SQLException {
        Connection c = adminOn(database);
        exec(c, "set idle_in_transaction_session_timeout = 0");
        c.setAutoCommit(false);
        exec(c, "select count(*) from launch_probe");
        return c;
    }

    @Override
    String accountUrl() {
        return "jdbc:postgresql://" + server.address() + "/" + database;
    }
}
