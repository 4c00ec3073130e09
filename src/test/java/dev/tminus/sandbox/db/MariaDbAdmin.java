package dev.tminus.sandbox.db;

import static dev.tminus.sandbox.db.DbFaults.ACCOUNT_LIMIT;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox on MariaDB: account {@code 'tminus_check'@'127.0.0.1'} (MAX_USER_CONNECTIONS 60,
 * SELECT on its database, PROCESS to see other sessions' transactions unless a least-privilege fault
 * revokes it, and SELECT on the columns User, Host and max_user_connections of {@code mysql.user}, which
 * show no password hash, to read the fleet account's limit), the fleet's own account
 * {@code 'tminus_fleet'@'127.0.0.1'} (locked, MAX_USER_CONNECTIONS 60) and database
 * {@code tminus_sandbox} with one InnoDB table. MariaDB has no per-account idle limit, so the idle
 * limit faults live in the plan (profile) instead.
 */
final class MariaDbAdmin extends ServerAdmin {

    private final String host;

    MariaDbAdmin(SandboxServer server, String account, String database, String password) {
        super(server, account, database, password);
        String h = server.target().host();
        this.host = h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]") ? "127.0.0.1" : "%";
    }

    private String user() {
        return quoted(account) + "@" + quoted(host);
    }

    private String fleetUser() {
        return quoted(DbFaults.FLEET_ACCOUNT) + "@" + quoted(host);
    }

    @Override
    void dropAll() throws SQLException {
        try (Connection c = admin()) {
            List<Long> threads = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND (USER = "
                            + quoted(account) + " OR DB = " + quoted(database) + ")")) {
                while (rs.next()) {
                    threads.add(rs.getLong(1));
                }
            }
            for (long id : threads) {
                try {
                    exec(c, "KILL " + id);
                } catch (SQLException gone) {
                    // ended meanwhile
                }
            }
            exec(c, "DROP DATABASE IF EXISTS " + database, "DROP USER IF EXISTS " + user(), "DROP USER IF EXISTS " + fleetUser());
        }
    }

    @Override
    void create() throws SQLException {
        try (Connection c = admin()) {
            exec(c, "CREATE DATABASE " + database,
                    "CREATE TABLE " + database + ".launch_probe (id INT PRIMARY KEY, note VARCHAR(64)) ENGINE=InnoDB",
                    "INSERT INTO " + database + ".launch_probe VALUES (1, 'the sandbox database of T-Minus')",
                    "CREATE USER " + user() + " IDENTIFIED BY " + quoted(password) + " WITH MAX_USER_CONNECTIONS "
                            + ACCOUNT_LIMIT,
                    "GRANT SELECT ON " + database + ".* TO " + user(),
                    "GRANT PROCESS ON *.* TO " + user(),
                    "GRANT SELECT (User, Host, max_user_connections) ON mysql.user TO " + user(),
                    "CREATE USER " + fleetUser() + " WITH MAX_USER_CONNECTIONS " + ACCOUNT_LIMIT + " ACCOUNT LOCK");
        }
    }

    @Override
    void configure(DbSetup setup) throws SQLException {
        try (Connection c = admin()) {
            exec(c, "ALTER USER " + user() + " WITH MAX_USER_CONNECTIONS " + setup.accountLimit,
                    "ALTER USER " + fleetUser() + " WITH MAX_USER_CONNECTIONS " + setup.fleetLimit,
                    (setup.monitoringGrant ? "GRANT PROCESS ON *.* TO " : "REVOKE PROCESS ON *.* FROM ") + user());
        }
    }

    @Override
    Connection openOwnIdleTransaction(Connection asAccount) throws SQLException {
        asAccount.setAutoCommit(false);
        exec(asAccount, "START TRANSACTION WITH CONSISTENT SNAPSHOT", "SELECT COUNT(*) FROM launch_probe");
        return asAccount;
    }

    @Override
    Connection openIdleTransaction() throws SQLException {
        Connection c = adminOn(database);
        c.setAutoCommit(false);
        exec(c, "START TRANSACTION WITH CONSISTENT SNAPSHOT", "SELECT COUNT(*) FROM launch_probe");
        return c;
    }

    @Override
    String accountUrl() {
        return "jdbc:mariadb://" + server.address() + "/" + database;
    }
}
