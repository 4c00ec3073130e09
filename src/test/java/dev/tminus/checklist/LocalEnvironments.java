package dev.tminus.checklist;

import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.StoreScope;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;

/**
 * Finds the {@link LocalEnvironment} behind the run's profile, if one is registered, and keeps it in
 * the launcher session's store: one per session, closed by JUnit when the session ends. Self-tests
 * that run the checklist in-process {@link #lend} theirs to the inner session, so one environment
 * serves every such run.
 */
public final class LocalEnvironments {

    /** The store namespace; the key is the profile name. */
    private static final Object NAMESPACE_PART = LocalEnvironment.class;

    private LocalEnvironments() {
    }

    /** The environment behind this run's profile, opened on first use; empty for a real environment. */
    static Optional<LocalEnvironment> of(ExtensionContext context) {
        String name = Profiles.envName(context);
        return provider(name).map(provider -> context
                .getStore(StoreScope.LAUNCHER_SESSION, ExtensionContext.Namespace.create(NAMESPACE_PART))
                .getOrComputeIfAbsent(name, key -> provider.open(Profiles.basedir(context)), LocalEnvironment.class));
    }

    /** Whether a local environment stands behind this profile name. */
    static boolean exists(String profileName) {
        return provider(profileName).isPresent();
    }

    /** Lets a launcher session use an environment its caller owns (and closes) instead of opening one. */
    public static void lend(NamespacedHierarchicalStore<org.junit.platform.engine.support.store.Namespace> session,
                            String profileName, LocalEnvironment environment) {
        session.put(org.junit.platform.engine.support.store.Namespace.create(NAMESPACE_PART), profileName,
                new Lent(environment));
    }

    private static Optional<LocalEnvironment.Provider> provider(String name) {
        return ServiceLoader.load(LocalEnvironment.Provider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.profileName().equals(name)).findFirst();
    }

    /** A borrowed environment: the session that borrows it must not close it. */
    private record Lent(LocalEnvironment owner) implements LocalEnvironment {

        @Override
        public dev.tminus.profile.Profile profile(java.util.Set<String> faults) {
            return owner.profile(faults);
        }

        @Override
        public void standUp(String tag) {
            owner.standUp(tag);
        }

        @Override
        public void close() {
            // the lender closes it
        }
    }
}
