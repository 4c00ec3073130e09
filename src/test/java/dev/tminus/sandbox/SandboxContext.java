package dev.tminus.sandbox;

import dev.tminus.profile.Profile;
import java.nio.file.Path;

/**
 * What a component gets to start with.
 *
 * @param profile the healthy sandbox profile (environments/sandbox.yaml, no fault patches)
 * @param workDir a directory of its own under {@code target/sandbox/} for keys, data and logs
 * @param basedir the project directory
 */
public record SandboxContext(Profile profile, Path workDir, Path basedir) {
}
