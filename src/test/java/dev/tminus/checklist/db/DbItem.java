package dev.tminus.checklist.db;

import dev.tminus.db.DbObservation;
import dev.tminus.db.JdbcTarget;
import dev.tminus.profile.Database;
import java.util.function.Supplier;

/**
 * One database of the profile as a check item: the profile's entry, the re-run command for its
 * messages, and its observation (gathered once per run for every database, on first use).
 */
record DbItem(Database db, String rerun, Supplier<DbObservation> observation) {

    /** {@code player-db (127.0.0.1:5432/tminus_sandbox)}. */
    String where() {
        return JdbcTarget.describe(db);
    }

    @Override
    public String toString() {
        return db.name();
    }
}
