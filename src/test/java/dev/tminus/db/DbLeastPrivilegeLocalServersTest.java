package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.Database;
import dev.tminus.profile.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the machine's own PostgreSQL and MariaDB with a least-privilege account of its own (no
 * pg_monitor / pg_read_all_stats, no PROCESS), holding one of its own sessions in an open
 * transaction: what such an account can and cannot see. Drops everything it created.
 */
@Tag("sandbox")
class DbLeastPrivilegeLocalServersTest {

    private static final String RERUN = "mvn verify -Denv=sandbox -Dchecks=db";
    private static final String ACCOUNT = "tminus_lp_probe";
    private static final String PASSWORD = "lp-probe-only-pw";
    /** The fleet's own account, apart from the checks' one (databases[].fleetUsername). */
    private static final String FLEET = "tminus_lp_fleet";
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/";

    private final List<Connection> held = new ArrayList<>();

    @AfterEach
    void drop_everything_created() throws SQLException {
        for (Connection c : held) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
        try (Connection c = DriverManager.getConnection(PG_ADMIN, "postgres", "")) {
            exec(c, "select pg_terminate_backend(pid) from pg_stat_activity where usename in ('" + ACCOUNT + "', '"
                    + FLEET + "')", "drop role if exists " + ACCOUNT, "drop role if exists " + FLEET);
        }
        try (Connection c = DriverManager.getConnection(MARIADB_ADMIN, "root", "")) {
            exec(c, "DROP USER IF EXISTS '" + ACCOUNT + "'@'127.0.0.1'", "DROP USER IF EXISTS '" + FLEET + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + FLEET + "'@'10.0.%'", "DROP DATABASE IF EXISTS " + ACCOUNT);
        }
    }

    @Test
    void postgres_role_without_monitoring_counts_every_session_and_sees_its_own_stuck_one() throws SQLException {
        // GIVEN a login role with no monitoring grant, an administrator's session open, and a session of
        // the role itself idle in a transaction
        Connection admin = hold(DriverManager.getConnection(PG_ADMIN, "postgres", ""));
        exec(admin, "drop role if exists " + ACCOUNT,
                "create role " + ACCOUNT + " login password '" + PASSWORD + "' connection limit 20");
        Connection own = hold(DriverManager.getConnection(PG_ADMIN, ACCOUNT, PASSWORD));
        exec(own, "set idle_in_transaction_session_timeout = 0");
        own.setAutoCommit(false);
        String pid = single(own, "select pg_backend_pid()");

        // WHEN the role observes the server
        ServerFacts facts = new DbProbe(RERUN).observe(db("jdbc:postgresql://127.0.0.1:5432/postgres"))
                .before().get();

        // THEN its own stuck session is judged, the administrator's is counted but not judged, and the
        // grant is PostgreSQL's
        assertThat(facts.superuser()).isFalse();
        assertThat(facts.idleInTransaction()).extracting(ServerFacts.IdleTransaction::session).contains(pid);
        assertThat(facts.idleInTransaction()).extracting(ServerFacts.IdleTransaction::user).containsOnly(ACCOUNT);
        assertThat(facts.inUse().account()).isEqualTo(2);
        assertThat(facts.inUse().server()).isGreaterThanOrEqualTo(3);
        assertThat(facts.inUse().database()).isGreaterThanOrEqualTo(3);
        ServerFacts.Hidden hidden = facts.hiddenSessions().orElseThrow();
        assertThat(hidden.grant()).isEqualTo("GRANT pg_monitor TO " + ACCOUNT);
        assertThat(hidden.notVisible()).startsWith("the state of ").contains("postgres ")
                .endsWith("): role " + ACCOUNT + " lacks pg_read_all_stats");
        assertThat(hidden.judgedWhat()).isEqualTo("whose state role " + ACCOUNT + " can see");
    }

    @Test
    void mariadb_account_without_process_counts_threads_and_names_the_grant_with_its_host() throws SQLException {
        // GIVEN an account with SELECT on one database only, and its own session in an open transaction
        Connection admin = hold(DriverManager.getConnection(MARIADB_ADMIN, "root", ""));
        exec(admin, "DROP USER IF EXISTS '" + ACCOUNT + "'@'127.0.0.1'", "DROP DATABASE IF EXISTS " + ACCOUNT,
                "CREATE DATABASE " + ACCOUNT,
                "CREATE TABLE " + ACCOUNT + ".t (id INT PRIMARY KEY) ENGINE=InnoDB",
                "CREATE USER '" + ACCOUNT + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'",
                "GRANT SELECT ON " + ACCOUNT + ".* TO '" + ACCOUNT + "'@'127.0.0.1'");
        String url = "jdbc:mariadb://127.0.0.1:3306/" + ACCOUNT;
        Connection own = hold(DriverManager.getConnection(url, ACCOUNT, PASSWORD));
        own.setAutoCommit(false);
        exec(own, "START TRANSACTION WITH CONSISTENT SNAPSHOT", "SELECT COUNT(*) FROM t");

        // WHEN the account observes the server
        ServerFacts facts = new DbProbe(RERUN).observe(db(url)).before().get();

        // THEN every connection is counted, no transaction is visible, and the grant names user and host
        assertThat(facts.inUse().account()).isEqualTo(2);
        assertThat(facts.inUse().server()).isGreaterThanOrEqualTo(3);
        assertThat(facts.idleInTransaction()).isEmpty();
        ServerFacts.Hidden hidden = facts.hiddenSessions().orElseThrow();
        assertThat(hidden.judged()).isZero();
        assertThat(hidden.grant()).isEqualTo("GRANT PROCESS ON *.* TO '" + ACCOUNT + "'@'127.0.0.1'");
        assertThat(hidden.notVisible()).isEqualTo("whether any of the " + facts.inUse().server()
                + " sessions on the server (Threads_connected, 2 of them its own) has a transaction open:"
                + " information_schema.INNODB_TRX needs the PROCESS privilege");
        assertThat(facts.idleInTransactionLimit().setting()).startsWith("wait_timeout (GLOBAL");
    }

    @Test
    void postgres_reads_the_fleets_role_limit_and_connections_with_no_grant() throws SQLException {
        // GIVEN the checks' role limited to 3 connections, the fleet's role to 40 with 2 sessions open
        Connection admin = hold(DriverManager.getConnection(PG_ADMIN, "postgres", ""));
        exec(admin, "drop role if exists " + ACCOUNT, "drop role if exists " + FLEET,
                "create role " + ACCOUNT + " login password '" + PASSWORD + "' connection limit 3",
                "create role " + FLEET + " login password '" + PASSWORD + "' connection limit 40");
        hold(DriverManager.getConnection(PG_ADMIN, FLEET, PASSWORD));
        hold(DriverManager.getConnection(PG_ADMIN, FLEET, PASSWORD));
        Database db = db("jdbc:postgresql://127.0.0.1:5432/postgres").toBuilder()
                .fleetUsername(java.util.Optional.of(FLEET)).build();

        // WHEN the checks' role observes the server for that fleet
        DbObservation seen = new DbProbe(RERUN).observe(db);
        FleetAccount fleet = seen.fleet().get().orElseThrow();

        // THEN the fleet's limit and its 2 sessions are what the budget counts, not the checks' 3
        assertThat(fleet.refused()).isEmpty();
        assertThat(fleet.limit().orElseThrow().value()).isEqualTo(40);
        assertThat(fleet.inUse().getAsInt()).isEqualTo(2);
        SlotBudget budget = new SlotBudget(seen.before().get(), seen.fleet().get());
        assertThat(budget.binding().label()).isEqualTo("connection limit 40 of the fleet's role " + FLEET);
        // AND the checks' role's own idle_session_timeout hides the server's from it: not taken for the fleet's
        assertThat(fleet.idleSession().orElseThrow().unseen()).isEmpty(); // this role sets none of its own yet
        assertThat(budget.tightest(db).inUse()).isLessThanOrEqualTo(2);

        // AND a fleet role the server does not have, or one that may not log in, leaves the fleet no slots
        Database typo = db.toBuilder().fleetUsername(java.util.Optional.of(FLEET + "x")).build();
        DbObservation none = new DbProbe(RERUN).observe(typo);
        assertThat(new SlotBudget(none.before().get(), none.fleet().get()).slots()).isZero();
        assertThat(none.fleet().get().orElseThrow().refused()).contains("no role " + FLEET + "x on the server");
        // AND a setting of the fleet's role applies to the fleet, one of the checks' role does not
        exec(admin, "alter role " + FLEET + " set idle_session_timeout = '5min'",
                "alter role " + ACCOUNT + " set idle_session_timeout = '2h'");
        FleetAccount set = new DbProbe(RERUN).observe(db).fleet().get().orElseThrow();
        assertThat(set.idleSession().orElseThrow().get().describe())
                .isEqualTo("idle_session_timeout (set for role " + FLEET + ") 5m");
        exec(admin, "alter role " + FLEET + " reset idle_session_timeout");
        FleetAccount hidden = new DbProbe(RERUN).observe(db).fleet().get().orElseThrow();
        assertThat(hidden.idleSession().orElseThrow().unseen().orElseThrow().what())
                .contains("the checks' own role sets one (2h)");
        exec(admin, "alter role " + ACCOUNT + " reset idle_session_timeout", "alter role " + FLEET + " nologin");
        DbObservation nologin = new DbProbe(RERUN).observe(db);
        assertThat(new SlotBudget(nologin.before().get(), nologin.fleet().get()).binding().label())
                .isEqualTo("role " + FLEET + " may not log in (NOLOGIN) (fleetUsername): the fleet cannot log in");
    }

    @Test
    void mariadb_reads_the_fleets_limit_with_a_column_grant_and_names_what_it_cannot_see() throws SQLException {
        // GIVEN a checks' account with SELECT on one database, and the fleet's account with 30 connections
        // from 127.0.0.1 and 12 from 10.0.%
        Connection admin = hold(DriverManager.getConnection(MARIADB_ADMIN, "root", ""));
        exec(admin, "DROP USER IF EXISTS '" + ACCOUNT + "'@'127.0.0.1'", "DROP DATABASE IF EXISTS " + ACCOUNT,
                "CREATE DATABASE " + ACCOUNT,
                "CREATE USER '" + ACCOUNT + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'",
                "GRANT SELECT ON " + ACCOUNT + ".* TO '" + ACCOUNT + "'@'127.0.0.1'",
                "CREATE USER '" + FLEET + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "' WITH MAX_USER_CONNECTIONS 30",
                "CREATE USER '" + FLEET + "'@'10.0.%' IDENTIFIED BY '" + PASSWORD + "' WITH MAX_USER_CONNECTIONS 12");
        Database db = db("jdbc:mariadb://127.0.0.1:3306/" + ACCOUNT).toBuilder()
                .fleetUsername(java.util.Optional.of(FLEET)).build();

        // WHEN it observes without a grant on mysql.user / THEN the limit is not readable, with the grant to give
        FleetAccount blind = new DbProbe(RERUN).observe(db).fleet().get().orElseThrow();
        assertThat(blind.limit()).isEmpty();
        assertThat(blind.limitUnseen().orElseThrow().grant())
                .isEqualTo("GRANT SELECT (User, Host, max_user_connections) ON mysql.user TO '" + ACCOUNT + "'@'127.0.0.1'");
        assertThat(blind.inUse()).isEmpty();
        assertThat(blind.inUseUnseen().orElseThrow().grant()).isEqualTo("GRANT PROCESS ON *.* TO '" + ACCOUNT + "'@'127.0.0.1'");

        // WHEN given that column grant (no password hash readable) / THEN the lowest of the fleet's hosts counts
        exec(admin, "GRANT SELECT (User, Host, max_user_connections) ON mysql.user TO '" + ACCOUNT + "'@'127.0.0.1'");
        FleetAccount seen = new DbProbe(RERUN).observe(db).fleet().get().orElseThrow();
        assertThat(seen.limitUnseen()).isEmpty();
        assertThat(seen.limit().orElseThrow().label())
                .isEqualTo("connection limit 12 of the fleet's account '" + FLEET + "'@'10.0.%' (MAX_USER_CONNECTIONS)");
    }

    private static Database db(String url) {
        Database base = DbProbeLocalServersTest.db(url, ACCOUNT, new Secret(PASSWORD, "LP_PROBE_PASSWORD"));
        return base.toBuilder().burst(2).build();
    }

    private Connection hold(Connection c) {
        held.add(c);
        return c;
    }

    private static void exec(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
