package dev.tminus.checklist.cache;

import dev.tminus.cache.CacheObservation;
import dev.tminus.cache.CacheProbe;
import dev.tminus.check.Areas;
import dev.tminus.checklist.AreaFacts;
import dev.tminus.checklist.Tags;
import dev.tminus.checklist.Profiles;
import dev.tminus.profile.Profile;
import dev.tminus.profile.TlsSection;
import java.nio.file.Path;
import java.util.Optional;
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
                c -> new CacheObservations(new CacheProbe(rerun(profile), trustStore(c, profile))
                        .observeAll(profile.caches()))).all().get(name);
    }

    /** The profile's {@code tls.trustStore}, from the project directory, as the TLS checks read it. */
    private static Optional<Path> trustStore(ExtensionContext context, Profile profile) {
        Path basedir = Path.of(context.getConfigurationParameter(Profiles.BASEDIR).filter(s -> !s.isBlank()).orElse("."));
        return profile.tls().flatMap(TlsSection::trustStore).map(basedir::resolve);
    }

    /** Nothing stays open: the probe closes its connection as it observes. */
    @Override
    public void close() {
    }
}
