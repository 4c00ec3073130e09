package dev.tminus.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Collects every problem of one profile, so users see them all at once: one line per problem,
 * {@code file: key.path: message}, where the file is the one the value came from (a profile or one
 * of its {@code extends} parents). The same line is never reported twice, and a generic "required"
 * problem gives way to a more specific one about the same key.
 */
final class Problems {

    private final UnaryOperator<String> origin;
    private final Map<String, Set<String>> byPath = new LinkedHashMap<>();
    private final Map<String, String> fallbacks = new LinkedHashMap<>();

    /** @param origin the file (as users write it) that a JSON pointer's value comes from */
    Problems(UnaryOperator<String> origin) {
        this.origin = origin;
    }

    void add(String pointer, String path, String message) {
        addIn(origin.apply(pointer), path, message);
    }

    /** A problem in a given file (a parent's own {@code name}). */
    void addIn(String file, String path, String message) {
        String line = file + ": " + (path.isEmpty() ? "" : path + ": ") + Secrets.mask(message);
        byPath.computeIfAbsent(file + "\u0000" + path, p -> new LinkedHashSet<>()).add(line);
        fallbacks.remove(file + "\u0000" + path);
    }

    /** A line already in the final form (a problem found while reading the YAML). */
    void addLine(String line) {
        byPath.computeIfAbsent(line, l -> new LinkedHashSet<>()).add(Secrets.mask(line));
    }

    /** A problem reported only if nothing more specific is reported for the same key path. */
    void addUnlessSpecific(String pointer, String path, String message) {
        String file = origin.apply(pointer);
        String key = file + "\u0000" + path;
        if (!byPath.containsKey(key)) {
            byPath.put(key, new LinkedHashSet<>());
            fallbacks.put(key, file + ": " + path + ": " + Secrets.mask(message));
        }
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        byPath.forEach((key, set) -> {
            lines.addAll(set);
            if (set.isEmpty() && fallbacks.containsKey(key)) {
                lines.add(fallbacks.get(key));
            }
        });
        return lines;
    }

    void throwIfAny() {
        List<String> lines = lines();
        if (!lines.isEmpty()) {
            throw new ProfileException(lines);
        }
    }
}
