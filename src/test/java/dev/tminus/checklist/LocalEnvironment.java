package dev.tminus.checklist;

import dev.tminus.profile.Profile;
import java.nio.file.Path;
import java.util.Set;

/**
 * An environment the suite stands up itself before an area runs, such as the built-in sandbox
 * ({@code -Denv=sandbox}). The checklist knows only this interface: a {@link Provider} registers in
 * {@code META-INF/services/dev.tminus.checklist.LocalEnvironment$Provider} and is found with
 * {@link java.util.ServiceLoader}, so the checklist never depends on how the environment is built.
 * {@link LocalEnvironments} keeps one per launcher session in JUnit's store, which closes it at the end.
 */
public interface LocalEnvironment extends AutoCloseable {

    /** Makes the environment behind one profile name; instantiated by the service loader. */
    interface Provider {

        /** The profile this environment stands behind, e.g. {@code sandbox}. */
        String profileName();

        /** A new environment, nothing started yet: starting happens per area, in {@link #standUp}. */
        LocalEnvironment open(Path basedir);
    }

    /**
     * Makes exactly these named faults active (empty: healthy) and returns the profile as the checks
     * must see it. Unknown names are an error listing the known ones.
     */
    Profile profile(Set<String> faults);

    /** Starts, if not yet running, what the checks of this tag need. */
    void standUp(String tag);

    /** Stops everything it started. */
    @Override
    void close();
}
