package dev.tminus.sandbox;

import dev.tminus.profile.Profile;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What a component gets to start with.
 *
 * @param profile the healthy sandbox profile (environments/sandbox.yaml with T0 set, no fault patches)
 * @param workDir a directory of its own under {@code target/sandbox/} for keys, data and logs
 * @param basedir the project directory
 */
public record SandboxContext(Profile profile, Path workDir, Path basedir,
                             Function<Class<? extends SandboxComponent<?>>, SandboxComponent<?>> components) {

    /** A component registered before this one, started. */
    public <T extends SandboxComponent<?>> T component(Class<T> type) {
        return type.cast(components.apply(type));
    }
}
