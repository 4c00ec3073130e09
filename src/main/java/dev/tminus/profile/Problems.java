package dev.tminus.profile;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one profile file, so users see them all at once. */
final class Problems {

    private final String file;
    private final List<String> lines = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String path, String message) {
        lines.add(file + ": " + (path.isEmpty() ? "" : path + ": ") + Secrets.mask(message));
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new ProfileException(lines);
        }
    }

    String file() {
        return file;
    }
}
