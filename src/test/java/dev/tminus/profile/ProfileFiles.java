package dev.tminus.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes profiles into {@code <dir>/environments/} and loads them the way a run does. */
final class ProfileFiles {

    /** A valid header: name staging, launch with T0. */
    static final String HEADER = """
            name: staging
            launch:
              release: v1.2.0-3a7f1b2
              at: 2026-12-01T10:00:00Z
              phase: preheat
            """;

    private final Path basedir;
    private final Map<String, String> environment;

    ProfileFiles(Path basedir, Map<String, String> environment) {
        this.basedir = basedir;
        this.environment = Map.copyOf(environment);
    }

    ProfileFiles(Path basedir) {
        this(basedir, Map.of());
    }

    ProfileFiles write(String name, String yaml) {
        try {
            Files.createDirectories(basedir.resolve("environments"));
            Files.writeString(basedir.resolve("environments").resolve(name + ".yaml"), yaml);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Profile load(String name) {
        return new ProfileLoader(basedir, environment).load(name);
    }

    /** The problem lines of a profile that must not load; fails if it loads. */
    List<String> problems(String name) {
        try {
            load(name);
        } catch (ProfileException e) {
            return e.problems();
        }
        throw new AssertionError("expected environments/" + name + ".yaml to be rejected, but it loaded");
    }
}
