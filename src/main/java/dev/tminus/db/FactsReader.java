package dev.tminus.db;

import dev.tminus.profile.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** Reads {@link ServerFacts} in one dialect, with SELECT and SHOW only. */
interface FactsReader {

    ServerFacts read(Connection connection, Duration budget) throws SQLException;

    /**
     * The fleet's account ({@code databases[].fleetUsername}) as this account can see it: its limit and
     * its connections now; what it may not read is named with the grant that shows it.
     */
    FleetAccount fleet(Connection connection, Duration budget, String account) throws SQLException;

    /** The connections this account holds on the server now (its own included). */
    int accountConnections(Connection connection, Duration budget) throws SQLException;

    static FactsReader of(Database db) {
        return db.kind() == Database.Kind.POSTGRESQL ? new PostgresFacts() : new MariaDbFacts();
    }
}
