package dev.tminus.db;

import dev.tminus.profile.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** Reads {@link ServerFacts} in one dialect, with SELECT and SHOW only. */
interface FactsReader {

    ServerFacts read(Connection connection, Duration budget) throws SQLException;

    /** The connections this account holds on the server now (its own included). */
    int accountConnections(Connection connection, Duration budget) throws SQLException;

    static FactsReader of(Database db) {
        return db.kind() == Database.Kind.POSTGRESQL ? new PostgresFacts() : new MariaDbFacts();
    }
}
