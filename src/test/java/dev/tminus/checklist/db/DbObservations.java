package dev.tminus.checklist.db;

import dev.tminus.db.DbObservation;
import dev.tminus.db.DbProbe;
import dev.tminus.profile.Profile;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every database of the profile, observed once per run (concurrently) and kept in the JUnit root
 * store; each check reads its database's observation from here.
 */
final class DbObservations {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DbObservations.class);

    private DbObservations() {
    }

    static String rerun(Profile profile) {
        return "mvn verify -Denv=" + profile.name() + " -Dchecks=db";
    }

    @SuppressWarnings("unchecked")
    static DbObservation of(ExtensionContext context, Profile profile, String name) {
        Map<String, DbObservation> all = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                "observations", key -> new DbProbe(rerun(profile)).observeAll(profile.databases()), Map.class);
        return all.get(name);
    }
}
