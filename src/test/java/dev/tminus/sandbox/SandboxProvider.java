package dev.tminus.sandbox;

import dev.tminus.checklist.LocalEnvironment;
import java.nio.file.Path;

/** Registers the sandbox with the checklist as the environment behind {@code -Denv=sandbox}. */
public final class SandboxProvider implements LocalEnvironment.Provider {

    @Override
    public String profileName() {
        return "sandbox";
    }

    @Override
    public LocalEnvironment open(Path basedir) {
        return new Sandbox(basedir);
    }
}
