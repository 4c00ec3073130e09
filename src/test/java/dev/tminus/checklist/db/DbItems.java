package dev.tminus.checklist.db;

import dev.tminus.check.Check;
import dev.tminus.checklist.CheckItems;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.db.JdbcTarget;
import dev.tminus.profile.Database;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Profile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One item per database of the profile, named from the profile only:
 * {@code DB-02 player-db · fleet of 4 × 10 + 10 fits the server's slots · 127.0.0.1:5432}.
 */
final class DbItems extends CheckItems {

    @Override
    protected Stream<? extends Arguments> items(ExtensionContext context) {
        Profile profile = Profiles.of(context);
        if (profile.databases().isEmpty()) {
            Assumptions.abort("not configured: databases is empty");
        }
        String id = context.getRequiredTestMethod().getAnnotation(Check.class).id();
        ExtensionContext root = context.getRoot();
        return profile.databases().stream().map(db -> Arguments.of(Named.of(
                Items.name(id, db.name(), claim(id, db), JdbcTarget.of(db).address()),
                new DbItem(db, DbObservations.rerun(profile),
                        () -> DbObservations.of(root, profile, db.name())))));
    }

    static String claim(String id, Database db) {
        Database.Pool pool = db.pool();
        return switch (id) {
            case "DB-01" -> "reachable and logged in within " + Durations.format(pool.connectionTimeout());
            case "DB-02" -> "fleet of " + pool.instances() + " × " + pool.maxSize() + " + " + db.otherClients()
                    + " fits the server's slots";
            case "DB-03" -> "room for " + pool.instances() + " × " + pool.maxSize() + " next to the connections open now";
            case "DB-04" -> "burst of " + db.burst() + " connections granted within "
                    + Durations.format(pool.connectionTimeout());
            case "DB-05" -> "the burst's connections go back";
            case "DB-06" -> "maxLifetime " + Durations.format(pool.maxLifetime()) + " ends before every idle limit";
            case "DB-07" -> "no session idle in transaction over " + Durations.format(db.maxIdleInTransaction());
            case "DB-08" -> "SELECT 1 p95 within " + Durations.format(db.maxQueryLatency());
            case "DB-09" -> "the server ends sessions idle in a transaction";
            default -> throw new IllegalArgumentException("no claim for " + id);
        };
    }
}
