package dev.tminus.sandbox.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The sandbox's administrator on one database server: creates its own account and database (and
 * nothing else), sets the per-account and per-database settings its faults need, holds connections
 * when a fault asks for it, and drops all of it again. Never changes a global server setting.
 */
abstract class ServerAdmin implements AutoCloseable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    final SandboxServer server;
    final String account;
    final String database;
    final String password;
    private final List<Connection> held = new ArrayList<>();

    ServerAdmin(SandboxServer server, String account, String database, String password) {
        if (!IDENTIFIER.matcher(account).matches() || !IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("the sandbox profile's database user and name must be plain"
                    + " lower-case identifiers, got " + account + " and " + database);
        }
        this.server = server;
        this.account = account;
        this.database = database;
        this.password = password;
    }

    /** Removes what a crashed earlier run left: sessions, database and account of the sandbox. */
    abstract void dropAll() throws SQLException;

    /** Creates the account (read-only grants) and the database, healthy. */
    abstract void create() throws SQLException;

    /** Sets the account and database settings of this setup. */
    abstract void configure(DbSetup setup) throws SQLException;

    /** An administrator's session on the sandbox database, left in an open transaction. */
    abstract Connection openIdleTransaction() throws SQLException;

    /** The account's own session on the sandbox database, left in an open transaction. */
    abstract Connection openOwnIdleTransaction(Connection asAccount) throws SQLException;

    /** JDBC URL of the sandbox database, for the account. */
    abstract String accountUrl();

    /** Opens {@code n} connections as the account and keeps them until {@link #release()}. */
    void holdForAccount(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            held.add(accountConnection());
        }
    }

    private Connection accountConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", account);
        p.setProperty("password", password);
        return DriverManager.getConnection(accountUrl(), p);
    }

    void holdIdleTransaction() throws SQLException {
        held.add(openIdleTransaction());
    }

    /** The account's own session, idle in an open transaction: visible to it without any monitoring grant. */
    void holdOwnIdleTransaction() throws SQLException {
        held.add(openOwnIdleTransaction(accountConnection()));
    }

    /** An administrator's session on the sandbox database, idle and outside a transaction. */
    void holdAdminSession() throws SQLException {
        held.add(adminOn(database));
    }

    /** Closes every held connection. */
    void release() {
        held.forEach(ServerAdmin::closeQuietly);
        held.clear();
    }

    Connection admin() throws SQLException {
        return server.admin(null);
    }

    Connection adminOn(String db) throws SQLException {
        return server.admin(db);
    }

    static void exec(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public void close() {
        release();
        try {
            dropAll();
        } catch (SQLException e) {
            System.err.println("T-Minus sandbox: could not drop " + database + " and " + account + " on "
                    + server.address() + ": " + e.getMessage());
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already gone
        }
    }
}
