package dev.tminus.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a profile and its {@code extends} parents and merges the parents underneath (maps merge,
 * lists replace). Remembers which file each value came from, so problems name the right file.
 */
final class YamlTree {

    static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final Path basedir;

    YamlTree(Path basedir) {
        this.basedir = basedir;
    }

    static String relative(String name) {
        return "environments/" + name + ".yaml";
    }

    /**
     * The files of one profile, the profile itself first, then its parent, its parent's parent...
     *
     * @param trees each file's own tree, without {@code extends}
     */
    record Layers(List<String> names, List<ObjectNode> trees, List<String> syntaxProblems) {

        /** Every layer merged, the profile on top; parents' {@code name} keys are left out. */
        ObjectNode merged() {
            ObjectNode out = trees.get(0).objectNode();
            for (int i = trees.size() - 1; i >= 0; i--) {
                ObjectNode layer = trees.get(i).deepCopy();
                if (i > 0) {
                    layer.remove("name");
                }
                out = merge(out, layer);
            }
            return out;
        }

        /** The file a value at this JSON pointer comes from: the top-most layer that writes it. */
        String origin(String pointer) {
            for (int i = 0; i < trees.size(); i++) {
                boolean ownName = pointer.equals("/name") || pointer.startsWith("/name/");
                if (!(i > 0 && ownName) && !trees.get(i).at(pointer).isMissingNode()) {
                    return relative(names.get(i));
                }
            }
            return relative(names.get(0));
        }
    }

    Layers read(String name) {
        List<String> names = new ArrayList<>();
        List<ObjectNode> trees = new ArrayList<>();
        List<String> syntaxProblems = new ArrayList<>();
        String next = name;
        while (next != null) {
            if (names.contains(next)) {
                List<String> cycle = new ArrayList<>(names);
                cycle.add(next);
                throw new ProfileException(List.of(relative(names.get(names.size() - 1)) + ": extends: expected a chain"
                        + " of parents that ends, got the cycle " + String.join(" → ", cycle)));
            }
            ObjectNode tree = parse(next, names.isEmpty() ? null : names.get(names.size() - 1), syntaxProblems);
            names.add(next);
            trees.add(tree);
            next = parent(next, tree.remove("extends"));
        }
        return new Layers(List.copyOf(names), List.copyOf(trees), List.copyOf(syntaxProblems));
    }

    private static String parent(String name, JsonNode parent) {
        if (parent == null) {
            return null;
        }
        if (!parent.isTextual() || !parent.asText().matches(NAME)) {
            throw new ProfileException(List.of(relative(name) + ": extends: expected the name of another profile"
                    + " like base, got " + Node.describe(parent)));
        }
        return parent.asText();
    }

    private ObjectNode parse(String name, String child, List<String> syntaxProblems) {
        Path path = basedir.resolve(relative(name));
        if (!Files.isRegularFile(path)) {
            String where = child == null ? relative(name) + ": " : relative(child) + ": extends: ";
            throw new ProfileException(List.of(where + "expected an existing profile, got \"" + name
                    + "\" (no " + relative(name) + "; available: " + available() + ")"));
        }
        return YamlFile.read(path, relative(name), syntaxProblems);
    }

    /** Names of the profiles in environments/, for hints. */
    String available() {
        try (Stream<Path> files = Files.list(basedir.resolve("environments"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.endsWith(".example.yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "none (no environments/ directory)";
        }
    }

    /** {@code top} over {@code base}: mappings merge key by key, everything else replaces. */
    static ObjectNode merge(ObjectNode base, ObjectNode top) {
        ObjectNode out = base.deepCopy();
        for (Iterator<String> it = top.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode value = top.get(key);
            JsonNode under = out.get(key);
            if (value.isObject() && under != null && under.isObject()) {
                out.set(key, merge((ObjectNode) under, (ObjectNode) value));
            } else {
                out.set(key, value.deepCopy());
            }
        }
        return out;
    }
}
