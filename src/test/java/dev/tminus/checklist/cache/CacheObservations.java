package dev.tminus.checklist.cache;

import dev.tminus.cache.CacheObservation;
import dev.tminus.cache.CacheProbe;
import dev.tminus.check.Areas;
import dev.tminus.checklist.AreaFacts;
import dev.tminus.checklist.Tags;
import dev.tminus.profile.Profile;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every cache of the profile, observed once per run and kept in the JUnit root store
 * ({@link AreaFacts}); each check reads its cache's observation from here.
 */
record CacheObservations(Map<String, CacheObservation> all) implements AutoCloseable {

    static String rerun(Profile profile) {
        return Areas.rerun(profile.name(), Tags.CACHE);
    }

    static CacheObservation of(ExtensionContext context, Profile profile, String name) {
        return AreaFacts.of(context, CacheObservations.class,
                c -> new CacheObservations(new CacheProbe(rerun(profile)).observeAll(profile.caches()))).all().get(name);
    }

    /** Nothing stays open: the probe closes its connection as it observes. */
    @Override
    public void close() {
    }
}
