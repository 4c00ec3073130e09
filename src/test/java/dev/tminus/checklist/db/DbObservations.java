package dev.tminus.checklist.db;

import dev.tminus.check.Areas;
import dev.tminus.checklist.AreaFacts;
import dev.tminus.checklist.Tags;
import dev.tminus.db.DbObservation;
import dev.tminus.db.DbProbe;
import dev.tminus.profile.Profile;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every database of the profile, observed once per run (concurrently) and kept in the JUnit root
 * store ({@link AreaFacts}); each check reads its database's observation from here.
 */
record DbObservations(Map<String, DbObservation> all) implements AutoCloseable {

    static String rerun(Profile profile) {
        return Areas.rerun(profile.name(), Tags.DB);
    }

    static DbObservation of(ExtensionContext context, Profile profile, String name) {
        return AreaFacts.of(context, DbObservations.class,
                c -> new DbObservations(new DbProbe(rerun(profile)).observeAll(profile.databases()))).all().get(name);
    }

    /** Nothing stays open: the probe closes its pools as it observes. */
    @Override
    public void close() {
    }
}
